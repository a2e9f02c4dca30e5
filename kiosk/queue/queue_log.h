#pragma once
// Logging category of the queue: ticket labels, counters and codes only.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcQueue)
