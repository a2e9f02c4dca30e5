#pragma once
// One logging category per subsystem. Messages carry ids and codes, never
// names, ID numbers, addresses or photos.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcDevice)
Q_DECLARE_LOGGING_CATEGORY(lcPortal)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace motcua {

// One line per event; when stderr goes to the journal, each line carries its
// syslog priority prefix (<3>, <4>, <6>, <7>) so journald files it right.
void installLogFormat();

}  // namespace motcua
