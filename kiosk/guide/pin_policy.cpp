#include "kiosk/guide/pin_policy.h"

#include <string>

namespace motcua {

Status checkPin(std::string_view pin)
{
    if (pin.size() < kPinMinDigits || pin.size() > kPinMaxDigits) {
        return fail("guide.pin_length", "a PIN has " + std::to_string(kPinMinDigits) + " to " +
                                            std::to_string(kPinMaxDigits) + " digits");
    }
    for (const char c : pin) {
        if (c < '0' || c > '9') {
            return fail("guide.pin_digits", "a PIN has only digits 0-9");
        }
    }
    bool same = true, up = true, down = true;
    for (size_t i = 1; i < pin.size(); ++i) {
        same = same && pin[i] == pin[i - 1];
        up = up && pin[i] == pin[i - 1] + 1;
        down = down && pin[i] == pin[i - 1] - 1;
    }
    if (same || up || down) {
        return fail("guide.pin_trivial", "choose a PIN that is not one digit repeated or a straight run");
    }
    return {};
}

}  // namespace motcua
