#include "kiosk/cli/queue_command.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/cli/print_cli_support.h"
#include "kiosk/core/clock.h"
#include "kiosk/print/paper_format.h"
#include "kiosk/print/print_service.h"
#include "kiosk/queue/queue_connection.h"
#include "kiosk/queue/queue_json.h"

namespace motcua::cli {
namespace {

using namespace motcua::queue;
using nlohmann::json;

struct QueueArgs {
    std::string service;
    std::string priority = "none";
    int counter = 0;
    std::string action = "next";
    std::string toService;
    int toCounter = 0;
    std::string pauseState = "on";
    int64_t after = 0;
    bool follow = false;
    std::string date;
    bool csv = false;
    bool print = false;
    std::string helpAction = "list";
    std::string helpTarget;  // request: the kiosk; answer: the request id
    PrinterFlags printer;
};

// The ticket on paper through the kiosk's print path (stored first, reprintable).
int printTicket(const Config &config, Database &db, const QueueArgs &args, const IssuedTicket &issued,
                bool asJson)
{
    auto printer = printerFor(config, args.printer);
    if (!printer) {
        std::fprintf(stderr, "motcua queue: %s\n", printer.error().message.c_str());
        return kCheckFailed;
    }
    std::string serviceName = issued.ticket.service;
    for (const auto &service : config.queue.services) {
        serviceName = service.code == issued.ticket.service ? service.nameVi : serviceName;
    }
    SystemClock clock;
    PrintService service(db, **printer, clock, paperFormatById(args.printer.paper));
    auto outcome = service.printTicket(
        ticketFor(config, issued.ticket.label, serviceName, issued.peopleAhead, issued.estimatedWaitMinutes));
    if (!outcome) {
        std::fprintf(stderr, "motcua queue: %s\n", outcome.error().message.c_str());
        return kCheckFailed;
    }
    if (!asJson) {
        std::printf(outcome->printed ? "printed (job %d)\n" : "NOT printed: %s\n",
                    outcome->printed ? outcome->cupsJobId : 0, outcome->citizenMessage.c_str());
    }
    return outcome->printed ? kOk : kCheckFailed;
}

// "2026-01-05" → "260105"; an empty date is today.
std::optional<std::string> dayCode(const std::string &date, const QueueHub &)
{
    if (date.empty()) {
        return std::string();
    }
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
        return std::nullopt;
    }
    return date.substr(2, 2) + date.substr(5, 2) + date.substr(8, 2);
}

int reportError(const Error &error)
{
    std::fprintf(stderr, "motcua queue: %s (%s)\n", error.message.c_str(), error.code.c_str());
    return error.code.rfind("hub.", 0) == 0 || error.code.rfind("store.", 0) == 0 ? kCheckFailed : kUsage;
}

void printCounter(const CounterView &view, bool asJson)
{
    if (asJson) {
        std::printf("%s\n", toJson(view).dump(2).c_str());
        return;
    }
    std::printf("counter %d%s: %s\n", view.counter, view.paused ? " (paused)" : "",
                view.current ? (view.current->label + " (" + view.current->queue + ")").c_str() : "no ticket");
}

int status(QueueHub &hub, bool asJson)
{
    auto snapshot = hub.snapshot();
    if (!snapshot) {
        return reportError(snapshot.error());
    }
    if (asJson) {
        std::printf("%s\n", toJson(*snapshot).dump(2).c_str());
        return kOk;
    }
    std::printf("day %s\n%-22s %-6s %8s %9s %7s %9s\n", snapshot->day.c_str(), "service", "letter", "waiting",
                "priority", "issued", "wait min");
    for (const auto &s : snapshot->services) {
        std::printf("%-22s %-6s %8d %9d %7d %9d%s\n", s.code.c_str(), s.prefix.c_str(), s.waiting, s.priorityWaiting,
                    s.issuedToday, s.estimatedWaitMinutes, s.open ? "" : "  closed");
    }
    for (const auto &c : snapshot->counters) {
        printCounter(c, false);
    }
    return kOk;
}

int stats(QueueHub &hub, const QueueArgs &args, bool asJson)
{
    auto day = dayCode(args.date, hub);
    if (!day) {
        std::fprintf(stderr, "motcua queue stats: --date is YYYY-MM-DD\n");
        return kUsage;
    }
    if (day->empty()) {
        auto snapshot = hub.snapshot();
        if (!snapshot) {
            return reportError(snapshot.error());
        }
        *day = snapshot->day;
    }
    auto rows = hub.stats(*day);
    if (!rows) {
        return reportError(rows.error());
    }
    if (asJson) {
        json list = json::array();
        for (const auto &row : *rows) {
            list.push_back(toJson(row));
        }
        std::printf("%s\n", list.dump(2).c_str());
        return kOk;
    }
    if (args.csv) {
        std::printf("service,hour,tickets,served,no_shows,wait_median_s,wait_p90_s,service_median_s,service_p90_s\n");
        for (const auto &r : *rows) {
            std::printf("%s,%d,%d,%d,%d,%.0f,%.0f,%.0f,%.0f\n", r.service.c_str(), r.hour, r.tickets, r.served,
                        r.noShows, r.waitMedianS, r.waitP90S, r.serviceMedianS, r.serviceP90S);
        }
        return kOk;
    }
    std::printf("%-22s %4s %7s %6s %8s %12s %12s\n", "service", "hour", "tickets", "served", "no-show",
                "wait p50/p90", "serve p50/p90");
    for (const auto &r : *rows) {
        std::printf("%-22s %02d:00 %6d %6d %8d %5.0f/%-5.0fs %5.0f/%-5.0fs\n", r.service.c_str(), r.hour, r.tickets,
                    r.served, r.noShows, r.waitMedianS, r.waitP90S, r.serviceMedianS, r.serviceP90S);
    }
    return kOk;
}

int events(QueueHub &hub, const QueueArgs &args, bool asJson)
{
    int64_t after = args.after;
    do {
        auto batch = hub.eventsAfter(after, std::chrono::milliseconds(args.follow ? 25000 : 0));
        if (!batch) {
            return reportError(batch.error());
        }
        for (const auto &e : *batch) {
            if (asJson) {
                std::printf("%s\n", toJson(e).dump().c_str());
            } else {
                std::printf("%lld %-11s %-6s %-20s counter %d\n", static_cast<long long>(e.seq), e.kind.c_str(),
                            e.label.c_str(), e.service.c_str(), e.counter);
            }
            after = e.seq;
        }
        std::fflush(stdout);
    } while (args.follow);
    return kOk;
}

// "Call a guide" from the command line: list the pending requests, raise one for a kiosk, answer one.
int help(QueueHub &hub, const QueueArgs &args, bool asJson)
{
    Result<std::vector<HelpRequest>> list = std::vector<HelpRequest>{};
    if (args.helpAction == "request") {
        auto asked = hub.requestHelp(args.helpTarget);
        list = asked ? Result<std::vector<HelpRequest>>{std::vector<HelpRequest>{*asked}} : unexpected(asked.error());
    } else if (args.helpAction == "answer") {
        int64_t id = 0;
        try {
            id = std::stoll(args.helpTarget);
        } catch (...) {
            std::fprintf(stderr, "motcua queue help answer: ID is a number\n");
            return kUsage;
        }
        auto answered = hub.settleHelp(id, HelpState::Acknowledged, "motcua queue");
        list = answered ? Result<std::vector<HelpRequest>>{std::vector<HelpRequest>{*answered}}
                        : unexpected(answered.error());
    } else {
        list = hub.pendingHelp();
    }
    if (!list) {
        return reportError(list.error());
    }
    json out = json::array();
    for (const auto &request : *list) {
        out.push_back(toJson(request));
        if (!asJson) {
            std::printf("%-6lld %-12s %s\n", static_cast<long long>(request.id), request.kiosk.c_str(),
                        helpStateName(request.state).c_str());
        }
    }
    if (asJson) {
        std::printf("%s\n", out.dump(2).c_str());
    }
    return kOk;
}

}  // namespace

void addQueueCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *queue = app.add_subcommand("queue", "The site's queue: status, tickets, counters, events, figures");
    queue->require_subcommand(1);
    auto args = std::make_shared<QueueArgs>();

    auto *statusCommand = queue->add_subcommand("status", "Waiting tickets per service and each counter's ticket");
    auto *issue = queue->add_subcommand("issue", "Take a number (as a kiosk would)");
    issue->add_option("SERVICE", args->service, "Service code")->required();
    issue->add_option("--priority", args->priority, "none|elderly|disability|pregnant|small_child|meritorious")
        ->capture_default_str();
    issue->add_flag("--print", args->print, "Print the ticket (80 mm) through the configured or given printer");
    addPrinterFlags(*issue, args->printer);
    auto *call = queue->add_subcommand("call", "A counter's action: next, recall, served, no-show");
    call->add_option("COUNTER", args->counter, "Counter number")->required();
    call->add_option("ACTION", args->action, "next|recall|served|no-show")
        ->check(CLI::IsMember({"next", "recall", "served", "no-show"}))
        ->capture_default_str();
    auto *transfer = queue->add_subcommand("transfer", "Send the counter's ticket to another service or counter");
    transfer->add_option("COUNTER", args->counter, "Counter number")->required();
    transfer->add_option("--service", args->toService, "Service code to queue for");
    transfer->add_option("--to-counter", args->toCounter, "Counter to go to");
    auto *pause = queue->add_subcommand("pause", "Pause or resume a counter");
    pause->add_option("COUNTER", args->counter, "Counter number")->required();
    pause->add_option("STATE", args->pauseState, "on|off")->check(CLI::IsMember({"on", "off"}))->capture_default_str();
    auto *eventsCommand = queue->add_subcommand("events", "What happened, in order (--follow waits for more)");
    eventsCommand->add_option("--after", args->after, "Sequence number to start after");
    eventsCommand->add_flag("--follow", args->follow, "Keep waiting for events");
    auto *statsCommand = queue->add_subcommand("stats", "Tickets, waiting and service times per service and hour");
    statsCommand->add_option("--date", args->date, "YYYY-MM-DD (default today)");
    statsCommand->add_flag("--csv", args->csv, "CSV output");

    auto *helpCommand = queue->add_subcommand("help", "Calls for a guide: list, request KIOSK, answer ID");
    helpCommand->add_option("ACTION", args->helpAction, "list|request|answer")
        ->check(CLI::IsMember({"list", "request", "answer"}))
        ->capture_default_str();
    helpCommand->add_option("TARGET", args->helpTarget, "request: the kiosk's id; answer: the request's id");

    queue->callback([&options, &exitCode, args, statusCommand, issue, call, transfer, pause, eventsCommand,
                     statsCommand, helpCommand] {
        auto config = loadConfigOrReport(options);
        if (!config) {
            exitCode = kUsage;
            return;
        }
        SystemClock clock;
        auto connection = connectQueue(*config, clock);
        if (!connection) {
            exitCode = reportError(connection.error());
            return;
        }
        auto &hub = *connection->hub;
        if (statusCommand->parsed()) {
            exitCode = status(hub, options.json);
        } else if (issue->parsed()) {
            const auto priority = priorityFromName(args->priority);
            if (!priority) {
                std::fprintf(stderr, "motcua queue issue: unknown priority '%s'\n", args->priority.c_str());
                exitCode = kUsage;
                return;
            }
            auto ticket = hub.issue(config->site.kioskId, args->service, *priority, {});
            if (!ticket) {
                exitCode = reportError(ticket.error());
                return;
            }
            if (options.json) {
                std::printf("%s\n", toJson(*ticket).dump(2).c_str());
            } else {
                std::printf("%s  %d ahead, about %d min\n", ticket->ticket.label.c_str(), ticket->peopleAhead,
                            ticket->estimatedWaitMinutes);
            }
            exitCode = args->print ? printTicket(*config, *connection->db, *args, *ticket, options.json) : kOk;
        } else if (call->parsed() || transfer->parsed() || pause->parsed()) {
            Result<CounterView> view = fail("queue.usage", "no action");
            if (transfer->parsed()) {
                view = hub.transfer(args->counter, args->toService, args->toCounter);
            } else if (pause->parsed()) {
                view = hub.pause(args->counter, args->pauseState == "on");
            } else {
                const auto action = args->action == "next"     ? CounterAction::Next
                                    : args->action == "recall" ? CounterAction::Recall
                                    : args->action == "served" ? CounterAction::Served
                                                               : CounterAction::NoShow;
                view = hub.act(args->counter, action);
            }
            if (!view) {
                exitCode = reportError(view.error());
                return;
            }
            printCounter(*view, options.json);
            exitCode = kOk;
        } else if (eventsCommand->parsed()) {
            exitCode = events(hub, *args, options.json);
        } else if (statsCommand->parsed()) {
            exitCode = stats(hub, *args, options.json);
        } else if (helpCommand->parsed()) {
            exitCode = help(hub, *args, options.json);
        }
    });
}

}  // namespace motcua::cli
