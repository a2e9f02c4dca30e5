#include "kiosk/queue/queue_json.h"

namespace motcua::queue {

using nlohmann::json;

json toJson(const Ticket &t)
{
    return {{"day", t.day},
            {"service", t.service},
            {"number", t.number},
            {"label", t.label},
            {"queue", t.queue},
            {"priority", priorityName(t.priority)},
            {"state", ticketStateName(t.state)},
            {"kiosk", t.kiosk},
            {"issued_at", t.issuedAtMs},
            {"called_at", t.calledAtMs},
            {"finished_at", t.finishedAtMs},
            {"counter", t.counter},
            {"target_counter", t.targetCounter},
            {"calls", t.calls}};
}

Ticket ticketFromJson(const json &j)
{
    Ticket t;
    t.day = j.at("day").get<std::string>();
    t.service = j.at("service").get<std::string>();
    t.number = j.at("number").get<int>();
    t.label = j.value("label", std::string());
    t.queue = j.value("queue", t.service);
    t.priority = priorityFromName(j.value("priority", std::string("none"))).value_or(Priority::None);
    t.state = ticketStateFromName(j.value("state", std::string("waiting"))).value_or(TicketState::Waiting);
    t.kiosk = j.value("kiosk", std::string());
    t.issuedAtMs = j.value("issued_at", int64_t{0});
    t.calledAtMs = j.value("called_at", int64_t{0});
    t.finishedAtMs = j.value("finished_at", int64_t{0});
    t.counter = j.value("counter", 0);
    t.targetCounter = j.value("target_counter", 0);
    t.calls = j.value("calls", 0);
    return t;
}

json toJson(const IssuedTicket &issued)
{
    return {{"ticket", toJson(issued.ticket)},
            {"people_ahead", issued.peopleAhead},
            {"estimated_wait_min", issued.estimatedWaitMinutes},
            {"from_lease", issued.fromLease}};
}

IssuedTicket issuedFromJson(const json &j)
{
    return {ticketFromJson(j.at("ticket")), j.value("people_ahead", 0), j.value("estimated_wait_min", 0),
            j.value("from_lease", false)};
}

json toJson(const Lease &lease)
{
    return {{"day", lease.day}, {"service", lease.service}, {"first", lease.first}, {"last", lease.last}};
}

Lease leaseFromJson(const json &j)
{
    return {j.at("day").get<std::string>(), j.at("service").get<std::string>(), j.at("first").get<int>(),
            j.at("last").get<int>()};
}

json toJson(const SyncOutcome &outcome)
{
    return {{"accepted", outcome.accepted}, {"rejected", outcome.rejected}};
}

SyncOutcome syncFromJson(const json &j)
{
    return {j.at("accepted").get<int>(), j.at("rejected").get<int>()};
}

json toJson(const CounterView &view)
{
    json j = {{"counter", view.counter}, {"paused", view.paused}, {"current", nullptr}};
    if (view.current) {
        j["current"] = toJson(*view.current);
    }
    return j;
}

CounterView counterFromJson(const json &j)
{
    CounterView view{j.at("counter").get<int>(), j.value("paused", false), std::nullopt};
    if (j.contains("current") && j["current"].is_object()) {
        view.current = ticketFromJson(j["current"]);
    }
    return view;
}

json toJson(const ServiceView &v)
{
    return {{"code", v.code},
            {"prefix", v.prefix},
            {"name_vi", v.nameVi},
            {"name_en", v.nameEn},
            {"open", v.open},
            {"waiting", v.waiting},
            {"priority_waiting", v.priorityWaiting},
            {"issued_today", v.issuedToday},
            {"estimated_wait_min", v.estimatedWaitMinutes}};
}

ServiceView serviceViewFromJson(const json &j)
{
    return {j.at("code").get<std::string>(),
            j.value("prefix", std::string()),
            j.value("name_vi", std::string()),
            j.value("name_en", std::string()),
            j.value("open", false),
            j.value("waiting", 0),
            j.value("priority_waiting", 0),
            j.value("issued_today", 0),
            j.value("estimated_wait_min", 0)};
}

json toJson(const QueueEvent &e)
{
    return {{"seq", e.seq},         {"kind", e.kind},       {"service", e.service},
            {"label", e.label},     {"counter", e.counter}, {"at", e.atMs}};
}

QueueEvent eventFromJson(const json &j)
{
    return {j.at("seq").get<int64_t>(), j.at("kind").get<std::string>(), j.value("service", std::string()),
            j.value("label", std::string()), j.value("counter", 0), j.value("at", int64_t{0})};
}

json toJson(const QueueSnapshot &s)
{
    json services = json::array(), counters = json::array(), calls = json::array();
    for (const auto &v : s.services) {
        services.push_back(toJson(v));
    }
    for (const auto &c : s.counters) {
        counters.push_back(toJson(c));
    }
    for (const auto &e : s.recentCalls) {
        calls.push_back(toJson(e));
    }
    return {{"day", s.day}, {"services", services}, {"counters", counters}, {"recent_calls", calls},
            {"last_seq", s.lastSeq}};
}

QueueSnapshot snapshotFromJson(const json &j)
{
    QueueSnapshot s;
    s.day = j.at("day").get<std::string>();
    for (const auto &v : j.at("services")) {
        s.services.push_back(serviceViewFromJson(v));
    }
    for (const auto &c : j.at("counters")) {
        s.counters.push_back(counterFromJson(c));
    }
    for (const auto &e : j.at("recent_calls")) {
        s.recentCalls.push_back(eventFromJson(e));
    }
    s.lastSeq = j.value("last_seq", int64_t{0});
    return s;
}

json toJson(const ServiceHourStats &s)
{
    return {{"service", s.service},
            {"hour", s.hour},
            {"tickets", s.tickets},
            {"served", s.served},
            {"no_shows", s.noShows},
            {"wait_median_s", s.waitMedianS},
            {"wait_p90_s", s.waitP90S},
            {"service_median_s", s.serviceMedianS},
            {"service_p90_s", s.serviceP90S}};
}

ServiceHourStats statsFromJson(const json &j)
{
    return {j.at("service").get<std::string>(),
            j.at("hour").get<int>(),
            j.value("tickets", 0),
            j.value("served", 0),
            j.value("no_shows", 0),
            j.value("wait_median_s", 0.0),
            j.value("wait_p90_s", 0.0),
            j.value("service_median_s", 0.0),
            j.value("service_p90_s", 0.0)};
}

json toJson(const HelpRequest &help)
{
    return {{"id", help.id}, {"kiosk", help.kiosk}, {"requested_at", help.requestedAtMs},
            {"state", helpStateName(help.state)}, {"settled_at", help.settledAtMs}, {"settled_by", help.settledBy}};
}

HelpRequest helpFromJson(const json &j)
{
    HelpRequest help;
    help.id = j.at("id").get<int64_t>();
    help.kiosk = j.at("kiosk").get<std::string>();
    help.requestedAtMs = j.at("requested_at").get<int64_t>();
    help.state = helpStateFromName(j.at("state").get<std::string>()).value_or(HelpState::Pending);
    help.settledAtMs = j.value("settled_at", int64_t{0});
    help.settledBy = j.value("settled_by", std::string());
    return help;
}

json errorJson(const Error &error)
{
    return {{"error", {{"code", error.code}, {"message", error.message}}}};
}

}  // namespace motcua::queue
