#include "kiosk/form/fee_catalogue.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace motcua::form {
namespace {

std::string textOf(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<FeeReductionPeriod> parseReduction(const nlohmann::json &reduced)
{
    if (!reduced.is_object() || !reduced.contains("fee_vnd") || !reduced["fee_vnd"].is_number_integer() ||
        reduced["fee_vnd"].get<long long>() < 0) {
        return fail("catalogue.json", "reduced needs fee_vnd (whole VND) and may have valid_from, valid_to, source");
    }
    return FeeReductionPeriod{reduced["fee_vnd"].get<long long>(), textOf(reduced, "valid_from"),
                              textOf(reduced, "valid_to"), textOf(reduced, "source")};
}

bool inPeriod(const FeeReductionPeriod &period, std::string_view todayIso)
{
    return (period.validFrom.empty() || todayIso >= period.validFrom) &&
           (period.validTo.empty() || todayIso <= period.validTo);
}

}  // namespace

Result<FeeCatalogue> FeeCatalogue::load(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail("catalogue.read", "Cannot read " + file.string());
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str());
}

Result<FeeCatalogue> FeeCatalogue::parse(std::string_view json)
{
    const auto doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("procedures") || !doc["procedures"].is_array()) {
        return fail("catalogue.json", "The catalogue must be JSON with a \"procedures\" array");
    }
    FeeCatalogue catalogue;
    catalogue.m_date = doc.value("catalogue_date", "");
    catalogue.m_source = doc.value("source", "");
    for (const auto &p : doc["procedures"]) {
        if (!p.is_object() || !p.contains("code") || !p["code"].is_string() || !p.contains("fee_vnd") ||
            !p["fee_vnd"].is_number_integer() || p["fee_vnd"].get<long long>() < 0 || !p.contains("request_types") ||
            !p["request_types"].is_array()) {
            return fail("catalogue.json", "Each procedure needs code, fee_vnd (whole VND) and request_types");
        }
        Entry entry;
        entry.fee.procedureCode = p["code"].get<std::string>();
        entry.fee.nameVi = p.value("name_vi", "");
        entry.fee.nameEn = p.value("name_en", "");
        entry.fee.feeVnd = p["fee_vnd"].get<long long>();
        entry.fee.normalFeeVnd = entry.fee.feeVnd;
        if (const auto reduced = p.find("reduced"); reduced != p.end()) {
            auto period = parseReduction(*reduced);
            if (!period) {
                return unexpected(period.error());
            }
            entry.reduction = std::move(*period);
        }
        entry.fee.returnWorkingDays = p.value("return_working_days", 0);
        for (const auto &type : p["request_types"]) {
            if (!type.is_string()) {
                return fail("catalogue.json", "request_types must be strings");
            }
            entry.requestTypes.push_back(type.get<std::string>());
        }
        catalogue.m_entries.push_back(std::move(entry));
    }
    return catalogue;
}

Result<ProcedureFee> FeeCatalogue::feeFor(std::string_view requestType, std::string_view todayIso) const
{
    for (const auto &entry : m_entries) {
        if (std::find(entry.requestTypes.begin(), entry.requestTypes.end(), requestType) == entry.requestTypes.end()) {
            continue;
        }
        auto fee = entry.fee;
        if (entry.reduction && inPeriod(*entry.reduction, todayIso)) {
            fee.feeVnd = entry.reduction->feeVnd;
            fee.reducedUntil = entry.reduction->validTo;
            fee.reductionSource = entry.reduction->source;
        }
        return fee;
    }
    return fail("catalogue.no_procedure", "No procedure in the catalogue for request type " + std::string(requestType));
}

std::vector<ProcedureFee> FeeCatalogue::procedures() const
{
    std::vector<ProcedureFee> all;
    for (const auto &entry : m_entries) {
        all.push_back(entry.fee);
    }
    return all;
}

}  // namespace motcua::form
