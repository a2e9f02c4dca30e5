// The real motcua-hub under load from simulated kiosks and counters, killed with SIGKILL in the middle
// and restarted: no ticket a kiosk handed out is lost, no number is handed out twice.
#include <gtest/gtest.h>

#include <filesystem>

#include "tools/hub/queue_load.h"

namespace motcua {
namespace {

TEST(HubKillE2eTest, SigkillDuringLoadLosesAndDuplicatesNothing)
{
    const auto dir = std::filesystem::temp_directory_path() / ("motcua-hub-e2e-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    QueueLoadSettings settings;
    settings.hubProgram = MOTCUA_HUB_PROGRAM;
    settings.workDir = dir;
    settings.kiosks = 6;
    settings.counters = 3;
    settings.services = 4;
    settings.seconds = 4;
    settings.kills = 2;
    auto result = runQueueLoad(settings);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->killsDone, 2);
    EXPECT_GT(result->issuedOnline, 0);
    EXPECT_GT(result->issuedFromLease, 0) << "kiosks should have issued from their leases while the hub was down";
    EXPECT_EQ(result->duplicates, 0);
    EXPECT_EQ(result->lost, 0);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace motcua
