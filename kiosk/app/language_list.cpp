#include "kiosk/app/language_list.h"

#include "kiosk/print/print_captions.h"

namespace motcua {
namespace {

struct LanguageName {
    const char *code;
    const char *nativeName;
    const char *greeting;  // "Start" in that language, shown under the name
};

// Each language names itself, so a citizen finds theirs without reading ours.
constexpr LanguageName kNames[] = {
    {"vi", "Tiếng Việt", "Bắt đầu"},
    {"en", "English", "Start"},
    {"zh", "中文", "开始"},
    {"ko", "한국어", "시작"},
    {"ja", "日本語", "はじめる"},
};

const LanguageName *find(const QString &code)
{
    for (const auto &name : kNames) {
        if (code == QLatin1String(name.code)) {
            return &name;
        }
    }
    return nullptr;
}
}  // namespace

LanguageList::LanguageList(const std::vector<std::string> &codes, QObject *parent) : QAbstractListModel(parent)
{
    for (const auto &code : codes) {
        m_codes.append(QString::fromStdString(code));
    }
}

int LanguageList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

QVariant LanguageList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size()) {
        return {};
    }
    const auto &code = m_codes.at(index.row());
    const auto *name = find(code);
    switch (role) {
    case CodeRole: return code;
    case NativeNameRole: return name ? QString::fromUtf8(name->nativeName) : code;
    case GreetingRole: return name ? QString::fromUtf8(name->greeting) : QString();
    default: return {};
    }
}

QHash<int, QByteArray> LanguageList::roleNames() const
{
    return {{CodeRole, "code"}, {NativeNameRole, "nativeName"}, {GreetingRole, "greeting"}};
}

QString LanguageList::nativeName(const QString &code) const
{
    const auto *name = find(code);
    return name ? QString::fromUtf8(name->nativeName) : code;
}

QString LanguageList::textIn(const QString &language, const QString &context, const QString &english) const
{
    return translatedInto(language.toStdString(), context.toUtf8().constData(), english);
}

}  // namespace motcua
