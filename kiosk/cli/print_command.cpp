#include "kiosk/cli/print_command.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

#include "kiosk/cli/print_cli_support.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/print/document_renderer.h"
#include "kiosk/print/print_content_json.h"
#include "kiosk/print/print_service.h"
#include "kiosk/print/receipt_layout.h"
#include "kiosk/print/ticket_layout.h"
#include "kiosk/store/migrations.h"

namespace motcua::cli {
namespace {

struct PrintArgs {
    PrinterFlags printer;
    std::string output;
    std::string number = "A001";
    std::string service = "Cấp hộ chiếu phổ thông";
    int ahead = 0;
    int wait = 0;
    std::string reference;
    bool citizen = false;
};

// --output FILE: .png renders the printable column, anything else a PDF page.
bool writeDocument(const PrintDocument &document, const PaperFormat &paper, const std::string &file)
{
    const bool png = file.size() > 4 && file.compare(file.size() - 4, 4, ".png") == 0;
    if (png) {
        auto image = renderImage(document, paper);
        if (!image || !image->save(QString::fromStdString(file))) {
            std::fprintf(stderr, "motcua: cannot write %s%s%s\n", file.c_str(), image ? "" : ": ",
                         image ? "" : image.error().message.c_str());
            return false;
        }
        return true;
    }
    auto pdf = renderPdf(document, paper);
    QFile out(QString::fromStdString(file));
    if (!pdf || !out.open(QIODevice::WriteOnly) || out.write(*pdf) != pdf->size()) {
        std::fprintf(stderr, "motcua: cannot write %s\n", file.c_str());
        return false;
    }
    return true;
}

std::optional<Database> openKioskStore(const Config &config)
{
    auto dir = ensureDataDirectory(config);
    if (!dir) {
        std::fprintf(stderr, "motcua: %s\n", dir.error().message.c_str());
        return std::nullopt;
    }
    auto db = openStore(*dir / "motcua.sqlite");
    if (!db) {
        std::fprintf(stderr, "motcua: %s\n", db.error().message.c_str());
        return std::nullopt;
    }
    return std::move(*db);
}

int report(const GlobalOptions &options, const Result<PrintOutcome> &outcome, const std::string &what)
{
    if (!outcome) {
        std::fprintf(stderr, "motcua: %s: %s (%s)\n", what.c_str(), outcome.error().message.c_str(),
                     outcome.error().code.c_str());
        return kCheckFailed;
    }
    if (options.json) {
        nlohmann::json out{{"what", what}, {"printed", outcome->printed}, {"record", outcome->recordId},
                           {"cups_job", outcome->cupsJobId}};
        if (outcome->problem) {
            out["problem"] = {{"code", outcome->problem->code},
                              {"citizen_message", outcome->citizenMessage},
                              {"guide_message", outcome->problem->guideMessage}};
        }
        std::puts(out.dump(2).c_str());
    } else if (outcome->printed) {
        std::printf("%s: printed (CUPS job %d, stored as record %lld)\n", what.c_str(), outcome->cupsJobId,
                    static_cast<long long>(outcome->recordId));
    } else {
        std::printf("%s: NOT printed — %s\n  guide: %s (%s)\n  kept as record %lld for reprint\n", what.c_str(),
                    outcome->citizenMessage.c_str(), outcome->problem->guideMessage.c_str(),
                    outcome->problem->code.c_str(), static_cast<long long>(outcome->recordId));
    }
    return outcome->printed ? kOk : kCheckFailed;
}

void runStatus(const GlobalOptions &options, const PrintArgs &args, int &exitCode)
{
    const auto config = loadConfigOrReport(options);
    if (!config) {
        exitCode = kUsage;
        return;
    }
    auto printer = printerFor(*config, args.printer);
    if (!printer) {
        std::fprintf(stderr, "motcua: %s\n", printer.error().message.c_str());
        exitCode = kCheckFailed;
        return;
    }
    auto status = (*printer)->status();
    if (!status) {
        const auto problem = problemFromError(status.error());
        if (options.json) {
            std::puts(nlohmann::json{{"ready", false},
                                     {"problem", {{"code", problem.code}, {"citizen_message", problem.citizenMessage},
                                                  {"guide_message", problem.guideMessage}}}}
                          .dump(2)
                          .c_str());
        } else {
            std::printf("printer: NOT ready — %s (%s)\n", problem.citizenMessage.c_str(), problem.code.c_str());
        }
        exitCode = kCheckFailed;
        return;
    }
    const auto blocking = status->blockingProblem();
    const char *state = status->state == PrinterState::Stopped      ? "stopped"
                        : status->state == PrinterState::Processing ? "processing"
                                                                    : "idle";
    if (options.json) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto &p : status->problems) {
            problems.push_back({{"code", p.code}, {"citizen_message", p.citizenMessage}, {"guide_message", p.guideMessage},
                                {"blocking", p.severity == ProblemSeverity::Blocking}});
        }
        std::puts(nlohmann::json{{"destination", status->destination}, {"state", state},
                                 {"accepting_jobs", status->acceptingJobs}, {"reasons", status->reasons},
                                 {"message", status->message}, {"problems", problems}, {"ready", !blocking}}
                      .dump(2)
                      .c_str());
    } else {
        std::printf("printer %s: %s%s\n", status->destination.c_str(), state,
                    status->acceptingJobs ? "" : ", not accepting jobs");
        for (const auto &p : status->problems) {
            std::printf("  %s: %s %s\n", p.code.c_str(), p.guideMessage.c_str(),
                        p.citizenMessage.empty() ? "" : ("— \"" + p.citizenMessage + "\"").c_str());
        }
        std::printf("%s\n", blocking ? ("NOT ready: " + blocking->code).c_str() : "ready");
    }
    exitCode = blocking ? kCheckFailed : kOk;
}

}  // namespace

std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv)
{
    bool printing = false;
    for (int i = 1; i < argc; ++i) {
        printing = printing || std::strcmp(argv[i], "print") == 0 || std::strcmp(argv[i], "--print") == 0;
    }
    if (!printing) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // the CLI never opens a window
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

void addPrintCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    static PrintArgs args;
    auto *print = app.add_subcommand("print", "Print tickets and receipts through CUPS (or render them to files)");
    print->require_subcommand(1);
    addPrinterFlags(*print, args.printer);

    auto *status = print->add_subcommand("status", "Printer state and what it means for the citizen");
    status->callback([&options, &exitCode] { runStatus(options, args, exitCode); });

    auto *ticket = print->add_subcommand("ticket", "Print a queue ticket (stored first, reprintable)");
    ticket->add_option("--number", args.number, "Ticket number, e.g. A012");
    ticket->add_option("--service", args.service, "Service name");
    ticket->add_option("--ahead", args.ahead, "People ahead")->check(CLI::NonNegativeNumber);
    ticket->add_option("--wait", args.wait, "Estimated wait in minutes")->check(CLI::NonNegativeNumber);
    ticket->add_option("--output", args.output, "Write FILE (.png or .pdf) instead of printing");

    auto *test = print->add_subcommand("test", "Print a sample ticket (not stored) to check the printer end to end");
    test->add_option("--output", args.output, "Write FILE (.png or .pdf) instead of printing");

    auto *receipt = print->add_subcommand("receipt", "Reprint a stored receipt by its receipt number or local reference");
    receipt->add_option("REF", args.reference, "Receipt number or local reference")->required();
    receipt->add_flag("--citizen", args.citizen, "Count it as the citizen's one reprint (default: a guide's reprint)");
    receipt->add_option("--output", args.output, "Write FILE (.png or .pdf) instead of printing");

    auto *pending = print->add_subcommand("pending", "Tickets and receipts that did not print, for reprint");

    auto run = [&options, &exitCode](const std::string &which) {
        const auto config = loadConfigOrReport(options);
        if (!config) {
            exitCode = kUsage;
            return;
        }
        const PaperFormat paper = paperFormatById(args.printer.paper);
        if (which == "test" || which == "ticket") {
            auto content = ticketFor(*config, which == "test" ? "TEST" : args.number, args.service, args.ahead, args.wait);
            if (!args.output.empty()) {
                exitCode = writeDocument(layoutTicket(content), paper, args.output) ? kOk : kCheckFailed;
                return;
            }
            auto printer = printerFor(*config, args.printer);
            if (!printer) {
                std::fprintf(stderr, "motcua: %s\n", printer.error().message.c_str());
                exitCode = kCheckFailed;
                return;
            }
            if (which == "test") {
                QElapsedTimer timer;
                timer.start();
                auto pdf = renderPdf(layoutTicket(content), paper);
                auto job = pdf ? (*printer)->submit(PrintRequest{"test page", *pdf}) : Result<SubmittedJob>(unexpected(pdf.error()));
                auto done = job ? (*printer)->follow(*job) : Result<JobResult>(unexpected(job.error()));
                if (!done || done->end != JobEnd::Completed) {
                    const auto problem = done ? printJobAbortedProblem() : problemFromError(done.error());
                    std::printf("test page: NOT printed — %s (%s)\n", problem.citizenMessage.c_str(), problem.code.c_str());
                    exitCode = kCheckFailed;
                    return;
                }
                std::printf("test page: printed on %s, job %d, %lld ms\n", job->destination.c_str(), done->jobId,
                            static_cast<long long>(timer.elapsed()));
                exitCode = kOk;
                return;
            }
            auto db = openKioskStore(*config);
            if (!db) {
                exitCode = kCheckFailed;
                return;
            }
            SystemClock clock;
            PrintService service(*db, **printer, clock, paper);
            exitCode = report(options, service.printTicket(content), "ticket " + content.number);
            return;
        }
        auto db = openKioskStore(*config);
        if (!db) {
            exitCode = kCheckFailed;
            return;
        }
        if (which == "pending") {
            auto jobs = PrintJobStore(*db).unprinted();
            if (!jobs) {
                std::fprintf(stderr, "motcua: %s\n", jobs.error().message.c_str());
                exitCode = kCheckFailed;
                return;
            }
            nlohmann::json out = nlohmann::json::array();
            for (const auto &job : *jobs) {
                out.push_back({{"kind", job.kind}, {"reference", job.reference}, {"state", toString(job.state)},
                               {"attempts", job.attempts}, {"last_error", job.lastError}});
                if (!options.json) {
                    std::printf("%-8s %-28s %-8s attempts %d  %s\n", job.kind.c_str(), job.reference.c_str(),
                                toString(job.state), job.attempts, job.lastError.c_str());
                }
            }
            if (options.json) {
                std::puts(out.dump(2).c_str());
            } else if (jobs->empty()) {
                std::puts("nothing waiting for reprint");
            }
            exitCode = kOk;
            return;
        }
        // receipt REF
        if (auto found = PrintJobStore(*db).findByReference("receipt", args.reference); !found || !found->has_value()) {
            std::fprintf(stderr, "motcua: no stored receipt %s\n", args.reference.c_str());
            exitCode = kCheckFailed;
            return;
        }
        if (!args.output.empty()) {
            auto record = PrintJobStore(*db).findByReference("receipt", args.reference);
            auto content = record && record->has_value() ? receiptFromJson((*record)->content)
                                                         : Result<ApplicationReceipt>(fail("print.not_found", "no such receipt"));
            if (!content) {
                std::fprintf(stderr, "motcua: no stored receipt %s\n", args.reference.c_str());
                exitCode = kCheckFailed;
                return;
            }
            exitCode = writeDocument(layoutReceipt(*content), paper, args.output) ? kOk : kCheckFailed;
            return;
        }
        auto printer = printerFor(*config, args.printer);
        if (!printer) {
            std::fprintf(stderr, "motcua: %s\n", printer.error().message.c_str());
            exitCode = kCheckFailed;
            return;
        }
        SystemClock clock;
        PrintService service(*db, **printer, clock, paper);
        exitCode = report(options,
                          service.reprint("receipt", args.reference, args.citizen ? Reprinter::Citizen : Reprinter::Guide),
                          "receipt " + args.reference);
    };
    ticket->callback([run] { run("ticket"); });
    test->callback([run] { run("test"); });
    receipt->callback([run] { run("receipt"); });
    pending->callback([run] { run("pending"); });
}

}  // namespace motcua::cli
