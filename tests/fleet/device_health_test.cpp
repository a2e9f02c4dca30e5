// DeviceHealth: snapshots are taken off the UI thread and turned into rows a
// guide reads, one per key, with the shared attention rules deciding the state.
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

#include "kiosk/app/device_health.h"

using namespace motcua;

class DeviceHealthTest : public QObject {
    Q_OBJECT

private slots:
    void rowsFollowTheSnapshot()
    {
        std::atomic<bool> offUiThread{false};
        QThread *ui = QThread::currentThread();
        DeviceHealth health([&](const KioskHealthContext &context) {
            offUiThread = QThread::currentThread() != ui;
            KioskHealth h;
            h.printer = {HealthState::Fault, "printer.media_empty", "out of paper"};
            h.paper = PaperLevel::Out;
            h.camera = {HealthState::Ok, {}, {}};
            h.scanner = {HealthState::Absent, {}, {}};
            h.portal = {HealthState::Ok, {}, {}};
            h.portalLatencyMs = 42;
            h.outboxDepth = 0;
            h.outOfService = context.outOfService;
            h.outOfServiceMessage = context.outOfServiceMessage;
            h.diskFreeBytes = int64_t{20} << 30;
            return h;
        });
        health.setContextSource([](KioskHealthContext &context) {
            context.outOfService = true;
            context.outOfServiceMessage = "Tạm dừng";
        });
        QVERIFY(health.rows().isEmpty());
        QSignalSpy collected(&health, &DeviceHealth::collected);
        health.refresh();
        QVERIFY(health.busy());
        QVERIFY(collected.wait(5000));
        QVERIFY(offUiThread);
        QVERIFY(!health.busy());
        QVERIFY(health.needsAttention());

        QMap<QString, QVariantMap> byKey;
        for (const auto &row : health.rows()) {
            const auto map = row.toMap();
            byKey[map[QStringLiteral("key")].toString()] = map;
        }
        QCOMPARE(byKey.keys(), (QStringList{"camera", "disk", "last_accepted", "out_of_service", "outbox", "paper",
                                            "portal", "printer", "scanner"}));
        QCOMPARE(byKey["printer"]["state"].toString(), QStringLiteral("fault"));
        QCOMPARE(byKey["printer"]["detail"].toString(), QStringLiteral("Out of paper"));
        QCOMPARE(byKey["paper"]["state"].toString(), QStringLiteral("fault"));
        QCOMPARE(byKey["portal"]["detail"].toString(), QStringLiteral("Connected (42 ms)"));
        QCOMPARE(byKey["scanner"]["state"].toString(), QStringLiteral("ok"));
        QCOMPARE(byKey["scanner"]["detail"].toString(), QStringLiteral("Not installed"));
        QCOMPARE(byKey["out_of_service"]["state"].toString(), QStringLiteral("warning"));
        QCOMPARE(byKey["out_of_service"]["detail"].toString(), QStringLiteral("Tạm dừng"));
        QCOMPARE(byKey["last_accepted"]["detail"].toString(), QStringLiteral("None yet"));
        QCOMPARE(byKey["disk"]["detail"].toString(), QStringLiteral("20.0 GB free"));
        QCOMPARE(byKey["printer"]["label"].toString(), QStringLiteral("Printer"));
    }

    void refreshWhileBusyRunsOnceMore()
    {
        std::atomic<int> runs{0};
        DeviceHealth health([&](const KioskHealthContext &) {
            ++runs;
            QThread::msleep(50);
            return KioskHealth{};
        });
        QSignalSpy collected(&health, &DeviceHealth::collected);
        health.refresh();
        health.refresh();
        health.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(collected.count(), 2, 5000);
        QCOMPARE(runs.load(), 2);
    }
};

QTEST_GUILESS_MAIN(DeviceHealthTest)
#include "device_health_test.moc"
