#include "kiosk/fleet/fleet_listener.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/fleet/fleet_log.h"

namespace motcua {

void assessFleetEntry(FleetEntry &entry, int64_t nowSeconds, const FleetPolicy &policy)
{
    entry.concerns.clear();
    if (entry.status == kStatusOffline) {
        entry.concerns.push_back({"connection", HealthState::Fault, "kiosk.offline"});
    }
    if (!entry.health) {
        entry.concerns.push_back({"connection", HealthState::Fault, "health.missing"});
        return;
    }
    if (entry.status != kStatusOffline && nowSeconds - entry.health->atUnixSeconds > policy.staleAfterSeconds) {
        entry.concerns.push_back({"connection", HealthState::Fault, "health.stale"});
    }
    for (auto &concern : concernsOf(*entry.health, policy.attention)) {
        entry.concerns.push_back(std::move(concern));
    }
}

std::string fleetEntryJson(const std::vector<FleetEntry> &entries)
{
    auto list = nlohmann::json::array();
    for (const auto &entry : entries) {
        auto concerns = nlohmann::json::array();
        for (const auto &concern : entry.concerns) {
            concerns.push_back({{"key", concern.key}, {"state", healthStateName(concern.state)}, {"code", concern.code}});
        }
        list.push_back({{"site", entry.address.site},
                        {"kiosk", entry.address.kiosk},
                        {"status", entry.status},
                        {"needs_attention", !entry.concerns.empty()},
                        {"concerns", concerns},
                        {"health", entry.health ? nlohmann::json::parse(kioskHealthJson(*entry.health))
                                                : nlohmann::json(nullptr)}});
    }
    return list.dump(2);
}

FleetListener::FleetListener(MqttEndpoint endpoint, std::string prefix, std::string site)
    : m_prefix(std::move(prefix))
    , m_client({}, std::move(endpoint))
{
    m_client.subscribe(fleetFilter(m_prefix, site, "health"));
    m_client.subscribe(fleetFilter(m_prefix, site, "status"));
    m_client.onMessage([this](const std::string &topic, const std::string &payload) { receive(topic, payload); });
}

Status FleetListener::start(std::chrono::milliseconds timeout)
{
    if (auto started = m_client.start(); !started) {
        return started;
    }
    if (!m_client.waitForConnection(static_cast<int>(timeout.count()))) {
        return fail("fleet.broker_unreachable", "no connection to the MQTT broker");
    }
    return {};
}

void FleetListener::receive(const std::string &topic, const std::string &payload)
{
    const auto parsed = parseFleetTopic(m_prefix, topic);
    if (!parsed) {
        return;
    }
    const auto &[address, leaf] = *parsed;
    std::lock_guard lock(m_mutex);
    auto &entry = m_entries[{address.site, address.kiosk}];
    entry.address = address;
    if (leaf == "status") {
        entry.status = payload;
    } else if (leaf == "health") {
        auto health = kioskHealthFromJson(payload);
        if (health) {
            entry.health = std::move(*health);
        } else {
            qCWarning(lcFleet) << "ignored a malformed health message on" << topic.c_str();
        }
    }
    m_changed.notify_all();
}

std::vector<FleetEntry> FleetListener::entries() const
{
    std::lock_guard lock(m_mutex);
    std::vector<FleetEntry> out;
    for (const auto &[key, entry] : m_entries) {
        out.push_back(entry);
    }
    return out;
}

bool FleetListener::waitFor(const std::function<bool(const FleetEntry &)> &done,
                            std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] {
        return std::any_of(m_entries.begin(), m_entries.end(), [&](const auto &item) { return done(item.second); });
    });
}

Status FleetListener::publish(const std::string &topic, const std::string &payload)
{
    if (auto sent = m_client.publish(topic, payload, false); !sent) {
        return sent;
    }
    if (!m_client.waitForDelivery(5000)) {
        return fail("fleet.not_delivered", "the broker did not acknowledge the command");
    }
    return {};
}

}  // namespace motcua
