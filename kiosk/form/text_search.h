#pragma once
// How a folded query (foldForSearch) matches a folded name: at the start of
// the name or of one of its words ranks above a match inside a word.
#include <string_view>

namespace motcua::form {

enum class Match { None, Start, Inside };

// An empty query matches everything at the start.
Match matchFolded(std::string_view foldedName, std::string_view foldedQuery);

}  // namespace motcua::form
