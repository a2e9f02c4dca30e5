#include "kiosk/portal/https_portal_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <ctime>

#include "kiosk/core/log_categories.h"
#include "kiosk/portal/portal_json.h"
#include "kiosk/privacy/secure_wipe.h"

namespace motcua {
namespace {

size_t appendBody(char *data, size_t size, size_t count, void *target)
{
    static_cast<std::string *>(target)->append(data, size * count);
    return size * count;
}

// Picks Retry-After out of the response headers (seconds or an HTTP date).
size_t readHeader(char *data, size_t size, size_t count, void *target)
{
    const std::string line(data, size * count);
    constexpr std::string_view kName = "retry-after:";
    if (line.size() > kName.size()) {
        std::string lower = line.substr(0, kName.size());
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower == kName) {
            std::string value = line.substr(kName.size());
            value.erase(0, value.find_first_not_of(" \t"));
            value.erase(value.find_last_not_of(" \t\r\n") + 1);
            auto *retryAfter = static_cast<std::optional<std::chrono::seconds> *>(target);
            if (!value.empty() && std::all_of(value.begin(), value.end(), ::isdigit) && value.size() < 9) {
                *retryAfter = std::chrono::seconds(std::stol(value));
            } else if (const time_t when = curl_getdate(value.c_str(), nullptr); when > 0) {
                *retryAfter = std::chrono::seconds(std::max<time_t>(0, when - std::time(nullptr)));
            }
        }
    }
    return size * count;
}

PortalError transportError(CURLcode code, const char *detail)
{
    const std::string text = std::string(curl_easy_strerror(code)) + (detail[0] != '\0' ? std::string(": ") + detail : "");
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return {{"portal.timeout", text}, std::nullopt};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return {{"portal.tls", text}, std::nullopt};
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return {{"portal.dropped", text}, std::nullopt};
    default:
        return {{"portal.unreachable", text}, std::nullopt};
    }
}

template <class T>
PortalResult<T> parsed(Result<T> value)
{
    if (!value) {
        return unexpected(PortalError{value.error(), std::nullopt});
    }
    return std::move(*value);
}

}  // namespace

struct HttpsPortalClient::Handle {
    CURL *curl = curl_easy_init();
    ~Handle() { curl_easy_cleanup(curl); }
};

HttpsPortalClient::HttpsPortalClient(PortalConfig config) : m_config(std::move(config)), m_handle(new Handle)
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    (void)initialised;
}

HttpsPortalClient::~HttpsPortalClient() = default;

PortalError errorForStatus(const HttpsPortalClient::Response &response)
{
    const auto message = parseErrorMessage(response.body);
    const auto what = "HTTP " + std::to_string(response.status) + (message.empty() ? "" : ": " + message);
    if (response.status == 429) {
        return {{"portal.rate_limited", what}, response.retryAfter};
    }
    if (response.status == 404) {
        return {{"portal.not_found", what}, std::nullopt};
    }
    if (response.status == 408 || response.status >= 500) {
        return {{"portal.server", what}, response.retryAfter};
    }
    return {{"portal.rejected", what}, std::nullopt};
}

PortalResult<HttpsPortalClient::Response> HttpsPortalClient::request(const std::string &method, const std::string &path,
                                                                    const std::string &body,
                                                                    const std::string &idempotencyKey)
{
    std::lock_guard lock(m_mutex);
    CURL *curl = m_handle->curl;
    if (curl == nullptr) {
        return unexpected(PortalError{{"portal.unreachable", "libcurl could not start"}, std::nullopt});
    }
    // Reset options but keep the connection cache: keep-alive across requests.
    curl_easy_reset(curl);
    Response response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const std::string url = m_config.url + path;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_config.caFile.empty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_config.caFile.c_str());
    }
    if (!m_config.pinnedPublicKey.empty()) {
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, m_config.pinnedPublicKey.c_str());
    }
    if (!m_config.clientCert.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, m_config.clientCert.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLKEY, m_config.clientKey.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_config.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(m_config.totalTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every compression libcurl knows
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.retryAfter);
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(4 * 1024 * 1024));

    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    std::string keyHeader;
    if (!idempotencyKey.empty()) {
        keyHeader = "Idempotency-Key: " + idempotencyKey;
        headers = curl_slist_append(headers, keyHeader.c_str());
    }
    if (method == "POST") {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        auto error = transportError(code, errorBuffer);
        qCWarning(lcPortal) << method.c_str() << path.substr(0, path.find('/', 4)).c_str() << "failed:"
                            << error.error.code.c_str() << curl_easy_strerror(code);
        return unexpected(error);
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

PortalResult<SubmissionReceipt> HttpsPortalClient::submit(const ApplicationSubmission &submission)
{
    std::string body = submissionToJson(submission);
    const WipeOnExit wipe{&body};
    auto response = request("POST", "/v1/applications", body, submission.idempotencyKey);
    if (!response) {
        return unexpected(response.error());
    }
    if (response->status != 200 && response->status != 201) {
        return unexpected(errorForStatus(*response));
    }
    return parsed(parseReceipt(response->body));
}

PortalResult<ApplicationStatus> HttpsPortalClient::lookupStatus(const std::string &receiptNumber)
{
    std::unique_ptr<char, decltype(&curl_free)> escaped(
        curl_easy_escape(nullptr, receiptNumber.c_str(), static_cast<int>(receiptNumber.size())), &curl_free);
    auto response = request("GET", "/v1/applications/" + std::string(escaped ? escaped.get() : ""), {});
    if (!response) {
        return unexpected(response.error());
    }
    if (response->status != 200) {
        return unexpected(errorForStatus(*response));
    }
    return parsed(parseStatus(response->body));
}

PortalResult<Catalogue> HttpsPortalClient::fetchCatalogue()
{
    auto response = request("GET", "/v1/procedures", {});
    if (!response) {
        return unexpected(response.error());
    }
    if (response->status != 200) {
        return unexpected(errorForStatus(*response));
    }
    return parsed(parseCatalogue(response->body));
}

PortalResult<std::string> HttpsPortalClient::health()
{
    auto response = request("GET", "/v1/health", {});
    if (!response) {
        return unexpected(response.error());
    }
    if (response->status != 200) {
        return unexpected(errorForStatus(*response));
    }
    return std::string("HTTP 200");
}

namespace {

std::string paymentPath(const std::string &receiptNumber)
{
    std::unique_ptr<char, decltype(&curl_free)> escaped(
        curl_easy_escape(nullptr, receiptNumber.c_str(), static_cast<int>(receiptNumber.size())), &curl_free);
    return "/v1/applications/" + std::string(escaped ? escaped.get() : "") + "/payment";
}

}  // namespace

PortalResult<PaymentState> HttpsPortalClient::paymentStatus(const std::string &receiptNumber)
{
    auto response = request("GET", paymentPath(receiptNumber), {});
    if (!response) {
        return unexpected(response.error());
    }
    if (response->status != 200) {
        return unexpected(errorForStatus(*response));
    }
    return parsed(parsePaymentState(response->body));
}

PortalResult<PaymentState> HttpsPortalClient::confirmSimulatedPayment(const std::string &receiptNumber)
{
    auto response = request("POST", paymentPath(receiptNumber), "{}");
    if (!response) {
        return unexpected(response.error());
    }
    if (response->status != 200) {
        return unexpected(errorForStatus(*response));
    }
    return parsed(parsePaymentState(response->body));
}

}  // namespace motcua
