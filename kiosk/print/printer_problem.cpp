#include "kiosk/print/printer_problem.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace motcua {
namespace {

struct KnownReason {
    std::string_view keyword;  // without -error/-warning suffix
    PrinterProblem problem;
};

const std::array<KnownReason, 11> &knownReasons()
{
    static const std::array<KnownReason, 11> kReasons = {{
        {"media-jam", {"printer.media_jam", "Máy in bị kẹt giấy.", "paper jam: clear the paper path", ProblemSeverity::Blocking}},
        {"cover-open", {"printer.cover_open", "Nắp máy in đang mở.", "printer cover open: close it", ProblemSeverity::Blocking}},
        {"door-open", {"printer.cover_open", "Nắp máy in đang mở.", "printer door open: close it", ProblemSeverity::Blocking}},
        {"media-empty", {"printer.media_empty", "Máy in đã hết giấy.", "out of paper: load a new roll", ProblemSeverity::Blocking}},
        {"media-needed", {"printer.media_empty", "Máy in đã hết giấy.", "out of paper: load a new roll", ProblemSeverity::Blocking}},
        {"marker-supply-empty", {"printer.marker_empty", "Máy in đã hết mực.", "marker supply empty: replace it", ProblemSeverity::Blocking}},
        {"offline", {"printer.offline", "Máy in đang mất kết nối.", "printer offline: check power and cable", ProblemSeverity::Transient}},
        {"shutdown", {"printer.offline", "Máy in đang mất kết nối.", "printer shut down: check power", ProblemSeverity::Transient}},
        {"connecting-to-device", {"printer.offline", "Máy in đang mất kết nối.", "cannot reach the printer: check power and cable", ProblemSeverity::Transient}},
        {"media-low", {"printer.media_low", "", "paper roll low: replace it soon", ProblemSeverity::Warning}},
        {"marker-supply-low", {"printer.marker_low", "", "marker supply low: replace it soon", ProblemSeverity::Warning}},
    }};
    return kReasons;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::vector<PrinterProblem> problemsFromReasons(const std::vector<std::string> &reasons)
{
    std::vector<PrinterProblem> problems;
    for (std::string_view reason : reasons) {
        if (endsWith(reason, "-report")) {
            // Informational by definition, except a printer that reports itself offline.
            if (reason != "offline-report") {
                continue;
            }
            reason.remove_suffix(7);
        }
        bool warningOnly = false;
        if (endsWith(reason, "-warning")) {
            reason.remove_suffix(8);
            warningOnly = true;
        } else if (endsWith(reason, "-error")) {
            reason.remove_suffix(6);
        }
        for (const auto &known : knownReasons()) {
            if (known.keyword != reason) {
                continue;
            }
            PrinterProblem problem = known.problem;
            if (warningOnly && problem.severity == ProblemSeverity::Blocking) {
                problem.severity = ProblemSeverity::Warning;
            }
            const bool seen = std::any_of(problems.begin(), problems.end(),
                                          [&](const PrinterProblem &p) { return p.code == problem.code; });
            if (!seen) {
                problems.push_back(problem);
            }
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const PrinterProblem &a, const PrinterProblem &b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return problems;
}

PrinterProblem printerStoppedProblem()
{
    return {"printer.stopped", "Máy in đang tạm dừng.", "print queue stopped: enable it (cupsenable)", ProblemSeverity::Blocking};
}

PrinterProblem printerMissingProblem()
{
    return {"printer.missing", "Không tìm thấy máy in.", "print queue not found: check printer.destination", ProblemSeverity::Blocking};
}

PrinterProblem printerUnreachableProblem()
{
    return {"printer.unreachable", "Máy in đang mất kết nối.", "cannot reach the print service (cupsd)", ProblemSeverity::Blocking};
}

PrinterProblem printerTimeoutProblem()
{
    return {"printer.timeout", "Máy in không phản hồi.", "job did not complete in time; cancelled", ProblemSeverity::Blocking};
}

PrinterProblem printJobAbortedProblem()
{
    return {"printer.job_aborted", "Máy in gặp lỗi khi in.", "job aborted or cancelled by the printer", ProblemSeverity::Blocking};
}

std::string citizenMessageAfterFailure(const PrinterProblem &problem)
{
    const std::string what = problem.citizenMessage.empty() ? "Máy in đang gặp sự cố." : problem.citizenMessage;
    return what + " Giấy của quý vị đã được lưu lại; vui lòng báo cán bộ hướng dẫn để in lại.";
}

}  // namespace motcua
