#pragma once
// Services and stores for the queue's tests: real SQLite (in memory or on disk), a manual clock at
// 08:00 in Hanoi on Monday 5 January 2026.
#include <gtest/gtest.h>

#include "kiosk/core/clock.h"
#include "kiosk/queue/queue_types.h"
#include "kiosk/store/migrations.h"
#include "tests/support/fresh_database.h"

namespace motcua::queue::testing {

inline std::vector<Service> testServices()
{
    return {
        {"passport_new", "A", "Cấp hộ chiếu lần đầu", "First passport", 7 * 60 + 30, 17 * 60, 300, {1, 2}},
        {"passport_reissue", "B", "Cấp lại hộ chiếu", "Re-issue", 7 * 60 + 30, 17 * 60, 5, {2, 3}},
        {"online_help", "E", "Hỗ trợ trực tuyến", "Online help", 0, 24 * 60, 999, {4}},
    };
}

inline Database memoryStore() { return freshDatabase(); }

}  // namespace motcua::queue::testing
