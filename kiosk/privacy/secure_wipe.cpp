#include "kiosk/privacy/secure_wipe.h"

#include <sodium.h>

namespace motcua {

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        // constData() of a shared array points at the one storage every copy reads.
        sodium_memzero(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipeString(std::string &text)
{
    text.resize(text.capacity());  // the bytes past size() may hold an older, longer value
    sodium_memzero(text.data(), text.size());
    text.clear();
}

void wipeText(QString &text)
{
    if (!text.isEmpty()) {
        sodium_memzero(const_cast<QChar *>(text.constData()), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

}  // namespace motcua
