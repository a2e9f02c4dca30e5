#include "tools/portal-sim/portal_sim_server.h"

#include <httplib.h>
#include <openssl/sha.h>

#include <QCryptographicHash>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "kiosk/core/data_paths.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/form/fee_catalogue.h"
#include "kiosk/portal/portal_json.h"
#include "tools/portal-sim/fault_plan.h"
#include "tools/portal-sim/listen_in_background.h"
#include "tools/portal-sim/sim_store.h"

namespace motcua {
namespace {

using nlohmann::json;

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string isoDate(std::time_t seconds)
{
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

std::string isoTime(int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

// Eight working days at the provincial immigration office (REFERENCE: processing times).
std::string returnDate(int64_t createdMs)
{
    std::time_t day = static_cast<std::time_t>(createdMs / 1000) + 7 * 3600;
    int working = 0;
    while (working < 8) {
        day += 86400;
        std::tm parts{};
        gmtime_r(&day, &parts);
        if (parts.tm_wday != 0 && parts.tm_wday != 6) {
            ++working;
        }
    }
    return isoDate(day);
}

void sendError(httplib::Response &res, int status, const std::string &code, const std::string &message)
{
    res.status = status;
    res.set_content(json{{"error", {{"code", code}, {"message", message}}}}.dump(), "application/json");
}

// Sends the status line and headers, then cuts the connection mid-body.
void dropConnection(httplib::Response &res)
{
    res.body.clear();
    res.set_content_provider(
        64, "application/json", [](size_t, size_t, httplib::DataSink &) { return false; });
}

// Trickles the body out in small pieces.
void slowBody(httplib::Response &res)
{
    auto body = std::make_shared<std::string>(std::move(res.body));
    res.body.clear();
    res.set_chunked_content_provider("application/json", [body](size_t offset, httplib::DataSink &sink) {
        if (offset >= body->size()) {
            sink.done();
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        const size_t piece = std::min<size_t>(16, body->size() - offset);
        sink.write(body->data() + offset, piece);
        return true;
    });
}

// The procedures catalogue in the contract's shape, from the bundled dated copy.
Catalogue contractCatalogue(const form::FeeCatalogue &fees)
{
    Catalogue catalogue{fees.catalogueDate(), {}};
    for (const auto &procedure : fees.procedures()) {
        catalogue.procedures.push_back({procedure.procedureCode, procedure.nameVi, procedure.nameEn,
                                        procedure.feeVnd, procedure.returnWorkingDays, true});
    }
    return catalogue;
}

// A text answer of the declaration, whatever else the form holds.
std::string answer(const json &form, const char *key)
{
    if (!form.is_object()) {
        return {};
    }
    const auto found = form.find(key);
    return found != form.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// The fee charged on the day of submission (a dated reduction applies inside its period).
int64_t feeFor(const form::FeeCatalogue &fees, const json &form, int64_t atMs)
{
    const auto today = vietnamIsoDate(std::chrono::system_clock::time_point(std::chrono::milliseconds(atMs)));
    const auto request = answer(form, "request.type");
    auto fee = fees.feeFor(request.empty() ? "first_issue" : request, today);
    return fee ? fee->feeVnd : fees.feeFor("first_issue", today).value_or(form::ProcedureFee{}).feeVnd;
}

}  // namespace

struct PortalSimServer::Impl {
    SimOptions options;
    std::unique_ptr<SimStore> store;
    form::FeeCatalogue fees;
    FaultPlan faults;
    httplib::SSLServer server;

    Impl(const SimOptions &opts, std::unique_ptr<SimStore> simStore, form::FeeCatalogue catalogue)
        : options(opts)
        , store(std::move(simStore))
        , fees(std::move(catalogue))
        , faults(opts.failRate, opts.faults, opts.seed)
        , server(opts.cert.c_str(), opts.key.c_str(), opts.clientCa.empty() ? nullptr : opts.clientCa.c_str())
    {
    }

    ApplicationStatus statusOf(const StoredApplication &application) const
    {
        ApplicationStatus status;
        status.receiptNumber = application.receiptNumber;
        status.expectedReturnDate = application.receipt.expectedReturnDate;
        status.reason = application.reason;
        if (!application.fixedStatus.empty()) {
            status.state = applicationStateFromName(application.fixedStatus).value_or(ApplicationState::Received);
            status.updatedAt = isoTime(application.createdAtMs);
            return status;
        }
        const int64_t step = std::max(1, options.statusStepSeconds) * 1000LL;
        const int64_t steps = (nowMs() - application.createdAtMs) / step;
        if (steps < 1) {
            status.state = ApplicationState::Received;
        } else if (steps < 3) {
            status.state = ApplicationState::Processing;
        } else if (steps < 5) {
            status.state = application.byPost ? ApplicationState::Mailed : ApplicationState::ReadyForPickup;
        } else {
            status.state = ApplicationState::Returned;
        }
        status.updatedAt = isoTime(application.createdAtMs + std::min<int64_t>(steps, 5) * step);
        return status;
    }

    void submit(const httplib::Request &req, httplib::Response &res)
    {
        const auto key = req.get_header_value("Idempotency-Key");
        if (key.empty() || key.size() > 100) {
            return sendError(res, 400, "idempotency_key_missing", "Idempotency-Key header is required");
        }
        // Hash the content, not the bytes: the same application written with other spacing or key order is
        // still the same application.
        const auto parsedBody = json::parse(req.body, nullptr, false);
        const auto canonical = parsedBody.is_discarded() ? req.body : parsedBody.dump();
        const auto hash = QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256)
                              .toHex()
                              .toStdString();
        if (auto existing = store->findByKey(key); existing && *existing) {
            if ((*existing)->bodyHash != hash) {
                return sendError(res, 422, "idempotency_conflict", "this key was used for a different application");
            }
            res.status = 200;  // the same application again: the same receipt
            return res.set_content(receiptToJson(receiptFor(**existing)), "application/json");
        }
        auto submission = submissionFromJson(req.body);
        if (!submission) {
            return sendError(res, 400, "bad_request", submission.error().message);
        }
        const auto form = json::parse(submission->formJson, nullptr, false);
        StoredApplication application;
        application.idempotencyKey = key;
        application.bodyHash = hash;
        application.localReference = submission->localReference;
        application.kioskId = submission->kioskId;
        application.createdAtMs = nowMs();
        application.receipt.feeVnd = feeFor(fees, form, application.createdAtMs);
        application.receipt.expectedReturnDate = returnDate(application.createdAtMs);
        application.byPost = answer(form, "delivery.method") == "post";
        auto stored = store->insert(application, submission->formJson, submission->photoJpeg.size());
        if (!stored) {
            // A concurrent resend with the same key won the race: answer as a resend.
            if (auto existing = store->findByKey(key); existing && *existing) {
                res.status = 200;
                return res.set_content(receiptToJson(receiptFor(**existing)), "application/json");
            }
            return sendError(res, 500, "store", "the simulator could not store the application");
        }
        res.status = 201;
        res.set_content(receiptToJson(receiptFor(*stored)), "application/json");
    }

    SubmissionReceipt receiptFor(const StoredApplication &application) const
    {
        SubmissionReceipt receipt = application.receipt;
        receipt.status = applicationStateName(statusOf(application).state);
        std::string reference = application.receiptNumber;
        std::erase(reference, '-');
        receipt.payment = PaymentDetails{"970415", "113000000000", receipt.feeVnd, reference.substr(0, 25)};
        return receipt;
    }

    void lookup(const httplib::Request &req, httplib::Response &res)
    {
        auto found = store->findByReceipt(req.matches[1]);
        if (!found || !*found) {
            return sendError(res, 404, "not_found", "no application with this receipt number");
        }
        res.set_content(statusToJson(statusOf(**found)), "application/json");
    }

    PaymentState paymentStateOf(const StoredApplication &application) const
    {
        return PaymentState{application.receiptNumber, *receiptFor(application).payment, application.paid, true};
    }

    void paymentStatus(const httplib::Request &req, httplib::Response &res)
    {
        auto found = store->findByReceipt(req.matches[1]);
        if (!found || !*found) {
            return sendError(res, 404, "not_found", "no application with this receipt number");
        }
        res.set_content(paymentStateToJson(paymentStateOf(**found)), "application/json");
    }

    // Stands in for the bank: marks the application paid.
    void pay(const httplib::Request &req, httplib::Response &res)
    {
        auto found = store->findByReceipt(req.matches[1]);
        if (!found || !*found) {
            return sendError(res, 404, "not_found", "no application with this receipt number");
        }
        (void)store->markPaid(req.matches[1]);
        (*found)->paid = true;
        res.set_content(paymentStateToJson(paymentStateOf(**found)), "application/json");
    }

    void listAll(const httplib::Request &, httplib::Response &res)
    {
        auto all = store->all();
        json list = json::array();
        if (all) {
            for (const auto &application : *all) {
                list.push_back({{"receipt_number", application.receiptNumber},
                                {"local_reference", application.localReference},
                                {"idempotency_key", application.idempotencyKey},
                                {"kiosk_id", application.kioskId},
                                {"paid", application.paid},
                                {"photo_bytes", application.photoBytes},
                                {"form", json::parse(application.formJson, nullptr, false).is_object()
                                             ? json::parse(application.formJson)
                                             : json::object()}});
            }
        }
        res.set_content(json{{"applications", list}}.dump(), "application/json");
    }

    // Latency and faults wrap every contract endpoint (not health, not the simulator's own).
    httplib::Server::Handler misbehaving(void (Impl::*handler)(const httplib::Request &, httplib::Response &))
    {
        return [this, handler](const httplib::Request &req, httplib::Response &res) {
            if (options.latencyMs > 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(options.latencyMs));
            }
            switch (faults.next()) {
            case Fault::None: return (this->*handler)(req, res);
            case Fault::Error500: return sendError(res, 500, "server_error", "simulated internal error");
            case Fault::Error503:
                res.set_header("Retry-After", "1");
                return sendError(res, 503, "unavailable", "simulated maintenance");
            case Fault::TooManyRequests:
                res.set_header("Retry-After", "1");
                return sendError(res, 429, "rate_limited", "simulated rate limit");
            case Fault::DropBeforeCommit: return dropConnection(res);
            case Fault::DropAfterCommit:
                (this->*handler)(req, res);
                return dropConnection(res);
            case Fault::SlowBody:
                (this->*handler)(req, res);
                return slowBody(res);
            }
        };
    }

    void route()
    {
        server.Get("/v1/health", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(json{{"status", "ok"}, {"service", "motcua-portal-sim"}}.dump(), "application/json");
        });
        server.Post("/v1/applications", misbehaving(&Impl::submit));
        server.Get(R"(/v1/applications/([A-Z0-9][A-Z0-9.-]{3,39}))", misbehaving(&Impl::lookup));
        server.Get(R"(/v1/applications/([A-Z0-9][A-Z0-9.-]{3,39})/payment)", misbehaving(&Impl::paymentStatus));
        server.Post(R"(/v1/applications/([A-Z0-9][A-Z0-9.-]{3,39})/payment)", misbehaving(&Impl::pay));
        server.Get("/v1/procedures", misbehaving(&Impl::procedures));
        server.Get("/v1/sim/applications", [this](const auto &req, auto &res) { listAll(req, res); });
        server.set_payload_max_length(8 * 1024 * 1024);
        // Every error answer is the contract's JSON error, also for paths no route knows.
        server.set_error_handler([](const httplib::Request &, httplib::Response &res) {
            if (res.body.empty()) {
                sendError(res, res.status, res.status == 404 ? "not_found" : "http_" + std::to_string(res.status),
                          res.status == 404 ? "no such resource" : "request refused");
            }
        });
        server.set_keep_alive_max_count(1000);
    }

    void procedures(const httplib::Request &, httplib::Response &res)
    {
        res.set_content(catalogueToJson(contractCatalogue(fees)), "application/json");
    }
};

Result<std::unique_ptr<PortalSimServer>> PortalSimServer::create(const SimOptions &options)
{
    if (!std::filesystem::exists(options.cert) || !std::filesystem::exists(options.key)) {
        return fail("sim.cert", "server certificate or key not found: " + options.cert.string());
    }
    auto store = SimStore::open(options.dataFile);
    if (!store) {
        return unexpected(store.error());
    }
    auto fees = form::FeeCatalogue::load(options.catalogueFile.empty()
                                             ? assetDirectory() / "catalogue" / "procedures.json"
                                             : options.catalogueFile);
    if (!fees) {
        return unexpected(fees.error());
    }
    (*store)->seedDemoApplications(nowMs());
    auto impl = std::make_unique<Impl>(options, std::move(*store), std::move(*fees));
    if (!impl->server.is_valid()) {
        return fail("sim.tls", "the TLS server could not load its certificate, key or client CA");
    }
    impl->route();
    return std::unique_ptr<PortalSimServer>(new PortalSimServer(std::move(impl)));
}

PortalSimServer::PortalSimServer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

PortalSimServer::~PortalSimServer()
{
    stop();
}

Result<int> PortalSimServer::start()
{
    auto port = listenInBackground(m_impl->server, m_impl->options.bind, m_impl->options.port, m_thread, "sim.bind");
    m_port = port.value_or(-1);
    return port;
}

void PortalSimServer::stop()
{
    if (m_thread.joinable()) {
        m_impl->server.stop();
        m_thread.join();
    }
}

}  // namespace motcua
