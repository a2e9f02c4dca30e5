#pragma once

namespace motcua {

// Anything that holds a citizen's data during a session (a form, a photo
// buffer, a scan) registers itself with the session and forgets everything
// when asked. Implementations overwrite buffers, not just free them.
class SessionDataHolder {
public:
    virtual ~SessionDataHolder() = default;
    virtual void wipeCitizenData() = 0;
};

}  // namespace motcua
