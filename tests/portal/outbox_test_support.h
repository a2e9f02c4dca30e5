#pragma once
#include <gtest/gtest.h>

#include "kiosk/portal/portal_json.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/outbox_store.h"
#include "tests/support/fresh_database.h"

namespace motcua {

inline Result<OutboxEntry> enqueueSample(OutboxStore &store, std::chrono::system_clock::time_point now)
{
    return store.enqueue(
        "KIOSK-01", "passport.ordinary",
        [](const OutboxEntry &entry) {
            ApplicationSubmission submission{entry.localRef, entry.idempotencyKey, "kiosk-01", "hn-cn1",
                                             "passport.ordinary", R"({"full_name":"NGUYỄN VĂN AN"})", "jpeg", "{}"};
            return submissionToJson(submission);
        },
        R"({"name":"NGUYỄN V. A"})", now);
}

}  // namespace motcua
