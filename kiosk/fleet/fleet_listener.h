#pragma once
// The technician's view of a fleet: subscribes to every kiosk's retained health
// and status messages (one site or all) and tells which kiosks need attention.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "kiosk/fleet/fleet_topics.h"
#include "kiosk/fleet/mqtt_client.h"
#include "kiosk/health/kiosk_attention.h"

namespace motcua {

struct FleetEntry {
    KioskAddress address;
    std::optional<KioskHealth> health;
    std::string status;  // "online", "offline", or empty (no status seen)
    std::vector<HealthConcern> concerns;  // filled by assessFleetEntry
};

struct FleetPolicy {
    AttentionPolicy attention;
    int64_t staleAfterSeconds = 180;  // no health message for this long: the kiosk is not reporting
};

// Offline, not reporting, then whatever the health snapshot shows.
void assessFleetEntry(FleetEntry &entry, int64_t nowSeconds, const FleetPolicy &policy);
std::string fleetEntryJson(const std::vector<FleetEntry> &entries);

class FleetListener {
public:
    FleetListener(MqttEndpoint endpoint, std::string prefix, std::string site);

    // Connects and subscribes; fails when the broker cannot be reached within `timeout`.
    Status start(std::chrono::milliseconds timeout);
    // Kiosks heard of so far, sorted by site and kiosk.
    std::vector<FleetEntry> entries() const;
    // Waits until `done` holds for some kiosk's entry, or the timeout.
    bool waitFor(const std::function<bool(const FleetEntry &)> &done, std::chrono::milliseconds timeout) const;
    // Publishes through the same connection (commands).
    Status publish(const std::string &topic, const std::string &payload);

private:
    void receive(const std::string &topic, const std::string &payload);

    std::string m_prefix;
    MqttClient m_client;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::map<std::pair<std::string, std::string>, FleetEntry> m_entries;
};

}  // namespace motcua
