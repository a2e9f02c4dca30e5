#include "tools/hub/queue_load.h"

#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "kiosk/core/clock.h"
#include "kiosk/queue/https_queue_hub.h"
#include "kiosk/queue/lease_store.h"
#include "kiosk/queue/queue_stats.h"
#include "kiosk/queue/ticket_issuer.h"
#include "kiosk/store/migrations.h"
#include "tools/hub/hub_process.h"
#include "tools/portal-sim/test_pki.h"

namespace motcua {
namespace {

using namespace motcua::queue;
using Steady = std::chrono::steady_clock;

std::vector<Service> loadServices(int count, int counters)
{
    std::vector<Service> services;
    for (int i = 0; i < count && i < 26; ++i) {
        Service service;
        service.code = "service_" + std::to_string(i);
        service.prefix = std::string(1, static_cast<char>('A' + i));
        service.nameVi = service.nameEn = service.code;
        service.opensAtMinute = 0;
        service.closesAtMinute = 24 * 60;
        service.dailyCap = 999;
        for (int c = 1; c <= counters; ++c) {
            service.counters.push_back(c);
        }
        services.push_back(service);
    }
    return services;
}

Status writeConfig(const std::filesystem::path &file, const std::vector<Service> &services)
{
    std::ofstream out(file);
    out << "[queue]\nmode = \"hub\"\n";
    for (const auto &s : services) {
        out << "\n[[queue.services]]\ncode = \"" << s.code << "\"\nprefix = \"" << s.prefix
            << "\"\nopens = \"00:00\"\ncloses = \"24:00\"\ndaily_cap = 999\ncounters = [";
        for (size_t i = 0; i < s.counters.size(); ++i) {
            out << (i ? ", " : "") << s.counters[i];
        }
        out << "]\n";
    }
    return out ? Status{} : fail("bench.write", "cannot write " + file.string());
}

struct Shared {
    std::mutex mutex;
    std::vector<double> latenciesMs;
    std::vector<Ticket> handedOut;
    std::atomic<int> online{0}, fromLease{0}, calls{0}, errors{0};
    std::atomic<bool> stop{false};
    std::map<std::string, int> errorsByCode;

    void failed(const Error &error)
    {
        ++errors;
        std::lock_guard lock(mutex);
        ++errorsByCode[error.code];
    }

    void keep(std::vector<double> &latencies, std::vector<Ticket> &tickets)
    {
        std::lock_guard lock(mutex);
        latenciesMs.insert(latenciesMs.end(), latencies.begin(), latencies.end());
        handedOut.insert(handedOut.end(), tickets.begin(), tickets.end());
    }
};

double msSince(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

// Paced clients: waits for the n-th request's due time and returns it (latency counts from then);
// back-to-back clients (rate 0) start at once.
Steady::time_point dueTime(Steady::time_point started, int n, double rate)
{
    if (rate <= 0) {
        return Steady::now();
    }
    const auto due = started + std::chrono::duration_cast<Steady::duration>(std::chrono::duration<double>(n / rate));
    std::this_thread::sleep_until(due);
    return due;
}

}  // namespace

Result<QueueLoadResult> runQueueLoad(const QueueLoadSettings &settings)
{
    std::filesystem::create_directories(settings.workDir);
    auto pki = makeTestPki(settings.workDir / "pki", {});
    if (!pki) {
        return unexpected(pki.error());
    }
    const auto services = loadServices(settings.services, settings.counters);
    const auto configFile = settings.workDir / "hub.toml";
    if (auto written = writeConfig(configFile, services); !written) {
        return unexpected(written.error());
    }
    const auto hubData = settings.workDir / "hub.sqlite";
    HubProcess hub(settings.hubProgram, {"--pki", pki->dir.string(), "--data", hubData.string(), "--config",
                                         configFile.string(), "--synchronous", settings.synchronous});
    auto port = hub.start();
    if (!port) {
        return unexpected(port.error());
    }
    HubEndpoint endpoint;
    endpoint.url = "https://127.0.0.1:" + std::to_string(*port);
    endpoint.caFile = pki->caCert().string();

    SystemClock clock;
    Shared shared;
    struct Kiosk {
        std::string id;
        Database db;
        std::unique_ptr<LeaseStore> leases;
        std::unique_ptr<HttpsQueueHub> link;
        std::unique_ptr<TicketIssuer> issuer;
    };
    std::vector<std::unique_ptr<Kiosk>> kiosks;
    for (int k = 0; k < settings.kiosks; ++k) {
        const auto id = "kiosk-" + std::to_string(k + 1);
        auto db = openStore(settings.workDir / (id + ".sqlite"));
        auto link = HttpsQueueHub::create(endpoint);
        if (!db || !link) {
            return unexpected(db ? link.error() : db.error());
        }
        auto kiosk = std::make_unique<Kiosk>(Kiosk{id, std::move(*db), nullptr, std::move(*link), nullptr});
        kiosk->leases = std::make_unique<LeaseStore>(kiosk->db);
        kiosk->issuer =
            std::make_unique<TicketIssuer>(*kiosk->link, *kiosk->leases, clock, id, services, settings.leaseBlock);
        kiosks.push_back(std::move(kiosk));
    }
    // Every kiosk takes its leases before the run, all at once as on a site's morning.
    {
        std::vector<std::thread> leasing;
        std::atomic<int> failures{0};
        for (auto &kiosk : kiosks) {
            leasing.emplace_back([&kiosk, &failures] { failures += kiosk->issuer->maintain() ? 0 : 1; });
        }
        for (auto &thread : leasing) {
            thread.join();
        }
        if (failures > 0) {
            return fail("bench.lease", "kiosks could not take their leases");
        }
    }

    std::vector<std::thread> threads;
    const auto started = Steady::now();
    for (int k = 0; k < settings.kiosks; ++k) {
        threads.emplace_back([&, k] {
            auto &kiosk = *kiosks[static_cast<size_t>(k)];
            std::mt19937 random(settings.seed * 1000 + static_cast<unsigned>(k));
            std::vector<double> latencies;
            std::vector<Ticket> tickets;
            for (int n = 1; !shared.stop; ++n) {
                const auto &service = services[random() % services.size()];
                const auto priority = random() % 10 == 0 ? Priority::Elderly : Priority::None;
                const auto begun = dueTime(started + std::chrono::milliseconds(k * 7), n, settings.kioskRate);
                auto issued = kiosk.issuer->issue(service.code, priority);
                if (!issued) {
                    shared.failed(issued.error());
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    continue;
                }
                if (issued->fromLease) {
                    ++shared.fromLease;
                } else {
                    ++shared.online;
                    latencies.push_back(msSince(begun));
                }
                tickets.push_back(issued->ticket);
                if (n % 25 == 0) {
                    (void)kiosk.issuer->maintain();
                }
            }
            shared.keep(latencies, tickets);
        });
    }
    for (int c = 1; c <= settings.counters; ++c) {
        threads.emplace_back([&, c] {
            auto link = HttpsQueueHub::create(endpoint);
            std::mt19937 random(settings.seed * 7919 + static_cast<unsigned>(c));
            std::vector<double> latencies;
            std::vector<Ticket> none;
            for (int n = 1; !shared.stop; ++n) {
                auto begun = dueTime(started + std::chrono::milliseconds(c * 11), n, settings.counterRate);
                auto view = (*link)->act(c, CounterAction::Next);
                if (!view) {
                    shared.failed(view.error());
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    continue;
                }
                latencies.push_back(msSince(begun));
                ++shared.calls;
                if (view->current && random() % 20 == 0) {
                    begun = Steady::now();
                    if ((*link)->act(c, CounterAction::NoShow)) {
                        latencies.push_back(msSince(begun));
                    }
                }
                if (n % 10 == 0) {
                    begun = Steady::now();
                    if ((*link)->snapshot()) {
                        latencies.push_back(msSince(begun));
                    }
                }
            }
            shared.keep(latencies, none);
        });
    }
    QueueLoadResult result;
    const auto total = std::chrono::duration<double>(settings.seconds);
    for (int kill = 1; kill <= settings.kills; ++kill) {
        std::this_thread::sleep_until(started + std::chrono::duration_cast<Steady::duration>(
                                                    total * kill / (settings.kills + 1)));
        hub.kill();
        ++result.killsDone;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        if (auto restarted = hub.start(); !restarted) {
            shared.stop = true;
            for (auto &thread : threads) {
                thread.join();
            }
            return unexpected(restarted.error());
        }
    }
    std::this_thread::sleep_until(started + std::chrono::duration_cast<Steady::duration>(total));
    shared.stop = true;
    for (auto &thread : threads) {
        thread.join();
    }
    result.seconds = std::chrono::duration<double>(Steady::now() - started).count();

    // Every kiosk sends what it issued from its leases.
    for (auto &kiosk : kiosks) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            auto maintained = kiosk->issuer->maintain();
            auto left = kiosk->leases->unsynced();
            if (maintained && maintained->hubReachable && left && left->empty()) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    hub.stop();

    auto db = Database::open(hubData);
    if (!db) {
        return unexpected(db.error());
    }
    std::set<std::pair<std::string, int>> recorded;
    auto query = db->prepare("SELECT service, number FROM queue_tickets");
    if (!query) {
        return unexpected(query.error());
    }
    while (query->step().value_or(false)) {
        recorded.insert({query->columnText(0), static_cast<int>(query->columnInt(1))});
    }
    std::map<std::pair<std::string, int>, int> handedOut;
    for (const auto &t : shared.handedOut) {
        ++handedOut[{t.service, t.number}];
    }
    for (const auto &[key, count] : handedOut) {
        result.duplicates += count - 1;
        result.lost += recorded.count(key) ? 0 : 1;
    }
    result.orphans = static_cast<int>(recorded.size()) - static_cast<int>(handedOut.size()) + result.lost;
    result.issuedOnline = shared.online;
    result.issuedFromLease = shared.fromLease;
    result.counterCalls = shared.calls;
    result.errors = shared.errors;
    result.errorsByCode = shared.errorsByCode;
    result.operations = static_cast<long>(shared.latenciesMs.size());
    result.operationsPerSecond = static_cast<double>(result.operations) / result.seconds;
    result.p50Ms = percentile(shared.latenciesMs, 50);
    result.p99Ms = percentile(shared.latenciesMs, 99);
    result.maxMs = percentile(shared.latenciesMs, 100);
    return result;
}

}  // namespace motcua
