#include "kiosk/cli/fleet_command.h"

#include <cstdio>
#include <thread>

#include "kiosk/fleet/fleet_agent.h"
#include "kiosk/fleet/fleet_command.h"
#include "kiosk/fleet/fleet_listener.h"

namespace motcua::cli {
namespace {

struct FleetOptions {
    std::string site;  // empty: every site (listing) or [site] id (commands)
    std::string broker;  // host:port; empty: [fleet] broker_host/broker_port
    double waitSeconds = 3;
    int staleAfterSeconds = 180;
    std::string kiosk;
    std::string message;
    std::string keyFile;
    double confirmSeconds = 30;
    bool printOnly = false;
    std::string keyOut;
};

std::optional<MqttEndpoint> endpointFor(const Config &config, const std::string &broker)
{
    auto endpoint = endpointOf(config.fleet);
    if (!broker.empty()) {
        const auto colon = broker.rfind(':');
        endpoint.host = broker.substr(0, colon);
        if (colon != std::string::npos) {
            try {
                endpoint.port = std::stoi(broker.substr(colon + 1));
            } catch (const std::exception &) {
                return std::nullopt;
            }
        }
    }
    return endpoint;
}

std::string ageWords(const std::optional<int64_t> &seconds)
{
    if (!seconds) {
        return "never";
    }
    return *seconds < 3600 ? std::to_string(*seconds / 60) + " min" : std::to_string(*seconds / 3600) + " h";
}

void printTable(const std::vector<FleetEntry> &entries)
{
    std::printf("%-32s %-8s %-10s %-10s %-7s %-9s %s\n", "SITE/KIOSK", "STATUS", "PRINTER", "PORTAL", "OUTBOX",
                "ACCEPTED", "NEEDS ATTENTION");
    for (const auto &entry : entries) {
        const auto *h = entry.health ? &*entry.health : nullptr;
        std::string attention;
        for (const auto &concern : entry.concerns) {
            attention += (attention.empty() ? "" : ", ") + concern.code;
        }
        std::printf("%-32s %-8s %-10s %-10s %-7s %-9s %s\n",
                    (entry.address.site + "/" + entry.address.kiosk).c_str(),
                    entry.status.empty() ? "?" : entry.status.c_str(),
                    h ? healthStateName(h->printer.state) : "-", h ? healthStateName(h->portal.state) : "-",
                    h && h->outboxDepth ? std::to_string(*h->outboxDepth).c_str() : "-",
                    h ? ageWords(h->lastAcceptedAgeSeconds).c_str() : "-",
                    attention.empty() ? "-" : attention.c_str());
        if (h && h->outOfService) {
            std::printf("%-32s out of service: %s\n", "", h->outOfServiceMessage.c_str());
        }
    }
}

int listFleet(const Config &config, const FleetOptions &fleet, const MqttEndpoint &endpoint, bool json)
{
    FleetListener listener(endpoint, config.fleet.topicPrefix, fleet.site);
    if (auto started = listener.start(std::chrono::seconds(10)); !started) {
        std::fprintf(stderr, "fleet: %s (%s:%d)\n", started.error().message.c_str(), endpoint.host.c_str(),
                     endpoint.port);
        return kCheckFailed;
    }
    // Retained messages arrive right after subscribing; wait a little for all of them.
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<int>(fleet.waitSeconds * 1000)));
    auto entries = listener.entries();
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    FleetPolicy policy;
    policy.staleAfterSeconds = fleet.staleAfterSeconds;
    int attention = 0;
    for (auto &entry : entries) {
        assessFleetEntry(entry, now, policy);
        attention += entry.concerns.empty() ? 0 : 1;
    }
    if (json) {
        std::puts(fleetEntryJson(entries).c_str());
    } else {
        printTable(entries);
        std::printf("%zu kiosk(s), %d need attention\n", entries.size(), attention);
    }
    return entries.empty() || attention > 0 ? kCheckFailed : kOk;
}

int sendCommand(const Config &config, const FleetOptions &fleet, const MqttEndpoint &endpoint, FleetAction action)
{
    auto key = readSigningKey(fleet.keyFile);
    if (!key) {
        std::fprintf(stderr, "fleet: %s\n", key.error().message.c_str());
        return kUsage;
    }
    const KioskAddress address{fleet.site.empty() ? config.site.id : fleet.site, fleet.kiosk};
    const auto command =
        makeFleetCommand(action, address.site, address.kiosk, fleet.message, std::chrono::system_clock::now());
    const auto envelope = signFleetCommand(command, *key);
    const auto topic = commandTopic(config.fleet.topicPrefix, address);
    if (fleet.printOnly) {
        std::printf("%s\n%s\n", topic.c_str(), envelope.c_str());
        return kOk;
    }
    FleetListener listener(endpoint, config.fleet.topicPrefix, address.site);
    if (auto started = listener.start(std::chrono::seconds(10)); !started) {
        std::fprintf(stderr, "fleet: %s\n", started.error().message.c_str());
        return kCheckFailed;
    }
    if (auto sent = listener.publish(topic, envelope); !sent) {
        std::fprintf(stderr, "fleet: %s\n", sent.error().message.c_str());
        return kCheckFailed;
    }
    // The kiosk answers with a fresh health message: applied, or the refusal's code.
    const bool wanted = action == FleetAction::OutOfService;
    std::string outcome;
    listener.waitFor(
        [&](const FleetEntry &entry) {
            if (entry.address.kiosk != address.kiosk || !entry.health ||
                entry.health->atUnixSeconds < command.issuedAt) {
                return false;
            }
            if (entry.health->lastCommand == "applied" && entry.health->outOfService == wanted) {
                outcome = "applied";
            } else if (!entry.health->lastCommand.empty() && entry.health->lastCommand != "applied") {
                outcome = entry.health->lastCommand;
            }
            return !outcome.empty();
        },
        std::chrono::milliseconds(static_cast<int>(fleet.confirmSeconds * 1000)));
    if (outcome == "applied") {
        std::printf("%s/%s: %s applied\n", address.site.c_str(), address.kiosk.c_str(), fleetActionName(action));
        return kOk;
    }
    std::printf("%s/%s: %s\n", address.site.c_str(), address.kiosk.c_str(),
                outcome.empty() ? "sent, not confirmed (kiosk offline?)" : ("refused: " + outcome).c_str());
    return kCheckFailed;
}

int makeKey(const FleetOptions &fleet)
{
    auto key = generateSigningKey();
    if (!key) {
        std::fprintf(stderr, "fleet: %s\n", key.error().message.c_str());
        return kCheckFailed;
    }
    const std::string publicFile = fleet.keyOut + ".pub";
    if (auto written = writeSigningKey(*key, fleet.keyOut, publicFile); !written) {
        std::fprintf(stderr, "fleet: %s\n", written.error().message.c_str());
        return kUsage;
    }
    std::printf("secret key: %s (keep it on the technician's machine)\npublic key: %s (add it to the kiosks' "
                "[fleet] command_keys file)\nkey id: %s\n",
                fleet.keyOut.c_str(), publicFile.c_str(), keyIdOf(key->publicKey).c_str());
    return kOk;
}

void addCommandOptions(CLI::App &sub, FleetOptions &fleet, bool withMessage)
{
    sub.fallthrough();
    sub.add_option("kiosk", fleet.kiosk, "Kiosk id ([site] kiosk_id)")->required();
    if (withMessage) {
        sub.add_option("--message", fleet.message, "What the citizen reads while the kiosk is out of service")
            ->required();
    }
    sub.add_option("--key", fleet.keyFile, "The technician's secret key (motcua fleet keygen)")->required();
    sub.add_option("--confirm-wait", fleet.confirmSeconds, "Seconds to wait for the kiosk to confirm");
    sub.add_flag("--print", fleet.printOnly, "Print the topic and the signed command instead of sending it");
}

}  // namespace

void addFleetCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    static FleetOptions fleet;
    auto *cmd = app.add_subcommand("fleet", "Every kiosk's health from the MQTT broker; remote out-of-service");
    cmd->fallthrough();
    cmd->require_subcommand(0, 1);
    cmd->add_option("--site", fleet.site, "Only this site (commands: the kiosk's site; default [site] id)");
    cmd->add_option("--broker", fleet.broker, "host:port of the broker; default [fleet] broker_host/broker_port");
    cmd->add_option("--wait", fleet.waitSeconds, "Seconds to collect health messages (default 3)");
    cmd->add_option("--stale-after", fleet.staleAfterSeconds, "A kiosk silent this long needs attention (180)");

    auto *keygen = cmd->add_subcommand("keygen", "Make a technician's Ed25519 key pair (FILE and FILE.pub)");
    keygen->add_option("--out", fleet.keyOut, "Secret key file to create")->required();
    keygen->callback([&exitCode] { exitCode = makeKey(fleet); });

    auto *off = cmd->add_subcommand("out-of-service", "Take a kiosk out of service (signed command)");
    addCommandOptions(*off, fleet, true);
    auto *on = cmd->add_subcommand("back-in-service", "Put a kiosk back in service (signed command)");
    addCommandOptions(*on, fleet, false);

    cmd->callback([cmd, keygen, off, &options, &exitCode] {
        if (keygen->parsed()) {
            return;
        }
        const auto config = loadConfigOrReport(options);
        const auto endpoint = config ? endpointFor(*config, fleet.broker) : std::nullopt;
        if (!config || !endpoint) {
            exitCode = kUsage;
            return;
        }
        if (cmd->get_subcommands().empty()) {
            exitCode = listFleet(*config, fleet, *endpoint, options.json);
            return;
        }
        exitCode = sendCommand(*config, fleet, *endpoint,
                               off->parsed() ? FleetAction::OutOfService : FleetAction::BackInService);
    });
}

}  // namespace motcua::cli
