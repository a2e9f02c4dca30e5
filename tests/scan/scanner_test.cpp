// Code scanner backends: keyboard-wedge timing, the fake's fault injection,
// the serial reader over a pseudo-terminal, and the config-driven factory.
#include <gtest/gtest.h>

#include <pty.h>
#include <unistd.h>

#include <condition_variable>
#include <mutex>
#include <vector>

#include "drivers/scanner/fake_scanner.h"
#include "drivers/scanner/keyboard_wedge_assembler.h"
#include "drivers/scanner/keyboard_wedge_scanner.h"
#include "drivers/scanner/scanner_factory.h"
#include "drivers/scanner/serial_scanner.h"
#include "kiosk/scan/cccd_payload.h"

namespace motcua {
namespace {

using namespace std::chrono_literals;
using Clock = KeyboardWedgeAssembler::Clock;

// Types `text` one byte-run (UTF-8 character) per key, `gap` apart, from `t`.
Clock::time_point type(KeyboardWedgeAssembler &wedge, std::string_view text, Clock::time_point t,
                       std::chrono::milliseconds gap)
{
    size_t i = 0;
    while (i < text.size()) {
        size_t length = 1;
        while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) {
            ++length;
        }
        wedge.key(text.substr(i, length), t);
        t += gap;
        i += length;
    }
    return t;
}

TEST(KeyboardWedgeAssembler, AssemblesAScannerBurst)
{
    KeyboardWedgeAssembler wedge;
    const auto t = type(wedge, "MOTCUA:R:HN1-20250704-0042", Clock::time_point{}, 4ms);
    const auto code = wedge.enter(t);
    ASSERT_TRUE(code);
    EXPECT_EQ(*code, "MOTCUA:R:HN1-20250704-0042");
}

TEST(KeyboardWedgeAssembler, IgnoresHumanTyping)
{
    KeyboardWedgeAssembler wedge;
    const auto t = type(wedge, "HN1-0042", Clock::time_point{}, 120ms);
    EXPECT_FALSE(wedge.enter(t));
}

TEST(KeyboardWedgeAssembler, DropsWhatWasTypedBeforeAScan)
{
    KeyboardWedgeAssembler wedge;
    auto t = type(wedge, "abc", Clock::time_point{}, 150ms);
    t += 500ms;
    t = type(wedge, "MOTCUA:R:ABC-1", t, 3ms);
    const auto code = wedge.enter(t);
    ASSERT_TRUE(code);
    EXPECT_EQ(*code, "MOTCUA:R:ABC-1");
}

TEST(KeyboardWedgeAssembler, RefusesAScanCutByAPause)
{
    KeyboardWedgeAssembler wedge;
    auto t = type(wedge, "MOTCUA:R:", Clock::time_point{}, 3ms);
    t = type(wedge, "AB", t + 200ms, 3ms);
    EXPECT_FALSE(wedge.enter(t));  // only "AB" left: too short
    EXPECT_FALSE(wedge.enter(t + 1ms));  // Enter alone
}

TEST(KeyboardWedgeAssembler, RefusesOverlongInput)
{
    KeyboardWedgeAssembler wedge(KeyboardWedgeTiming{40ms, 3, 16});
    const auto t = type(wedge, std::string(40, 'A'), Clock::time_point{}, 2ms);
    EXPECT_FALSE(wedge.enter(t));
}

TEST(KeyboardWedgeScanner, DeliversCodesOnlyWhileStarted)
{
    KeyboardWedgeScanner scanner;
    std::vector<std::string> codes;
    scanner.onKey("X", Clock::time_point{});
    ASSERT_TRUE(scanner.start([&](const ScannedCode &code) { codes.push_back(code.text); }, [](const Error &) {}));
    auto t = Clock::time_point{} + 1s;
    for (const char c : std::string("MOTCUA:R:A-1")) {
        scanner.onKey(std::string(1, c), t);
        t += 5ms;
    }
    scanner.onEnter(t);
    scanner.stop();
    scanner.onKey("Y", t);
    scanner.onEnter(t);
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0], "MOTCUA:R:A-1");
    EXPECT_FALSE(scanner.carriesUtf8Intact());
}

TEST(FakeScanner, InjectsCodesAndFaults)
{
    FakeScanner scanner(FakeScannerFaults{false, false, 1});
    std::vector<std::string> codes;
    std::vector<std::string> errors;
    ASSERT_TRUE(scanner.start([&](const ScannedCode &code) { codes.push_back(code.text); },
                              [&](const Error &error) { errors.push_back(error.code); }));
    scanner.inject("MOTCUA:R:A-1");
    scanner.inject("MOTCUA:R:A-2");  // disconnects instead
    scanner.inject("MOTCUA:R:A-3");  // silent
    EXPECT_EQ(codes, std::vector<std::string>{"MOTCUA:R:A-1"});
    EXPECT_EQ(errors, std::vector<std::string>{"scanner.disconnected"});
}

TEST(FakeScanner, FailsToStartOnRequest)
{
    FakeScanner scanner(FakeScannerFaults{true});
    const auto started = scanner.start([](const ScannedCode &) {}, [](const Error &) {});
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, "scanner.open");
}

TEST(FakeScanner, AMangledIdCardReadIsRefusedNotPrefilled)
{
    // A keyboard wedge on the wrong layout: the cross-checks must catch it.
    FakeScanner scanner(FakeScannerFaults{false, true});
    std::string received;
    ASSERT_TRUE(scanner.start([&](const ScannedCode &code) { received = code.text; }, [](const Error &) {}));
    scanner.inject("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1 Tràng Tiền, Hà Nội|15042021");
    const auto payload = parseCccdPayload(received, CivilDate{2025, 7, 1});
    ASSERT_FALSE(payload);
    EXPECT_EQ(payload.error().code, "cccd.name");
}

class Inbox {
public:
    void push(std::string item)
    {
        std::lock_guard lock(m_mutex);
        m_items.push_back(std::move(item));
        m_changed.notify_all();
    }
    std::vector<std::string> waitFor(size_t count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, 10s, [&] { return m_items.size() >= count; });
        return m_items;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::string> m_items;
};

TEST(SerialScanner, ReadsUtf8LinesFromATty)
{
    int master = -1, slave = -1;
    char name[256];
    ASSERT_EQ(::openpty(&master, &slave, name, nullptr, nullptr), 0);
    SerialScanner scanner(name);
    Inbox codes;
    Inbox errors;
    ASSERT_TRUE(scanner.start([&](const ScannedCode &code) { codes.push(code.text); },
                              [&](const Error &error) { errors.push(error.code); }));
    const std::string input = "MOTCUA:R:A-1\r\n001190012345|Lê Thị Cúc|28021990|Nữ|Hà Nội|01072021\r";
    ASSERT_EQ(::write(master, input.data(), input.size()), static_cast<ssize_t>(input.size()));
    const auto received = codes.waitFor(2);
    scanner.stop();
    ::close(slave);
    ::close(master);
    ASSERT_EQ(received.size(), 2u);
    EXPECT_EQ(received[0], "MOTCUA:R:A-1");
    EXPECT_EQ(received[1], "001190012345|Lê Thị Cúc|28021990|Nữ|Hà Nội|01072021");
}

TEST(SerialScanner, ReportsADeviceThatDoesNotOpen)
{
    SerialScanner scanner("/nonexistent/ttyACM9");
    const auto started = scanner.start([](const ScannedCode &) {}, [](const Error &) {});
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, "scanner.open");
}

TEST(ScannerFactory, BuildsTheConfiguredBackend)
{
    for (const auto &[backend, name] : std::vector<std::pair<std::string, std::string>>{
             {"keyboard", "keyboard"}, {"hidpos", "hidpos"}, {"fake", "fake"}}) {
        ScannerConfig config;
        config.backend = backend;
        const auto scanner = makeCodeScanner(config);
        ASSERT_TRUE(scanner) << backend;
        EXPECT_EQ((*scanner)->backendName(), name);
    }
    ScannerConfig serial;
    serial.backend = "serial";
    EXPECT_EQ(makeCodeScanner(serial).error().code, "scanner.device");
    serial.device = "/dev/ttyACM0";
    ASSERT_TRUE(makeCodeScanner(serial));
    ScannerConfig none;
    none.backend = "none";
    EXPECT_EQ(makeCodeScanner(none).error().code, "scanner.disabled");
    ScannerConfig unknown;
    unknown.backend = "hid-pos";
    EXPECT_EQ(makeCodeScanner(unknown).error().code, "scanner.backend");
}

}  // namespace
}  // namespace motcua
