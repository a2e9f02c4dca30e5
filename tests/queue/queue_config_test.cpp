// The [queue] section of the configuration: services with their letters, hours, caps and counters.
#include <gtest/gtest.h>

#include "kiosk/core/config_loader.h"
#include "kiosk/queue/services_from_config.h"

namespace motcua::queue {
namespace {

TEST(QueueConfigTest, DefaultsListTheSupportPointsServices)
{
    const auto services = servicesFromConfig(Config{}.queue);
    ASSERT_EQ(services.size(), 5u);
    EXPECT_EQ(services[0].code, "passport_new");
    EXPECT_EQ(services[0].prefix, "A");
    EXPECT_EQ(services[2].code, "passport_child");
}

TEST(QueueConfigTest, ReadsServicesFromToml)
{
    auto config = parseConfig(R"(
[queue]
mode = "hub"
hub_url = "https://10.0.0.5:8450"
lease_block = 20
counter = 7

[[queue.services]]
code = "residence"
prefix = "R"
name_vi = "Cư trú"
opens = "08:00"
closes = "11:30"
daily_cap = 50
counters = [7, 8]
)",
                              "site.toml");
    ASSERT_TRUE(config) << config.error().describe();
    EXPECT_EQ(config->queue.mode, "hub");
    EXPECT_EQ(config->queue.leaseBlock, 20);
    EXPECT_EQ(config->queue.counter, 7);
    const auto services = servicesFromConfig(config->queue);
    ASSERT_EQ(services.size(), 1u);
    EXPECT_EQ(services[0].prefix, "R");
    EXPECT_EQ(services[0].nameEn, "Cư trú");
    EXPECT_EQ(services[0].opensAtMinute, 8 * 60);
    EXPECT_EQ(services[0].closesAtMinute, 11 * 60 + 30);
    EXPECT_EQ(services[0].dailyCap, 50);
    EXPECT_EQ(services[0].counters, (std::vector<int>{7, 8}));
}

TEST(QueueConfigTest, RefusesBadServices)
{
    const auto problem = [](const std::string &service) {
        auto config = parseConfig("[[queue.services]]\n" + service, "site.toml");
        return config ? std::string() : config.error().problem;
    };
    EXPECT_NE(problem("code = \"x\"\nprefix = \"ab\"\ncounters = [1]\n").find("prefix"), std::string::npos);
    EXPECT_NE(problem("code = \"x\"\nprefix = \"A\"\n").find("counter"), std::string::npos);
    EXPECT_NE(problem("code = \"x\"\nprefix = \"A\"\nopens = \"12:00\"\ncloses = \"08:00\"\ncounters = [1]\n")
                  .find("opens"),
              std::string::npos);
    EXPECT_NE(problem("code = \"x\"\nprefix = \"A\"\ncounters = [1]\ncolour = 3\n").find("unknown key"),
              std::string::npos);
    EXPECT_NE(problem("code = \"Bad Code\"\nprefix = \"A\"\ncounters = [1]\n").find("code"), std::string::npos);
    auto twice = parseConfig("[[queue.services]]\ncode = \"x\"\nprefix = \"A\"\ncounters = [1]\n"
                             "[[queue.services]]\ncode = \"y\"\nprefix = \"A\"\ncounters = [1]\n",
                             "site.toml");
    ASSERT_FALSE(twice);
    EXPECT_NE(twice.error().problem.find("unique"), std::string::npos);
}

}  // namespace
}  // namespace motcua::queue
