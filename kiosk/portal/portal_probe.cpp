#include "kiosk/portal/portal_probe.h"

#include <curl/curl.h>

#include <memory>

namespace motcua {
namespace {

size_t discardBody(char *, size_t size, size_t count, void *)
{
    return size * count;
}

}  // namespace

HealthCheck probePortal(const PortalConfig &config)
{
    const std::string name = "portal";
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no portal configured");
    }
    if (config.backend == "fake") {
        return HealthCheck::ok(name, "fake portal (fault injection)");
    }
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        return HealthCheck::failed(name, "libcurl could not start");
    }
    const std::string url = config.url + "/health";
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYHOST, 2L);
    if (!config.caFile.empty()) {
        curl_easy_setopt(curl.get(), CURLOPT_CAINFO, config.caFile.c_str());
    }
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, static_cast<long>(config.connectTimeoutSeconds));
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, static_cast<long>(config.connectTimeoutSeconds * 2));
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, discardBody);
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK) {
        return HealthCheck::failed(name, config.url + " unreachable: " +
                                             (errorBuffer[0] != '\0' ? errorBuffer : curl_easy_strerror(rc)));
    }
    long status = 0;
    double seconds = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(curl.get(), CURLINFO_TOTAL_TIME, &seconds);
    if (status != 200) {
        return HealthCheck::failed(name, config.url + " answered HTTP " + std::to_string(status));
    }
    return HealthCheck::ok(name, config.url + " healthy in " + std::to_string(static_cast<int>(seconds * 1000)) +
                                     " ms");
}

}  // namespace motcua
