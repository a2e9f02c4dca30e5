#include "kiosk/queue/services_from_config.h"

namespace motcua::queue {

std::vector<Service> servicesFromConfig(const QueueConfig &config)
{
    std::vector<Service> services;
    for (const auto &s : config.services) {
        services.push_back({s.code, s.prefix, s.nameVi, s.nameEn, s.opensAtMinute, s.closesAtMinute, s.dailyCap,
                            s.counters});
    }
    return services;
}

}  // namespace motcua::queue
