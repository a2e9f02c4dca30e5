#pragma once
// Overwriting a citizen's data in memory before letting it go. QByteArray is
// implicitly shared: fill() on a shared buffer detaches and zeroes only a new
// copy, leaving the photo in every other holder. wipeBytes() zeroes the shared
// storage itself, so every shallow copy in the process reads zeros.
#include <QByteArray>
#include <QString>

namespace motcua {

void wipeBytes(QByteArray &bytes);
void wipeText(QString &text);

}  // namespace motcua
