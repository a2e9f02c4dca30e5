#include "kiosk/fleet/fleet_topics.h"

#include <vector>

namespace motcua {
namespace {

std::string topic(const std::string &prefix, const KioskAddress &kiosk, const char *leaf)
{
    return prefix + "/" + kiosk.site + "/" + kiosk.kiosk + "/" + leaf;
}

}  // namespace

std::string healthTopic(const std::string &prefix, const KioskAddress &kiosk)
{
    return topic(prefix, kiosk, "health");
}

std::string statusTopic(const std::string &prefix, const KioskAddress &kiosk)
{
    return topic(prefix, kiosk, "status");
}

std::string commandTopic(const std::string &prefix, const KioskAddress &kiosk)
{
    return topic(prefix, kiosk, "command");
}

std::string fleetFilter(const std::string &prefix, const std::string &site, const std::string &leaf)
{
    return prefix + "/" + (site.empty() ? std::string("+") : site) + "/+/" + leaf;
}

std::optional<std::pair<KioskAddress, std::string>> parseFleetTopic(const std::string &prefix,
                                                                    const std::string &topic)
{
    if (topic.rfind(prefix + "/", 0) != 0) {
        return std::nullopt;
    }
    std::vector<std::string> parts;
    size_t start = prefix.size() + 1;
    while (true) {
        const auto slash = topic.find('/', start);
        parts.push_back(topic.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    if (parts.size() != 3 || parts[0].empty() || parts[1].empty()) {
        return std::nullopt;
    }
    return std::make_pair(KioskAddress{parts[0], parts[1]}, parts[2]);
}

}  // namespace motcua
