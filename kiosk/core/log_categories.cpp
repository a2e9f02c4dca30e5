#include "kiosk/core/log_categories.h"

#include <QtGlobal>

Q_LOGGING_CATEGORY(lcCore, "motcua.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "motcua.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "motcua.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "motcua.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "motcua.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "motcua.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevice, "motcua.device", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPortal, "motcua.portal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "motcua.outbox", QtInfoMsg)

namespace motcua {

void installLogFormat()
{
    if (qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN")) {
        return;
    }
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM")) {
        qSetMessagePattern(QStringLiteral(
            "%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
            "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{if-category}%{category}: %{endif}%{message}"));
    } else {
        qSetMessagePattern(QStringLiteral(
            "%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{if-category}%{category}: %{endif}%{message}"));
    }
}

}  // namespace motcua
