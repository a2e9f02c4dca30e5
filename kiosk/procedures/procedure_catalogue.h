#pragma once
// "Thủ tục và lệ phí": the immigration procedures a site handles, each with who
// it is for, the papers to bring, whether it can be done fully online, the fee,
// the return time and how results come back. A dated copy is bundled
// (assets/catalogue/immigration-procedures.json); the portal's live catalogue
// updates fees and return times when it answers (applyLiveFigures).
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua::procedures {

enum class Online { Full, Partial, No };
enum class Currency { Vnd, Usd };

// Text in several languages: "vi", "en", "zh", "ko", "ja". Missing languages
// fall back to English, then Vietnamese.
class LocalText {
public:
    void set(std::string language, std::string text) { m_text[std::move(language)] = std::move(text); }
    const std::string &in(std::string_view language) const;
    const std::map<std::string, std::string, std::less<>> &all() const { return m_text; }

private:
    std::map<std::string, std::string, std::less<>> m_text;
};

enum class ReturnUnit { WorkingDays, Days, Months };

// A temporary reduction (e.g. Circular 64/2025/TT-BTC halving passport fees).
struct FeeReduction {
    long long amount = 0;
    std::string validFrom, validTo;  // ISO dates, inclusive
    LocalText note;
};

struct Fee {
    long long amount = 0;  // whole units of the currency; 0 = free
    Currency currency = Currency::Vnd;
    LocalText note;  // what varies
    std::optional<FeeReduction> reduction;

    // The reduction when `todayIso` (YYYY-MM-DD) falls in its period.
    const FeeReduction *reductionOn(std::string_view todayIso) const;
};

struct ProcedureInfo {
    std::string code;  // "passport.first_issue"
    LocalText name;
    LocalText forWhom;
    std::map<std::string, std::vector<std::string>, std::less<>> papers;  // by language
    Online online = Online::No;
    std::optional<Fee> fee;  // none: the catalogue gives no single amount
    int returnDays = 0;  // 0: not stated, or immediate
    ReturnUnit returnUnit = ReturnUnit::WorkingDays;
    LocalText returnNote;
    bool pickup = true;
    bool post = false;
    bool electronic = false;  // the result comes online (e-mail, VNeID, portal)
    std::vector<std::string> sourceIds;

    const std::vector<std::string> &papersIn(std::string_view language) const;
};

struct SourceRef {
    std::string id, title, url;
};

class ProcedureCatalogue {
public:
    // Error codes procedures.read, procedures.json (with the entry and key at fault).
    static Result<ProcedureCatalogue> load(const std::filesystem::path &file);
    static Result<ProcedureCatalogue> parse(std::string_view json);

    const std::vector<ProcedureInfo> &procedures() const { return m_procedures; }
    const ProcedureInfo *find(std::string_view code) const;
    const std::string &catalogueDate() const { return m_date; }
    const std::vector<SourceRef> &sources() const { return m_sources; }
    const LocalText &usdNote() const { return m_usdNote; }

    // Indices of the procedures whose name (in any language), purpose or code
    // contains every word of `query`, compared without diacritics or case
    // ("ho chieu" finds "hộ chiếu"). An empty query matches everything.
    std::vector<std::size_t> search(std::string_view query) const;

    // Live figures from the portal (code → fee in VND, return days) replace the
    // bundled ones for the procedures they name; returns how many changed.
    struct LiveFigure {
        std::string code;
        long long feeVnd = 0;
        int returnWorkingDays = 0;
    };
    int applyLiveFigures(const std::vector<LiveFigure> &figures, std::string catalogueDate);

private:
    std::string m_date;
    std::vector<SourceRef> m_sources;
    LocalText m_usdNote;
    std::vector<ProcedureInfo> m_procedures;
    std::vector<std::string> m_searchText;  // folded, per procedure
    void index();
};

}  // namespace motcua::procedures
