#pragma once
// The one message the citizen sees for a report: the first failing check in
// CheckId order (most important first), in Vietnamese and English, with an
// icon name from assets/icons/photo/.
#include <string>

#include "kiosk/photo/photo_report.h"

namespace motcua::photo {

struct Guidance {
    std::string code;    // "guide.move_closer" …; "guide.hold_still" when all pass
    std::string textVi;
    std::string textEn;
    std::string icon;    // "move-closer" …
    bool ready = false;  // every check passed: start the countdown
};

Guidance guidanceFor(const PhotoReport &report);

}  // namespace motcua::photo
