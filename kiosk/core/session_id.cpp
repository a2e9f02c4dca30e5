#include "kiosk/core/session_id.h"

#include <QRandomGenerator>

namespace motcua {

std::string newSessionId()
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(12, '0');
    auto *random = QRandomGenerator::system();
    for (auto &c : id) {
        c = kHex[random->bounded(16)];
    }
    return id;
}

}  // namespace motcua
