#pragma once
// A citizen's suggestion is kept, their personal data is not: the screen asks
// them not to type any, and whatever looks like it anyway (ID, passport and
// phone numbers, dates, e-mail addresses) is replaced before the comment is stored.
#include <string>

namespace motcua::feedback {

inline constexpr const char *kRemovedMark = "[…]";

// `comment` (UTF-8) with every personal-data-like run replaced by kRemovedMark,
// whitespace collapsed and trimmed, and cut to at most kMaxCommentBytes.
std::string scrubComment(const std::string &comment);

inline constexpr size_t kMaxCommentBytes = 1000;

}  // namespace motcua::feedback
