#include "kiosk/form/text_search.h"

namespace motcua::form {

Match matchFolded(std::string_view name, std::string_view query)
{
    if (query.empty()) {
        return Match::Start;
    }
    Match best = Match::None;
    for (size_t at = name.find(query); at != std::string_view::npos; at = name.find(query, at + 1)) {
        if (at == 0 || name[at - 1] == ' ') {
            return Match::Start;
        }
        best = Match::Inside;
    }
    return best;
}

}  // namespace motcua::form
