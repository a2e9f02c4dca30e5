#include "tools/hub/hub_server.h"

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

#include "kiosk/core/clock.h"
#include "kiosk/queue/queue_engine.h"
#include "kiosk/queue/queue_json.h"
#include "kiosk/queue/queue_log.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/wal_checkpointer.h"
#include "tools/portal-sim/listen_in_background.h"

namespace motcua {
namespace {

using nlohmann::json;
using namespace motcua::queue;

struct Reply {
    int status = 200;
    std::string body;
};

Reply errorReply(const Error &error)
{
    const bool unknown = error.code == "queue.unknown_service" || error.code == "queue.unknown_help";
    const int status = error.code.rfind("store.", 0) == 0 ? 500 : unknown ? 404 : 409;
    return {status, errorJson(error).dump()};
}

template <class T>
Reply replyFrom(const Result<T> &result)
{
    if (result) {
        return {200, toJson(*result).dump()};
    }
    return errorReply(result.error());
}

Reply badRequest(const std::string &message)
{
    return {400, errorJson(Error{"hub.bad_request", message}).dump()};
}

void send(httplib::Response &res, const Reply &reply)
{
    res.status = reply.status;
    res.set_content(reply.body, "application/json");
}

// Group commit: requests queue up while the previous group is being synced to disk.
class GroupWriter {
public:
    GroupWriter(Database &db, QueueEngine &engine) : m_db(db), m_engine(engine), m_thread([this] { run(); }) {}

    ~GroupWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    Reply submit(std::function<Reply(QueueEngine &)> work)
    {
        std::promise<Reply> promise;
        auto answer = promise.get_future();
        {
            std::lock_guard lock(m_mutex);
            m_pending.push_back({std::move(work), std::move(promise)});
        }
        m_wake.notify_one();
        return answer.get();
    }

    // Wakes when a group was committed, or at the deadline.
    void waitForCommit(uint64_t seen, std::chrono::steady_clock::time_point deadline)
    {
        std::unique_lock lock(m_mutex);
        m_committed.wait_until(lock, deadline, [&] { return m_generation != seen || m_stopping; });
    }
    uint64_t generation()
    {
        std::lock_guard lock(m_mutex);
        return m_generation;
    }

private:
    struct Job {
        std::function<Reply(QueueEngine &)> work;
        std::promise<Reply> promise;
    };

    void run()
    {
        while (true) {
            std::deque<Job> group;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stopping || !m_pending.empty(); });
                if (m_pending.empty()) {
                    return;
                }
                group.swap(m_pending);
            }
            std::vector<Reply> replies;
            replies.reserve(group.size());
            bool committed = m_db.execute("BEGIN IMMEDIATE").has_value();
            if (committed) {
                for (auto &job : group) {
                    replies.push_back(job.work(m_engine));
                }
                committed = m_db.execute("COMMIT").has_value();
                if (!committed) {
                    (void)m_db.execute("ROLLBACK");
                }
            }
            if (!committed) {
                qCWarning(lcQueue) << "group commit failed:" << sqlite3_errmsg(m_db.handle());
                replies.assign(group.size(), Reply{503, errorJson(Error{"hub.unavailable", "could not save"}).dump()});
            }
            {
                std::lock_guard lock(m_mutex);
                ++m_generation;
            }
            m_committed.notify_all();
            for (size_t i = 0; i < group.size(); ++i) {
                group[i].promise.set_value(std::move(replies[i]));
            }
        }
    }

    Database &m_db;
    QueueEngine &m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_committed;
    std::deque<Job> m_pending;
    uint64_t m_generation = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

std::optional<json> parseBody(const httplib::Request &req)
{
    auto parsed = json::parse(req.body, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        return std::nullopt;
    }
    return parsed;
}

}  // namespace

struct HubServer::Impl {
    HubOptions options;
    SystemClock clock;
    Database writeDb;
    Database readDb;
    QueueEngine writeEngine;
    QueueEngine readEngine;
    std::mutex readMutex;
    std::unique_ptr<GroupWriter> writer;
    std::unique_ptr<WalCheckpointer> checkpointer;  // WAL checkpoints off the writer's commits
    httplib::SSLServer server;
    std::thread thread;

    Impl(const HubOptions &opts, Database writing, Database reading)
        : options(opts)
        , writeDb(std::move(writing))
        , readDb(std::move(reading))
        , writeEngine(writeDb, clock, opts.services)
        , readEngine(readDb, clock, opts.services)
        , server(opts.cert.c_str(), opts.key.c_str(), opts.clientCa.empty() ? nullptr : opts.clientCa.c_str())
    {
        writer = std::make_unique<GroupWriter>(writeDb, writeEngine);
        const int threads = std::max(4, opts.threads);
        server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
        server.set_tcp_nodelay(true);
        server.set_keep_alive_max_count(100000);
        server.set_keep_alive_timeout(5);  // also how long a stop waits for idle connections
        routes();
    }

    template <class F>
    Reply read(F &&work)
    {
        std::lock_guard lock(readMutex);
        return replyFrom(work(readEngine));
    }

    void routes()
    {
        server.Post("/v1/tickets", [this](const httplib::Request &req, httplib::Response &res) {
            const auto body = parseBody(req);
            if (!body || !(*body)["service"].is_string()) {
                return send(res, badRequest("expected {service, priority, kiosk, request_id}"));
            }
            const auto priority = priorityFromName(body->value("priority", std::string("none")));
            if (!priority) {
                return send(res, badRequest("unknown priority"));
            }
            const auto kiosk = body->value("kiosk", std::string());
            const auto service = (*body)["service"].get<std::string>();
            const auto requestId = body->value("request_id", std::string());
            send(res, writer->submit([=](QueueEngine &engine) {
                return replyFrom(engine.issue(kiosk, service, *priority, requestId));
            }));
        });
        server.Post("/v1/leases", [this](const httplib::Request &req, httplib::Response &res) {
            const auto body = parseBody(req);
            if (!body || !(*body)["service"].is_string() || !(*body)["kiosk"].is_string()) {
                return send(res, badRequest("expected {kiosk, service, count}"));
            }
            const auto kiosk = (*body)["kiosk"].get<std::string>();
            const auto service = (*body)["service"].get<std::string>();
            const int count = body->value("count", 10);
            send(res, writer->submit(
                          [=](QueueEngine &engine) { return replyFrom(engine.lease(kiosk, service, count)); }));
        });
        server.Post("/v1/sync", [this](const httplib::Request &req, httplib::Response &res) {
            const auto body = parseBody(req);
            if (!body || !(*body)["kiosk"].is_string() || !(*body)["tickets"].is_array()) {
                return send(res, badRequest("expected {kiosk, tickets: […]}"));
            }
            std::vector<Ticket> tickets;
            try {
                for (const auto &t : (*body)["tickets"]) {
                    tickets.push_back(ticketFromJson(t));
                }
            } catch (const json::exception &) {
                return send(res, badRequest("unreadable ticket"));
            }
            const auto kiosk = (*body)["kiosk"].get<std::string>();
            send(res, writer->submit([=](QueueEngine &engine) { return replyFrom(engine.sync(kiosk, tickets)); }));
        });
        server.Post(R"(/v1/counters/(\d{1,3})/(next|recall|served|no-show|transfer|pause))",
                    [this](const httplib::Request &req, httplib::Response &res) {
                        const int counter = std::stoi(req.matches[1].str());
                        const std::string action = req.matches[2].str();
                        const auto body = parseBody(req).value_or(json::object());
                        if (action == "transfer") {
                            const auto service = body.value("service", std::string());
                            const int to = body.value("counter", 0);
                            return send(res, writer->submit([=](QueueEngine &engine) {
                                return replyFrom(engine.transfer(counter, service, to));
                            }));
                        }
                        if (action == "pause") {
                            const bool paused = body.value("paused", true);
                            return send(res, writer->submit([=](QueueEngine &engine) {
                                return replyFrom(engine.pause(counter, paused));
                            }));
                        }
                        const CounterAction act = action == "next"     ? CounterAction::Next
                                                  : action == "recall" ? CounterAction::Recall
                                                  : action == "served" ? CounterAction::Served
                                                                       : CounterAction::NoShow;
                        send(res, writer->submit(
                                      [=](QueueEngine &engine) { return replyFrom(engine.act(counter, act)); }));
                    });
        server.Get("/v1/snapshot", [this](const httplib::Request &, httplib::Response &res) {
            send(res, read([](QueueEngine &engine) { return engine.snapshot(); }));
        });
        server.Get("/v1/stats", [this](const httplib::Request &req, httplib::Response &res) {
            const auto day = req.get_param_value("day");
            std::lock_guard lock(readMutex);
            auto rows = readEngine.stats(day.empty() ? readEngine.today() : day);
            if (!rows) {
                return send(res, errorReply(rows.error()));
            }
            json list = json::array();
            for (const auto &row : *rows) {
                list.push_back(toJson(row));
            }
            send(res, {200, json{{"rows", list}}.dump()});
        });
        server.Get("/v1/events", [this](const httplib::Request &req, httplib::Response &res) {
            int64_t after = 0;
            int waitMs = 0;
            try {
                after = req.has_param("after") ? std::stoll(req.get_param_value("after")) : 0;
                waitMs = req.has_param("wait_ms") ? std::stoi(req.get_param_value("wait_ms")) : 0;
            } catch (...) {
                return send(res, badRequest("after and wait_ms are numbers"));
            }
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::clamp(waitMs, 0, 30000));
            while (true) {
                const auto seen = writer->generation();
                Result<std::vector<QueueEvent>> events = std::vector<QueueEvent>{};
                {
                    std::lock_guard lock(readMutex);
                    events = readEngine.eventsAfter(after);
                }
                if (!events) {
                    return send(res, errorReply(events.error()));
                }
                if (!events->empty() || std::chrono::steady_clock::now() >= deadline) {
                    json list = json::array();
                    for (const auto &e : *events) {
                        list.push_back(toJson(e));
                    }
                    return send(res, {200, json{{"events", list}}.dump()});
                }
                writer->waitForCommit(seen, deadline);
            }
        });
        helpRoutes();
        server.Get("/v1/health", [](const httplib::Request &, httplib::Response &res) {
            send(res, {200, R"({"status":"ok"})"});
        });
    }

    // "Call a guide": kiosks raise, guide screens and counters acknowledge, a session's end cancels.
    void helpRoutes()
    {
        server.Post("/v1/help", [this](const httplib::Request &req, httplib::Response &res) {
            const auto body = parseBody(req);
            if (!body || !(*body)["kiosk"].is_string()) {
                return send(res, badRequest("expected {kiosk}"));
            }
            const auto kiosk = (*body)["kiosk"].get<std::string>();
            send(res, writer->submit([=](QueueEngine &engine) { return replyFrom(engine.requestHelp(kiosk)); }));
        });
        server.Post(R"(/v1/help/(\d{1,18})/(acknowledge|cancel))",
                    [this](const httplib::Request &req, httplib::Response &res) {
                        const int64_t id = std::stoll(req.matches[1].str());
                        const auto outcome =
                            req.matches[2].str() == "acknowledge" ? HelpState::Acknowledged : HelpState::Cancelled;
                        const auto by = parseBody(req).value_or(json::object()).value("by", std::string());
                        send(res, writer->submit(
                                      [=](QueueEngine &engine) { return replyFrom(engine.settleHelp(id, outcome, by)); }));
                    });
        server.Get("/v1/help", [this](const httplib::Request &, httplib::Response &res) {
            std::lock_guard lock(readMutex);
            auto pending = readEngine.pendingHelp();
            if (!pending) {
                return send(res, errorReply(pending.error()));
            }
            json list = json::array();
            for (const auto &help : *pending) {
                list.push_back(toJson(help));
            }
            send(res, {200, json{{"pending", list}}.dump()});
        });
    }
};

Result<std::unique_ptr<HubServer>> HubServer::create(const HubOptions &options)
{
    if (options.services.empty()) {
        return fail("hub.config", "no queue services configured");
    }
    auto writer = openStore(options.dataFile);
    if (!writer) {
        return unexpected(writer.error());
    }
    auto reader = Database::open(options.dataFile);
    if (!reader) {
        return unexpected(reader.error());
    }
    if (options.synchronous != "full" && options.synchronous != "normal") {
        return fail("hub.config", "--synchronous is full or normal");
    }
    if (auto set = writer->execute("PRAGMA synchronous=" + options.synchronous); !set) {
        return unexpected(set.error());
    }
    auto impl = std::make_unique<Impl>(options, std::move(*writer), std::move(*reader));
    auto checkpointer = WalCheckpointer::start(impl->writeDb, std::chrono::milliseconds(200));
    if (!checkpointer) {
        return unexpected(checkpointer.error());
    }
    impl->checkpointer = std::move(*checkpointer);
    if (!impl->server.is_valid()) {
        return fail("hub.tls", "cannot load the hub's certificate or key (" + options.cert.string() + ")");
    }
    return std::unique_ptr<HubServer>(new HubServer(std::move(impl)));
}

HubServer::HubServer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

HubServer::~HubServer()
{
    stop();
}

Result<int> HubServer::start()
{
    auto port = listenInBackground(m_impl->server, m_impl->options.bind, m_impl->options.port, m_impl->thread,
                                   "hub.bind");
    m_port = port.value_or(-1);
    return port;
}

void HubServer::stop()
{
    if (m_impl && m_impl->thread.joinable()) {
        m_impl->server.stop();
        m_impl->thread.join();
    }
}

}  // namespace motcua
