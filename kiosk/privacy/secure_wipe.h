#pragma once
// Overwriting a citizen's data in memory before letting it go. QByteArray is
// implicitly shared: fill() on a shared buffer detaches and zeroes only a new
// copy, leaving the photo in every other holder. wipeBytes() zeroes the shared
// storage itself, so every shallow copy in the process reads zeros.
#include <QByteArray>
#include <QString>
#include <initializer_list>
#include <string>
#include <vector>

namespace motcua {

void wipeBytes(QByteArray &bytes);
void wipeText(QString &text);
// std::string owns its buffer alone: every byte up to the capacity is zeroed, then it is emptied.
void wipeString(std::string &text);

// Wipes the named strings when the scope ends, however it ends (return, error).
class WipeOnExit {
public:
    explicit WipeOnExit(std::initializer_list<std::string *> texts) : m_texts(texts.begin(), texts.end()) {}
    ~WipeOnExit()
    {
        for (auto *text : m_texts) {
            wipeString(*text);
        }
    }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    std::vector<std::string *> m_texts;
};

}  // namespace motcua
