#pragma once
// The fleet's MQTT topics: PREFIX/<site>/<kiosk>/{health,status,command}.
// health: the last health snapshot (JSON, retained); status: "online" or, as the
// broker's last will, "offline" (retained); command: signed commands for that kiosk.
#include <optional>
#include <string>

namespace motcua {

struct KioskAddress {
    std::string site;
    std::string kiosk;
};

std::string healthTopic(const std::string &prefix, const KioskAddress &kiosk);
std::string statusTopic(const std::string &prefix, const KioskAddress &kiosk);
std::string commandTopic(const std::string &prefix, const KioskAddress &kiosk);
// Every kiosk's `leaf` ("health", "status") of one site, or of all sites when `site` is empty.
std::string fleetFilter(const std::string &prefix, const std::string &site, const std::string &leaf);
// The kiosk and leaf a topic names, if it is one of ours.
std::optional<std::pair<KioskAddress, std::string>> parseFleetTopic(const std::string &prefix,
                                                                    const std::string &topic);

inline constexpr const char *kStatusOnline = "online";
inline constexpr const char *kStatusOffline = "offline";

}  // namespace motcua
