#include "kiosk/core/config_loader.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <toml++/toml.h>

namespace motcua {
namespace {

// A known key: how to check its value and where to store it. Returns a
// problem sentence, or an empty string when the value was taken.
using Apply = std::function<std::string(Config &, const toml::node &)>;

std::string typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    default: return "a date or time";
    }
}

Apply text(std::function<std::string &(Config &)> field)
{
    return [field](Config &config, const toml::node &node) -> std::string {
        if (!node.is_string()) {
            return "expected a string, found " + typeName(node);
        }
        field(config) = node.value<std::string>().value_or("");
        return {};
    };
}

Apply choice(std::function<std::string &(Config &)> field, std::vector<std::string> allowed)
{
    return [field, allowed](Config &config, const toml::node &node) -> std::string {
        if (!node.is_string()) {
            return "expected a string, found " + typeName(node);
        }
        auto value = node.value<std::string>().value_or("");
        if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
            std::string list;
            for (const auto &a : allowed) {
                list += (list.empty() ? "" : ", ") + a;
            }
            return "\"" + value + "\" is not one of: " + list;
        }
        field(config) = value;
        return {};
    };
}

Apply integer(std::function<int &(Config &)> field, int min, int max)
{
    return [field, min, max](Config &config, const toml::node &node) -> std::string {
        if (!node.is_integer()) {
            return "expected an integer, found " + typeName(node);
        }
        const auto value = node.value<int64_t>().value_or(0);
        if (value < min || value > max) {
            return "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", found " +
                   std::to_string(value);
        }
        field(config) = static_cast<int>(value);
        return {};
    };
}

Apply boolean(std::function<bool &(Config &)> field)
{
    return [field](Config &config, const toml::node &node) -> std::string {
        if (!node.is_boolean()) {
            return "expected true or false, found " + typeName(node);
        }
        field(config) = node.value<bool>().value_or(false);
        return {};
    };
}

Apply languageList()
{
    return [](Config &config, const toml::node &node) -> std::string {
        const auto *array = node.as_array();
        if (array == nullptr) {
            return "expected a list of language codes, found " + typeName(node);
        }
        std::vector<std::string> languages;
        for (const auto &item : *array) {
            auto code = item.value<std::string>();
            const auto &supported = supportedLanguages();
            if (!code || std::find(supported.begin(), supported.end(), *code) == supported.end()) {
                return "unsupported language in list (supported: vi, en, zh, ko, ja)";
            }
            languages.push_back(*code);
        }
        if (languages.empty()) {
            return "at least one language is needed";
        }
        config.ui.languages = languages;
        return {};
    };
}

// "HH:MM" → minutes after midnight, or -1.
int minuteOfDay(const std::string &text)
{
    int hours = 0, minutes = 0;
    char colon = 0;
    std::istringstream in(text);
    if (!(in >> hours >> colon >> minutes) || colon != ':' || hours < 0 || hours > 24 || minutes < 0 ||
        minutes > 59 || hours * 60 + minutes > 24 * 60 || !in.eof()) {
        return -1;
    }
    return hours * 60 + minutes;
}

// [[queue.services]] tables: code, prefix, name_vi, name_en, opens, closes, daily_cap, counters.
std::string queueService(const toml::table &table, QueueServiceConfig &service)
{
    static const std::vector<std::string> kKeys = {"code", "prefix", "name_vi", "name_en", "opens",
                                                   "closes", "daily_cap", "counters"};
    for (const auto &[key, node] : table) {
        if (std::find(kKeys.begin(), kKeys.end(), std::string(key.str())) == kKeys.end()) {
            return "unknown key '" + std::string(key.str()) + "' in a service";
        }
    }
    service.code = table["code"].value<std::string>().value_or("");
    service.prefix = table["prefix"].value<std::string>().value_or("");
    service.nameVi = table["name_vi"].value<std::string>().value_or(service.code);
    service.nameEn = table["name_en"].value<std::string>().value_or(service.nameVi);
    if (service.code.empty() || service.code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") !=
                                    std::string::npos) {
        return "a service needs a code of lower-case letters, digits and _";
    }
    if (service.prefix.size() != 1 || service.prefix[0] < 'A' || service.prefix[0] > 'Z') {
        return "service '" + service.code + "': prefix must be one capital letter A–Z";
    }
    service.opensAtMinute = minuteOfDay(table["opens"].value<std::string>().value_or("07:30"));
    service.closesAtMinute = minuteOfDay(table["closes"].value<std::string>().value_or("17:00"));
    if (service.opensAtMinute < 0 || service.closesAtMinute <= service.opensAtMinute) {
        return "service '" + service.code + "': opens/closes must be \"HH:MM\" with opens before closes";
    }
    service.dailyCap = static_cast<int>(table["daily_cap"].value<int64_t>().value_or(300));
    if (service.dailyCap < 1 || service.dailyCap > 999) {
        return "service '" + service.code + "': daily_cap must be between 1 and 999";
    }
    service.counters.clear();
    if (const auto *counters = table["counters"].as_array()) {
        for (const auto &item : *counters) {
            const auto counter = item.value<int64_t>();
            if (!counter || *counter < 1 || *counter > 99) {
                return "service '" + service.code + "': counters are numbers 1–99";
            }
            service.counters.push_back(static_cast<int>(*counter));
        }
    }
    if (service.counters.empty()) {
        return "service '" + service.code + "': at least one counter serves it";
    }
    return {};
}

Apply queueServices()
{
    return [](Config &config, const toml::node &node) -> std::string {
        const auto *array = node.as_array();
        if (array == nullptr || array->empty()) {
            return "expected [[queue.services]] tables, found " + typeName(node);
        }
        std::vector<QueueServiceConfig> services;
        for (const auto &item : *array) {
            const auto *table = item.as_table();
            if (table == nullptr) {
                return "expected [[queue.services]] tables";
            }
            QueueServiceConfig service;
            if (auto problem = queueService(*table, service); !problem.empty()) {
                return problem;
            }
            for (const auto &other : services) {
                if (other.code == service.code || other.prefix == service.prefix) {
                    return "service '" + service.code + "': code and prefix must be unique";
                }
            }
            services.push_back(service);
        }
        config.queue.services = services;
        return {};
    };
}

const std::map<std::string, Apply> &schema()
{
    static const std::map<std::string, Apply> kSchema = {
        {"site.id", text([](Config &c) -> std::string & { return c.site.id; })},
        {"site.name", text([](Config &c) -> std::string & { return c.site.name; })},
        {"site.address", text([](Config &c) -> std::string & { return c.site.address; })},
        {"site.hotline", text([](Config &c) -> std::string & { return c.site.hotline; })},
        {"site.opening_hours", text([](Config &c) -> std::string & { return c.site.openingHours; })},
        {"site.kiosk_id", text([](Config &c) -> std::string & { return c.site.kioskId; })},
        {"devices.camera.backend",
         choice([](Config &c) -> std::string & { return c.devices.camera.backend; }, {"v4l2", "file", "fake", "none"})},
        {"devices.camera.device", text([](Config &c) -> std::string & { return c.devices.camera.device; })},
        {"devices.camera.source", text([](Config &c) -> std::string & { return c.devices.camera.source; })},
        {"devices.scanner.backend",
         choice([](Config &c) -> std::string & { return c.devices.scanner.backend; },
                {"keyboard", "serial", "hidpos", "fake", "none"})},
        {"devices.scanner.device", text([](Config &c) -> std::string & { return c.devices.scanner.device; })},
        {"devices.printer.backend",
         choice([](Config &c) -> std::string & { return c.devices.printer.backend; }, {"cups", "fake", "none"})},
        {"devices.printer.destination",
         text([](Config &c) -> std::string & { return c.devices.printer.destination; })},
        {"devices.printer.server", text([](Config &c) -> std::string & { return c.devices.printer.server; })},
        {"devices.portal.backend",
         choice([](Config &c) -> std::string & { return c.devices.portal.backend; }, {"https", "fake", "none"})},
        {"devices.portal.url", text([](Config &c) -> std::string & { return c.devices.portal.url; })},
        {"devices.portal.ca_file", text([](Config &c) -> std::string & { return c.devices.portal.caFile; })},
        {"devices.portal.pinned_public_key",
         text([](Config &c) -> std::string & { return c.devices.portal.pinnedPublicKey; })},
        {"devices.portal.client_cert", text([](Config &c) -> std::string & { return c.devices.portal.clientCert; })},
        {"devices.portal.client_key", text([](Config &c) -> std::string & { return c.devices.portal.clientKey; })},
        {"devices.portal.total_timeout_s",
         integer([](Config &c) -> int & { return c.devices.portal.totalTimeoutSeconds; }, 2, 600)},
        {"devices.portal.connect_timeout_s",
         integer([](Config &c) -> int & { return c.devices.portal.connectTimeoutSeconds; }, 1, 60)},
        {"session.idle_timeout_s", integer([](Config &c) -> int & { return c.session.idleTimeoutSeconds; }, 15, 3600)},
        {"guide.idle_logout_seconds",
         integer([](Config &c) -> int & { return c.guide.idleLogoutSeconds; }, 15, 3600)},
        {"session.idle_countdown_s",
         integer([](Config &c) -> int & { return c.session.idleCountdownSeconds; }, 5, 120)},
        {"ui.languages", languageList()},
        {"ui.default_language",
         choice([](Config &c) -> std::string & { return c.ui.defaultLanguage; }, {"vi", "en", "zh", "ko", "ja"})},
        {"ui.fullscreen", boolean([](Config &c) -> bool & { return c.ui.fullscreen; })},
        {"store.data_dir", text([](Config &c) -> std::string & { return c.store.dataDir; })},
        {"privacy.key_file", text([](Config &c) -> std::string & { return c.privacy.keyFile; })},
        {"privacy.keep_accepted_hours",
         integer([](Config &c) -> int & { return c.privacy.keepAcceptedHours; }, 0, 24 * 90)},
        {"privacy.keep_unsent_days", integer([](Config &c) -> int & { return c.privacy.keepUnsentDays; }, 1, 365)},
        {"privacy.keep_print_jobs_hours",
         integer([](Config &c) -> int & { return c.privacy.keepPrintJobsHours; }, 0, 24 * 30)},
        {"queue.mode", choice([](Config &c) -> std::string & { return c.queue.mode; }, {"embedded", "hub", "off"})},
        {"queue.hub_url", text([](Config &c) -> std::string & { return c.queue.hubUrl; })},
        {"queue.ca_file", text([](Config &c) -> std::string & { return c.queue.caFile; })},
        {"queue.client_cert", text([](Config &c) -> std::string & { return c.queue.clientCert; })},
        {"queue.client_key", text([](Config &c) -> std::string & { return c.queue.clientKey; })},
        {"queue.lease_block", integer([](Config &c) -> int & { return c.queue.leaseBlock; }, 1, 100)},
        {"queue.display_recent", integer([](Config &c) -> int & { return c.queue.displayRecent; }, 0, 20)},
        {"queue.counter", integer([](Config &c) -> int & { return c.queue.counter; }, 0, 99)},
        {"queue.voice_languages",
         choice([](Config &c) -> std::string & { return c.queue.voiceLanguages; },
                {"vi", "vi,en", "vi,ko", "vi,ja", "vi,en,ko,ja", "none"})},
        {"queue.services", queueServices()},
        {"fleet.enabled", boolean([](Config &c) -> bool & { return c.fleet.enabled; })},
        {"fleet.broker_host", text([](Config &c) -> std::string & { return c.fleet.brokerHost; })},
        {"fleet.broker_port", integer([](Config &c) -> int & { return c.fleet.brokerPort; }, 1, 65535)},
        {"fleet.tls", boolean([](Config &c) -> bool & { return c.fleet.tls; })},
        {"fleet.ca_file", text([](Config &c) -> std::string & { return c.fleet.caFile; })},
        {"fleet.client_cert", text([](Config &c) -> std::string & { return c.fleet.clientCert; })},
        {"fleet.client_key", text([](Config &c) -> std::string & { return c.fleet.clientKey; })},
        {"fleet.topic_prefix", text([](Config &c) -> std::string & { return c.fleet.topicPrefix; })},
        {"fleet.interval_seconds", integer([](Config &c) -> int & { return c.fleet.intervalSeconds; }, 5, 3600)},
        {"fleet.command_keys", text([](Config &c) -> std::string & { return c.fleet.commandKeys; })},
        {"fleet.command_window_seconds",
         integer([](Config &c) -> int & { return c.fleet.commandWindowSeconds; }, 10, 3600)},
    };
    return kSchema;
}

bool isKnownTable(const std::string &path)
{
    const auto prefix = path + ".";
    return std::any_of(schema().begin(), schema().end(),
                       [&](const auto &entry) { return entry.first.rfind(prefix, 0) == 0; });
}

std::optional<ConfigProblem> applyTable(Config &config, const toml::table &table, const std::string &prefix,
                                        const std::string &name)
{
    for (const auto &[key, node] : table) {
        const std::string path = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
        const int line = static_cast<int>(key.source().begin.line);
        if (node.is_table()) {
            if (!isKnownTable(path)) {
                return ConfigProblem{name, line, path, "unknown section"};
            }
            if (auto problem = applyTable(config, *node.as_table(), path, name)) {
                return problem;
            }
            continue;
        }
        const auto field = schema().find(path);
        if (field == schema().end()) {
            return ConfigProblem{name, line, path, isKnownTable(path) ? "expected a section" : "unknown key"};
        }
        if (auto problem = field->second(config, node); !problem.empty()) {
            return ConfigProblem{name, line, path, problem};
        }
    }
    return std::nullopt;
}

}  // namespace

std::string ConfigProblem::describe() const
{
    std::ostringstream out;
    out << file;
    if (line > 0) {
        out << ':' << line;
    }
    out << ": ";
    if (!key.empty()) {
        out << "key '" << key << "': ";
    }
    out << problem;
    return out.str();
}

Expected<Config, ConfigProblem> parseConfig(std::string_view text, const std::string &name)
{
    toml::table table;
    try {
        table = toml::parse(text, name);
    } catch (const toml::parse_error &error) {
        return unexpected(ConfigProblem{name, static_cast<int>(error.source().begin.line), {},
                                             "not valid TOML: " + std::string(error.description())});
    }
    Config config;
    config.sourceFile = name;
    if (auto problem = applyTable(config, table, {}, name)) {
        return unexpected(*problem);
    }
    const auto &languages = config.ui.languages;
    if (std::find(languages.begin(), languages.end(), config.ui.defaultLanguage) == languages.end()) {
        const auto *node = table.at_path("ui.default_language").node();
        return unexpected(ConfigProblem{name, node ? static_cast<int>(node->source().begin.line) : 0,
                                             "ui.default_language", "must be one of ui.languages"});
    }
    return config;
}

Expected<Config, ConfigProblem> loadConfigFile(const std::filesystem::path &file)
{
    std::error_code error;
    if (std::filesystem::exists(file, error) && !std::filesystem::is_regular_file(file, error)) {
        return unexpected(ConfigProblem{file.string(), 0, {}, "not a regular file"});
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return unexpected(ConfigProblem{file.string(), 0, {}, "cannot read the file (missing or no permission)"});
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        return unexpected(ConfigProblem{file.string(), 0, {}, "read error"});
    }
    return parseConfig(text.str(), file.string());
}

}  // namespace motcua
