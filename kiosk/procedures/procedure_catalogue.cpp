#include "kiosk/procedures/procedure_catalogue.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/form/vietnamese_text.h"

namespace motcua::procedures {
namespace {

using nlohmann::json;

const std::vector<std::string> kNoPapers;
constexpr const char *kLanguages[] = {"vi", "en", "zh", "ko", "ja"};

std::string text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// name_vi, name_en … → LocalText
LocalText localText(const json &object, const std::string &stem)
{
    LocalText out;
    for (const char *language : kLanguages) {
        if (auto value = text(object, (stem + "_" + language).c_str()); !value.empty()) {
            out.set(language, std::move(value));
        }
    }
    return out;
}

std::vector<std::string> words(std::string_view folded)
{
    std::vector<std::string> out;
    std::istringstream in{std::string(folded)};
    for (std::string word; in >> word;) {
        out.push_back(std::move(word));
    }
    return out;
}

Result<ProcedureInfo> readProcedure(const json &entry, std::size_t position)
{
    const auto where = "procedure " + std::to_string(position + 1);
    if (!entry.is_object()) {
        return fail("procedures.json", where + " is not an object");
    }
    ProcedureInfo p;
    p.code = text(entry, "code");
    p.name = localText(entry, "name");
    if (p.code.empty() || p.name.in("vi").empty()) {
        return fail("procedures.json", where + " lacks \"code\" or \"name_vi\"");
    }
    p.forWhom = localText(entry, "for");
    for (const char *language : kLanguages) {
        const auto key = std::string("papers_") + language;
        if (const auto it = entry.find(key); it != entry.end() && it->is_array()) {
            auto &list = p.papers[language];
            for (const auto &paper : *it) {
                if (paper.is_string()) {
                    list.push_back(paper.get<std::string>());
                }
            }
        }
    }
    const auto online = text(entry, "online");
    p.online = online == "full" ? Online::Full : online == "partial" ? Online::Partial : Online::No;
    if (const auto it = entry.find("fee"); it != entry.end() && it->is_object()) {
        Fee fee;
        const auto amount = it->find("amount");
        if (amount == it->end() || !amount->is_number() || amount->get<double>() < 0) {
            return fail("procedures.json", where + " (" + p.code + "): fee.amount must be a number from 0");
        }
        fee.amount = static_cast<long long>(amount->get<double>());
        const auto currency = text(*it, "currency");
        if (currency != "VND" && currency != "USD") {
            return fail("procedures.json", where + " (" + p.code + "): fee.currency must be VND or USD");
        }
        fee.currency = currency == "USD" ? Currency::Usd : Currency::Vnd;
        fee.note = localText(*it, "note");
        if (const auto reduced = it->find("reduced"); reduced != it->end() && reduced->is_object()) {
            const auto amount = reduced->find("amount");
            if (amount == reduced->end() || !amount->is_number() || amount->get<double>() < 0) {
                return fail("procedures.json", where + " (" + p.code + "): fee.reduced.amount must be a number from 0");
            }
            fee.reduction = FeeReduction{static_cast<long long>(amount->get<double>()), text(*reduced, "valid_from"),
                                         text(*reduced, "valid_to"), localText(*reduced, "note")};
        }
        p.fee = std::move(fee);
    }
    for (const char *key : {"return_days", "return_working_days"}) {
        if (const auto it = entry.find(key); it != entry.end() && it->is_number_integer()) {
            p.returnDays = it->get<int>();
        }
    }
    const auto unit = text(entry, "return_day_unit");
    p.returnUnit = unit == "months" ? ReturnUnit::Months : unit == "days" ? ReturnUnit::Days : ReturnUnit::WorkingDays;
    p.returnNote = localText(entry, "return_note");
    if (const auto it = entry.find("delivery"); it != entry.end() && it->is_array()) {
        p.pickup = p.post = false;
        for (const auto &way : *it) {
            p.pickup = p.pickup || way == "pickup";
            p.post = p.post || way == "post";
            p.electronic = p.electronic || way == "online";
        }
    }
    if (const auto it = entry.find("source_ids"); it != entry.end() && it->is_array()) {
        for (const auto &id : *it) {
            if (id.is_string()) {
                p.sourceIds.push_back(id.get<std::string>());
            }
        }
    }
    return p;
}

}  // namespace

const FeeReduction *Fee::reductionOn(std::string_view todayIso) const
{
    if (!reduction || todayIso.empty()) {
        return nullptr;
    }
    const bool started = reduction->validFrom.empty() || reduction->validFrom <= todayIso;
    const bool notEnded = reduction->validTo.empty() || todayIso <= reduction->validTo;
    return started && notEnded ? &*reduction : nullptr;
}

const std::string &LocalText::in(std::string_view language) const
{
    static const std::string empty;
    for (const auto candidate : {language, std::string_view("en"), std::string_view("vi")}) {
        if (const auto it = m_text.find(candidate); it != m_text.end() && !it->second.empty()) {
            return it->second;
        }
    }
    return empty;
}

const std::vector<std::string> &ProcedureInfo::papersIn(std::string_view language) const
{
    for (const auto candidate : {language, std::string_view("en"), std::string_view("vi")}) {
        if (const auto it = papers.find(candidate); it != papers.end() && !it->second.empty()) {
            return it->second;
        }
    }
    return kNoPapers;
}

Result<ProcedureCatalogue> ProcedureCatalogue::load(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail("procedures.read", "cannot read " + file.string());
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parse(content.str());
}

Result<ProcedureCatalogue> ProcedureCatalogue::parse(std::string_view jsonText)
{
    const auto root = json::parse(jsonText, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        return fail("procedures.json", "the catalogue is not a JSON object");
    }
    const auto list = root.find("procedures");
    if (list == root.end() || !list->is_array() || list->empty()) {
        return fail("procedures.json", "the catalogue has no \"procedures\" list");
    }
    ProcedureCatalogue catalogue;
    catalogue.m_date = text(root, "catalogue_date");
    catalogue.m_usdNote = localText(root, "usd_note");
    if (const auto sources = root.find("sources"); sources != root.end() && sources->is_array()) {
        for (const auto &source : *sources) {
            if (source.is_object()) {
                catalogue.m_sources.push_back({text(source, "id"), text(source, "title"), text(source, "url")});
            }
        }
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto procedure = readProcedure((*list)[i], i);
        if (!procedure) {
            return unexpected(procedure.error());
        }
        if (catalogue.find(procedure->code) != nullptr) {
            return fail("procedures.json", "procedure code \"" + procedure->code + "\" appears twice");
        }
        catalogue.m_procedures.push_back(std::move(*procedure));
    }
    catalogue.index();
    return catalogue;
}

void ProcedureCatalogue::index()
{
    m_searchText.clear();
    for (const auto &p : m_procedures) {
        std::string all = p.code;
        for (const auto *texts : {&p.name, &p.forWhom}) {
            for (const auto &[language, value] : texts->all()) {
                all += ' ' + value;
            }
        }
        m_searchText.push_back(form::foldForSearch(all));
    }
}

const ProcedureInfo *ProcedureCatalogue::find(std::string_view code) const
{
    for (const auto &p : m_procedures) {
        if (p.code == code) {
            return &p;
        }
    }
    return nullptr;
}

std::vector<std::size_t> ProcedureCatalogue::search(std::string_view query) const
{
    const auto wanted = words(form::foldForSearch(query));
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_procedures.size(); ++i) {
        bool all = true;
        for (const auto &word : wanted) {
            all = all && m_searchText[i].find(word) != std::string::npos;
        }
        if (all) {
            out.push_back(i);
        }
    }
    return out;
}

int ProcedureCatalogue::applyLiveFigures(const std::vector<LiveFigure> &figures, std::string catalogueDate)
{
    int changed = 0;
    for (const auto &figure : figures) {
        for (auto &p : m_procedures) {
            if (p.code != figure.code) {
                continue;
            }
            if (figure.feeVnd > 0 && (!p.fee || p.fee->currency == Currency::Vnd)) {
                Fee fee = p.fee.value_or(Fee{});
                changed += fee.amount != figure.feeVnd ? 1 : 0;
                fee.amount = figure.feeVnd;
                p.fee = std::move(fee);
            }
            if (figure.returnWorkingDays > 0) {
                p.returnDays = figure.returnWorkingDays;
                p.returnUnit = ReturnUnit::WorkingDays;
            }
        }
    }
    if (!catalogueDate.empty()) {
        m_date = std::move(catalogueDate);
    }
    return changed;
}

}  // namespace motcua::procedures
