#pragma once
// The hub's wire format: the queue's types as JSON. Readers throw
// nlohmann::json exceptions; callers catch them at the boundary (hubResult).
#include <nlohmann/json.hpp>

#include "kiosk/core/result.h"
#include "kiosk/queue/help_request.h"
#include "kiosk/queue/queue_types.h"

namespace motcua::queue {

nlohmann::json toJson(const Ticket &ticket);
nlohmann::json toJson(const IssuedTicket &issued);
nlohmann::json toJson(const Lease &lease);
nlohmann::json toJson(const SyncOutcome &outcome);
nlohmann::json toJson(const CounterView &view);
nlohmann::json toJson(const ServiceView &view);
nlohmann::json toJson(const QueueEvent &event);
nlohmann::json toJson(const QueueSnapshot &snapshot);
nlohmann::json toJson(const ServiceHourStats &stats);
nlohmann::json toJson(const HelpRequest &help);

Ticket ticketFromJson(const nlohmann::json &j);
IssuedTicket issuedFromJson(const nlohmann::json &j);
Lease leaseFromJson(const nlohmann::json &j);
SyncOutcome syncFromJson(const nlohmann::json &j);
CounterView counterFromJson(const nlohmann::json &j);
ServiceView serviceViewFromJson(const nlohmann::json &j);
QueueEvent eventFromJson(const nlohmann::json &j);
QueueSnapshot snapshotFromJson(const nlohmann::json &j);
ServiceHourStats statsFromJson(const nlohmann::json &j);
HelpRequest helpFromJson(const nlohmann::json &j);

nlohmann::json errorJson(const Error &error);

}  // namespace motcua::queue
