#pragma once
// What a guide PIN must be: 6 to 12 digits (typed on the kiosk's PIN pad),
// not one digit repeated and not a straight run such as 123456 or 987654.
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua {

inline constexpr int kPinMinDigits = 6;
inline constexpr int kPinMaxDigits = 12;

// Errors: guide.pin_length, guide.pin_digits, guide.pin_trivial.
Status checkPin(std::string_view pin);

}  // namespace motcua
