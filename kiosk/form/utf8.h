#pragma once
// UTF-8 <-> UTF-32 without Qt, so the input composer and the text helpers stay
// pure C++ (the on-screen keyboard and the fuzzers call them on every key).
#include <string>
#include <string_view>

namespace motcua::form {

// Malformed bytes decode to U+FFFD, one per bad byte; never throws.
std::u32string decodeUtf8(std::string_view text);
std::string encodeUtf8(std::u32string_view text);

}  // namespace motcua::form
