#include "drivers/printer/cups_printer.h"

#include <cups/cups.h>

#include <memory>
#include <thread>

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

struct HttpCloser {
    void operator()(http_t *http) const { httpClose(http); }
};
struct IppDeleter {
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

Result<Http> connectTo(const std::string &server)
{
    std::string host = server.empty() ? cupsServer() : server;
    int port = ippPort();
    if (!host.empty() && host.front() != '/') {
        const auto colon = host.rfind(':');
        if (colon != std::string::npos && host.find(']', colon) == std::string::npos) {
            port = std::atoi(host.c_str() + colon + 1);
            host.resize(colon);
        }
    }
    http_t *http = httpConnect2(host.c_str(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 5000,
                                nullptr);
    if (http == nullptr) {
        return unexpected(printerError(printerUnreachableProblem()));
    }
    return Http(http);
}

std::string printerUri(const std::string &name)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", ippPort(), "/printers/%s",
                     name.c_str());
    return uri;
}

Result<std::string> resolveDestination(http_t *http, const std::string &configured)
{
    if (!configured.empty()) {
        return configured;
    }
    cups_dest_t *dest = cupsGetNamedDest(http, nullptr, nullptr);
    if (dest == nullptr) {
        return unexpected(printerError(printerMissingProblem()));
    }
    std::string name = dest->name;
    cupsFreeDests(1, dest);
    return name;
}

// IPP failures: a queue that does not exist, one that refuses jobs, or a server we cannot talk to.
Error ippFailure(ipp_status_t status)
{
    switch (status) {
    case IPP_STATUS_ERROR_NOT_FOUND:
        return printerError(printerMissingProblem());
    case IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS:
        return printerError(printerStoppedProblem());
    case IPP_STATUS_ERROR_SERVICE_UNAVAILABLE:
    case IPP_STATUS_ERROR_INTERNAL:
        return printerError(printerUnreachableProblem());
    default:
        return Error{"printer.ipp", std::string("CUPS refused the request: ") + cupsLastErrorString()};
    }
}

Result<PrinterStatus> queryStatus(http_t *http, const std::string &name)
{
    Ipp request(ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES));
    const std::string uri = printerUri(name);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.c_str());
    static const char *const kAttributes[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                              "printer-state-message"};
    ippAddStrings(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr,
                  kAttributes);
    Ipp response(cupsDoRequest(http, request.release(), "/"));  // cupsDoRequest frees the request
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        return unexpected(ippFailure(cupsLastError()));
    }
    PrinterStatus status;
    status.destination = name;
    if (ipp_attribute_t *state = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM)) {
        switch (ippGetInteger(state, 0)) {
        case IPP_PSTATE_STOPPED:
            status.state = PrinterState::Stopped;
            break;
        case IPP_PSTATE_PROCESSING:
            status.state = PrinterState::Processing;
            break;
        default:
            status.state = PrinterState::Idle;
        }
    }
    if (ipp_attribute_t *accepting = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN)) {
        status.acceptingJobs = ippGetBoolean(accepting, 0) != 0;
    }
    if (ipp_attribute_t *message = ippFindAttribute(response.get(), "printer-state-message", IPP_TAG_TEXT)) {
        status.message = ippGetString(message, 0, nullptr);
    }
    if (ipp_attribute_t *reasons = ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            const std::string reason = ippGetString(reasons, i, nullptr);
            if (reason != "none") {
                status.reasons.push_back(reason);
            }
        }
    }
    status.problems = problemsFromReasons(status.reasons);
    return status;
}

Result<ipp_jstate_t> queryJobState(http_t *http, const std::string &name, int jobId)
{
    Ipp request(ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES));
    const std::string uri = printerUri(name);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.c_str());
    ippAddInteger(request.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "job-state");
    Ipp response(cupsDoRequest(http, request.release(), "/"));
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        qCWarning(lcDevice) << "Get-Job-Attributes failed:" << cupsLastErrorString();
        return unexpected(ippFailure(cupsLastError()));
    }
    ipp_attribute_t *state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM);
    return state == nullptr ? IPP_JSTATE_PENDING : static_cast<ipp_jstate_t>(ippGetInteger(state, 0));
}

}  // namespace

CupsPrinter::CupsPrinter(CupsPrinterOptions options) : m_options(std::move(options)) {}

Result<PrinterStatus> CupsPrinter::status()
{
    auto http = connectTo(m_options.server);
    if (!http) {
        return unexpected(http.error());
    }
    auto name = resolveDestination(http->get(), m_options.destination);
    if (!name) {
        return unexpected(name.error());
    }
    return queryStatus(http->get(), *name);
}

Result<SubmittedJob> CupsPrinter::submit(const PrintRequest &request)
{
    auto http = connectTo(m_options.server);
    if (!http) {
        return unexpected(http.error());
    }
    auto name = resolveDestination(http->get(), m_options.destination);
    if (!name) {
        return unexpected(name.error());
    }
    // A stopped queue still accepts jobs and would print this ticket later, for
    // someone else's turn: refuse up front instead.
    auto status = queryStatus(http->get(), *name);
    if (!status) {
        return unexpected(status.error());
    }
    if (auto problem = status->blockingProblem()) {
        return unexpected(printerError(*problem));
    }
    // One Print-Job request: the document travels with it, one round trip to cupsd.
    Ipp job(ippNewRequest(IPP_OP_PRINT_JOB));
    const std::string uri = printerUri(*name);
    ippAddString(job.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.c_str());
    ippAddString(job.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(job.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, request.title.c_str());
    ippAddString(job.get(), IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, CUPS_FORMAT_PDF);
    const std::string resource = "/printers/" + *name;
    http_status_t sent = cupsSendRequest(http->get(), job.get(), resource.c_str(), CUPS_LENGTH_VARIABLE);
    if (sent == HTTP_STATUS_CONTINUE) {
        sent = cupsWriteRequestData(http->get(), request.pdf.constData(), static_cast<size_t>(request.pdf.size()));
    }
    Ipp response(cupsGetResponse(http->get(), resource.c_str()));
    if (sent != HTTP_STATUS_CONTINUE || !response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        qCWarning(lcDevice) << "Print-Job refused:" << cupsLastErrorString();
        return unexpected(ippFailure(cupsLastError()));
    }
    ipp_attribute_t *idAttribute = ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER);
    const int jobId = idAttribute == nullptr ? 0 : ippGetInteger(idAttribute, 0);
    if (jobId == 0) {
        return unexpected(Error{"printer.ipp", "cupsd accepted the job without a job-id"});
    }
    qCInfo(lcDevice) << "cups accepted job" << jobId << "on" << name->c_str();
    return SubmittedJob{*name, jobId};
}

Result<JobResult> CupsPrinter::follow(const SubmittedJob &job)
{
    auto http = connectTo(m_options.server);
    if (!http) {
        return unexpected(http.error());
    }
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + m_options.jobTimeout;
    Clock::time_point transientSince{};  // epoch = no transient problem seen
    auto cancelWith = [&](const PrinterProblem &problem) -> Result<JobResult> {
        cupsCancelJob2(http->get(), job.destination.c_str(), job.jobId, 0);
        qCWarning(lcDevice) << "cancelled job" << job.jobId << problem.code.c_str();
        return unexpected(printerError(problem));
    };
    while (true) {
        auto state = queryJobState(http->get(), job.destination, job.jobId);
        if (!state) {
            return unexpected(state.error());
        }
        switch (*state) {
        case IPP_JSTATE_COMPLETED:
            return JobResult{job.jobId, JobEnd::Completed};
        case IPP_JSTATE_ABORTED:
            return JobResult{job.jobId, JobEnd::Aborted};
        case IPP_JSTATE_CANCELED:
            return JobResult{job.jobId, JobEnd::Cancelled};
        default:
            break;
        }
        // While the job waits, the printer says why: a blocking reason ends the wait now,
        // a transient one (connecting, offline) after a grace period.
        auto status = queryStatus(http->get(), job.destination);
        if (!status) {
            return unexpected(status.error());
        }
        if (auto problem = status->blockingProblem()) {
            return cancelWith(*problem);
        }
        const PrinterProblem *transient = nullptr;
        for (const auto &problem : status->problems) {
            if (problem.severity == ProblemSeverity::Transient) {
                transient = &problem;
                break;
            }
        }
        const auto now = Clock::now();
        if (transient == nullptr) {
            transientSince = {};
        } else if (transientSince == Clock::time_point{}) {
            transientSince = now;
        } else if (now - transientSince > m_options.offlineGrace) {
            return cancelWith(*transient);
        }
        if (now > deadline) {
            // CUPS's ipp backend reports an unreachable device only as printer-state-message
            // ("The printer may not exist or is unavailable"), with no reason keyword.
            if (transient == nullptr && !status->message.empty()) {
                return cancelWith(problemsFromReasons({"offline"}).front());
            }
            return cancelWith(transient != nullptr ? *transient : printerTimeoutProblem());
        }
        // Polling IPP: cupsd's notifications would need a notifier process; a few
        // small requests a second to a local daemon cost nothing.
        std::this_thread::sleep_for(m_options.pollInterval);
    }
}

}  // namespace motcua
