#include "kiosk/cli/form_command.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/core/data_paths.h"
#include "kiosk/form/bundled_form_data.h"
#include "kiosk/form/form_json.h"
#include "kiosk/form/form_rules.h"

namespace motcua::cli {
namespace {

struct FormCheckOptions {
    std::string file;
    std::string today;  // YYYY-MM-DD; empty = the local date
};

form::Date localToday()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return form::Date{std::chrono::year{local.tm_year + 1900}, std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                      std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

void printProblem(bool json, const std::string &code, const std::string &message)
{
    if (json) {
        std::puts(nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump().c_str());
    } else {
        std::fprintf(stderr, "motcua form check: %s (%s)\n", message.c_str(), code.c_str());
    }
}

int runFormCheck(const FormCheckOptions &check, bool json)
{
    form::Date today = localToday();
    if (!check.today.empty()) {
        const auto parsed = form::parseIsoDate(check.today);
        if (!parsed.date) {
            printProblem(json, "usage.today", "--today must be a date YYYY-MM-DD");
            return kUsage;
        }
        today = *parsed.date;
    }
    std::ifstream in(check.file, std::ios::binary);
    if (!in) {
        printProblem(json, "form.read", "Cannot read " + check.file);
        return kUsage;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = form::formFromJson(text.str());
    if (!parsed) {
        printProblem(json, parsed.error().code, parsed.error().message);
        return kUsage;
    }
    const auto data = form::loadBundledFormData(assetDirectory());
    if (!data) {
        printProblem(json, data.error().code, data.error().message);
        return kUsage;
    }
    form::FieldErrors errors = parsed->errors;
    for (auto &e : form::checkForm(parsed->form, data->references(), today)) {
        errors.push_back(std::move(e));
    }
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &e : errors) {
            list.push_back({{"field", e.field}, {"code", e.code}, {"message_vi", e.messageVi}, {"message_en", e.messageEn}});
        }
        const nlohmann::json out{{"file", check.file},
                                 {"form", std::string(form::formKindName(parsed->form.kind))},
                                 {"today", form::formatIsoDate(today)},
                                 {"valid", errors.empty()},
                                 {"errors", list}};
        std::puts(out.dump(2).c_str());
    } else if (errors.empty()) {
        std::printf("%s: %s, no errors\n", check.file.c_str(), std::string(form::formKindName(parsed->form.kind)).c_str());
    } else {
        for (const auto &e : errors) {
            std::printf("%s\t%s\t%s / %s\n", e.field.c_str(), e.code.c_str(), e.messageVi.c_str(), e.messageEn.c_str());
        }
        std::printf("%zu error(s)\n", errors.size());
    }
    return errors.empty() ? kOk : kCheckFailed;
}

}  // namespace

void addFormCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *formCommand = app.add_subcommand("form", "Passport declarations (TK01, TK01a)");
    formCommand->require_subcommand(1);
    auto check = std::make_shared<FormCheckOptions>();
    auto *checkCommand = formCommand->add_subcommand("check", "Check a declaration saved as JSON; print every field error");
    checkCommand->add_option("file", check->file, "Declaration JSON ({\"form\": \"TK01\", \"answers\": {…}})")->required();
    checkCommand->add_option("--today", check->today, "Check as of this date (YYYY-MM-DD); default: today");
    checkCommand->callback([check, &options, &exitCode] { exitCode = runFormCheck(*check, options.json); });
}

}  // namespace motcua::cli
