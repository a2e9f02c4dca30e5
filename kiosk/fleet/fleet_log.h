#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcFleet)  // motcua.fleet: broker link, health messages, remote commands
