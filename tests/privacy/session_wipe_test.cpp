// Issue 10: when a session ends, every view-model property that held the
// citizen's data is back to what a fresh kiosk shows, the photo buffer is
// overwritten with zeros (not only freed), and nothing leads back into the
// previous session. The wipe is counted in event-loop turns; the 1 s bound of
// the issue is the only timed check.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QTemporaryDir>
#include <QtTest>

#include "kiosk/app/kiosk_graph.h"

using namespace motcua;

namespace {

constexpr const char *kName = "Đặng Thị Huyền Trang";
constexpr const char *kIdNumber = "001199054321";
const QString kCard = QStringLiteral("001199054321|012345679|Đặng Thị Huyền Trang|02031999|Nữ|"
                                     "Số 7 Hàng Gai, Hoàn Kiếm, Hà Nội|11052022");

// Every readable property of a view-model, by name.
QVariantMap snapshot(const QObject &object)
{
    QVariantMap values;
    const auto *meta = object.metaObject();
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const auto property = meta->property(i);
        values.insert(QString::fromLatin1(property.name()), property.read(&object));
    }
    return values;
}

// Site-wide figures, not the citizen's: the queue's services with how many wait (one more after a ticket).
const QStringList kSiteFigures = {QStringLiteral("services")};

QStringList differences(const QVariantMap &fresh, const QVariantMap &now)
{
    QStringList changed;
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        if (now.value(it.key()) != it.value() && !kSiteFigures.contains(it.key())) {
            changed << it.key();
        }
    }
    return changed;
}

}  // namespace

class SessionWipeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Config config;
        config.store.dataDir = m_dir.path().toStdString();
        config.devices.printer.backend = "fake";
        auto graph = KioskGraph::build(config, m_clock);
        QVERIFY2(graph.has_value(), graph ? "" : graph.error().message.c_str());
        m_graph = std::move(*graph);
    }

    void everyHolderIsEmptyAndThePhotoZeroedWithinOneSecond()
    {
        auto &kiosk = m_graph->kioskSession();
        const QList<QObject *> holders = {&m_graph->passportWizard(), &m_graph->idCardScan(),
                                          &m_graph->photoCapture(),  &m_graph->passportSubmission(),
                                          &m_graph->statusLookup(),  &m_graph->queueDesk()};
        kiosk.start();
        kiosk.chooseLanguage(QStringLiteral("vi"));
        kiosk.openService(QStringLiteral("passport"));
        QCoreApplication::processEvents();
        QList<QVariantMap> fresh;
        for (auto *holder : holders) {
            fresh << snapshot(*holder);
        }

        // A citizen's data in every holder.
        m_graph->idCardScan().start();  // the scan step is showing
        m_graph->idCardScan().handleCode(kCard.toStdString(), true);
        QCOMPARE(m_graph->idCardScan().idNumber(), QString::fromLatin1(kIdNumber));
        m_graph->idCardScan().useCard();
        QVERIFY(m_graph->passportWizard().answer(QStringLiteral("id_number")) == QLatin1String(kIdNumber));
        QByteArray photo(64 * 1024, '\xAB');
        m_graph->passportWizard().attachPhoto(photo);
        photo = {};
        // The test hook: a shallow copy shares the wizard's storage and keeps it alive to be inspected.
        const QByteArray probe = m_graph->passportWizard().photoJpeg();
        QVERIFY(probe.isSharedWith(m_graph->passportWizard().photoJpeg()));
        m_graph->statusLookup().lookup(QStringLiteral("HN-261123-000009"));
        m_graph->queueDesk().take(QStringLiteral("passport_new"), QStringLiteral("none"));
        QCoreApplication::processEvents();
        int filled = 0;
        for (int i = 0; i < holders.size(); ++i) {
            filled += differences(fresh[i], snapshot(*holders[i])).isEmpty() ? 0 : 1;
        }
        QVERIFY2(filled >= 3, qPrintable(QStringLiteral("only %1 holders took data").arg(filled)));

        QElapsedTimer timer;
        timer.start();
        kiosk.endSession();
        int turns = 0;
        QStringList left;
        for (; turns < 100; ++turns) {
            left.clear();
            for (int i = 0; i < holders.size(); ++i) {
                for (const auto &name : differences(fresh[i], snapshot(*holders[i]))) {
                    left << QString::fromLatin1(holders[i]->metaObject()->className()) + QLatin1Char('.') + name;
                }
            }
            if (left.isEmpty()) {
                break;
            }
            QCoreApplication::processEvents();
        }
        const auto elapsedMs = timer.elapsed();
        qInfo("wipe: every view-model back to fresh after %d event-loop turns, %lld ms", turns,
              static_cast<long long>(elapsedMs));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still holding data: ") + left.join(QLatin1String(", "))));
        QVERIFY(elapsedMs < 1000);

        // Overwritten in place, not only let go: the storage the probe shares is all zeros.
        QCOMPARE(probe.size(), 64 * 1024);
        QCOMPARE(probe.count('\0'), probe.size());
        QVERIFY(!m_graph->passportWizard().hasPhoto());
        QVERIFY(m_graph->passportWizard().answer(QStringLiteral("id_number")).isEmpty());
        QVERIFY(m_graph->idCardScan().fullName().isEmpty());

        // No way back: the next citizen starts at the first step of an empty form.
        kiosk.start();
        kiosk.chooseLanguage(QStringLiteral("vi"));
        kiosk.openService(QStringLiteral("passport"));
        kiosk.backToHome();
        kiosk.openService(QStringLiteral("passport"));
        QCOMPARE(m_graph->passportWizard().stepIndex(), 0);
        for (const auto *key : {"family_name", "given_names", "id_number"}) {
            QVERIFY(m_graph->passportWizard().answer(QString::fromLatin1(key)).isEmpty());
        }
        QVERIFY(!QString::fromUtf8(kName).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<KioskGraph> m_graph;
};

QTEST_MAIN(SessionWipeTest)
#include "session_wipe_test.moc"
