#include "kiosk/cli/bench_print_command.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/cli/print_cli_support.h"
#include "kiosk/core/percentiles.h"
#include "kiosk/print/document_renderer.h"
#include "kiosk/print/print_content_json.h"
#include "kiosk/print/print_job_store.h"
#include "kiosk/print/ticket_layout.h"
#include "kiosk/store/migrations.h"

namespace motcua::cli {

void addBenchPrintCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    static int runs = 20;
    static PrinterFlags flags;
    auto *print = bench.add_subcommand("print", "Take a number to job accepted by cupsd: p50/p95");
    print->add_option("--runs", runs, "Number of tickets")->check(CLI::Range(1, 500));
    addPrinterFlags(*print, flags);
    print->callback([&options, &exitCode] {
        const auto config = loadConfigOrReport(options);
        if (!config) {
            exitCode = kUsage;
            return;
        }
        auto printer = printerFor(*config, flags);
        if (!printer) {
            std::fprintf(stderr, "motcua: %s\n", printer.error().message.c_str());
            exitCode = kCheckFailed;
            return;
        }
        // A private store: the benchmark never writes into the kiosk's database.
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("bench.sqlite")).toStdString());
        if (!dir.isValid() || !db) {
            std::fprintf(stderr, "motcua: cannot create a temporary store\n");
            exitCode = kCheckFailed;
            return;
        }
        PrintJobStore store(*db);
        const PaperFormat paper = paperFormatById(flags.paper);
        std::vector<double> samples;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            char number[16];
            std::snprintf(number, sizeof(number), "B%03d", run + 1);
            const auto ticket = ticketFor(*config, number, "Cấp hộ chiếu phổ thông", run, run * 3);
            auto stored = store.add("ticket", ticket.number, ticketToJson(ticket), std::chrono::system_clock::now());
            auto pdf = stored ? renderPdf(layoutTicket(ticket), paper) : Result<QByteArray>(unexpected(stored.error()));
            auto job = pdf ? (*printer)->submit(PrintRequest{"ticket " + ticket.number, *pdf})
                           : Result<SubmittedJob>(unexpected(pdf.error()));
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (!job) {
                std::fprintf(stderr, "motcua: run %d: %s (%s)\n", run + 1, job.error().message.c_str(),
                             job.error().code.c_str());
                exitCode = kCheckFailed;
                return;
            }
            samples.push_back(ms);
            // Not timed: let the job finish so the queue does not grow during the benchmark.
            (void)(*printer)->follow(*job);
        }
        const auto summary = summarize(samples);
        if (options.json) {
            std::puts(nlohmann::json{{"benchmark", "print"}, {"runs", summary.count}, {"p50_ms", summary.median},
                                     {"p95_ms", summary.p95}, {"min_ms", summary.min}, {"max_ms", summary.max},
                                     {"samples_ms", samples}}
                          .dump(2)
                          .c_str());
        } else {
            std::printf("take a number → job accepted by the spooler (%d runs): p50 %.1f ms, p95 %.1f ms, min %.1f ms, "
                        "max %.1f ms\n",
                        static_cast<int>(summary.count), summary.median, summary.p95, summary.min, summary.max);
        }
        exitCode = kOk;
    });
}

}  // namespace motcua::cli
