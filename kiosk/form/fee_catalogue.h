#pragma once
// Fees and return times per request type, read from the procedures catalogue
// (bundled dated copy: assets/catalogue/procedures.json; later the portal's).
// No amount lives in code: Circular 25/2021/TT-BTC and online discounts change.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua::form {

struct FeeReductionPeriod {
    long long feeVnd = 0;
    std::string validFrom, validTo;  // ISO dates, inclusive; empty = open
    std::string source;              // the legal text that sets it
};

struct ProcedureFee {
    std::string procedureCode;  // "passport.first_issue"
    std::string nameVi;
    std::string nameEn;
    long long feeVnd = 0;        // what is charged on the day asked for
    long long normalFeeVnd = 0;  // the fee without a temporary reduction
    std::string reducedUntil;    // set when feeVnd is a reduced fee with an end date
    std::string reductionSource;
    int returnWorkingDays = 0;
};

class FeeCatalogue {
public:
    // Error codes catalogue.read, catalogue.json.
    static Result<FeeCatalogue> load(const std::filesystem::path &file);
    static Result<FeeCatalogue> parse(std::string_view json);

    // The procedure for a request.type value with the fee charged on `todayIso`
    // (YYYY-MM-DD, Hanoi's calendar); error catalogue.no_procedure.
    Result<ProcedureFee> feeFor(std::string_view requestType, std::string_view todayIso) const;

    // Every procedure at its normal fee (the portal's procedures contract).
    std::vector<ProcedureFee> procedures() const;
    const std::string &catalogueDate() const { return m_date; }
    const std::string &source() const { return m_source; }

private:
    struct Entry {
        ProcedureFee fee;
        std::vector<std::string> requestTypes;
        std::optional<FeeReductionPeriod> reduction;
    };
    std::vector<Entry> m_entries;
    std::string m_date;
    std::string m_source;
};

}  // namespace motcua::form
