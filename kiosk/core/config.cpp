#include "kiosk/core/config.h"

namespace motcua {

const std::vector<std::string> &supportedLanguages()
{
    static const std::vector<std::string> kLanguages = {"vi", "en", "zh", "ko", "ja"};
    return kLanguages;
}

}  // namespace motcua
