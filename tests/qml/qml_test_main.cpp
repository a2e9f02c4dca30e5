// QtQuickTest runner for the kiosk's screens: the same object graph as
// motcua-kiosk, on a temporary store, a clock the tests move by hand, and the
// real portal simulator over HTTPS with a certificate chain made here.
#include <QCoreApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <QImage>
#include <QJsonDocument>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include "kiosk/app/kiosk_graph.h"
#include "kiosk/scan/qr_decoder.h"
#include "tools/portal-sim/sim_store.h"
#include "tools/portal-sim/portal_sim_server.h"
#include "tools/portal-sim/test_pki.h"

Q_IMPORT_QML_PLUGIN(KioskAppPlugin)
Q_IMPORT_QML_PLUGIN(KioskPlugin)

// Lets a test jump the idle clock forward instead of waiting.
class TestClock : public QObject {
    Q_OBJECT

public:
    TestClock(motcua::ManualClock &clock, motcua::KioskSession &session) : m_clock(clock), m_session(session) {}

    Q_INVOKABLE void advance(double seconds)
    {
        m_clock.advance(std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000)));
        m_session.poll();
    }

private:
    motcua::ManualClock &m_clock;
    motcua::KioskSession &m_session;
};

// Points the kiosk's one camera at an image or video file at run time, through
// the same OpenCV path (tst_id_scan.qml shows it cards, a URL, a desk).
class TestCamera : public QObject {
    Q_OBJECT

public:
    explicit TestCamera(motcua::KioskGraph &graph) : m_graph(graph) {}

    Q_INVOKABLE void useFile(const QUrl &file)
    {
        motcua::CameraConfig config;
        config.backend = "file";
        config.source = file.toLocalFile().toStdString();
        m_graph.camera().reconfigure(config);
        m_graph.idCardScan().devicesChanged();
    }
    // Where a test may save a screenshot: MOTCUA_SCREENSHOT_DIR/name, or "" (not asked for).
    Q_INVOKABLE QString screenshotPath(const QString &name) const
    {
        const auto dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
        return dir.isEmpty() ? QString() : dir + QLatin1Char('/') + name;
    }

private:
    motcua::KioskGraph &m_graph;
};

// The passport submission tests: decode a grabbed QR code with zxing-cpp, and
// read what the portal simulator stored (as GET /v1/sim/applications lists it).
class PassportTestTools : public QObject {
    Q_OBJECT

public:
    explicit PassportTestTools(std::filesystem::path simData) : m_simData(std::move(simData)) {}

    // `picture`: a PNG file's path, or an image (an ItemGrabResult's `image`, as grabbed from the screen).
    Q_INVOKABLE QString decodeQr(const QVariant &picture) const
    {
        QImage source = picture.value<QImage>();
        if (source.isNull()) {
            source = QImage(picture.toString());
        }
        QImage image = source.convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull()) {
            return {};
        }
        const cv::Mat grey(image.height(), image.width(), CV_8UC1, image.bits(), static_cast<size_t>(image.bytesPerLine()));
        const auto codes = motcua::QrDecoder(motcua::QrDecoder::Effort::Thorough).decode(grey);
        return codes.empty() ? QString() : QString::fromStdString(codes.front().text);
    }

    // [{receipt_number, local_reference, kiosk_id, paid, photo_bytes, form: {…}}]
    Q_INVOKABLE QVariantList simApplications() const
    {
        auto store = motcua::SimStore::open(m_simData);
        QVariantList out;
        if (!store) {
            return out;
        }
        auto all = (*store)->all();
        for (const auto &application : all ? *all : std::vector<motcua::StoredApplication>{}) {
            out.append(QVariantMap{
                {QStringLiteral("receipt_number"), QString::fromStdString(application.receiptNumber)},
                {QStringLiteral("local_reference"), QString::fromStdString(application.localReference)},
                {QStringLiteral("kiosk_id"), QString::fromStdString(application.kioskId)},
                {QStringLiteral("paid"), application.paid},
                {QStringLiteral("photo_bytes"), static_cast<qlonglong>(application.photoBytes)},
                {QStringLiteral("form"), QJsonDocument::fromJson(QByteArray::fromStdString(application.formJson)).toVariant()}});
        }
        return out;
    }

private:
    std::filesystem::path m_simData;
};

// Guide accounts for tst_guide_mode.qml (the CLI's `motcua guide add` does the same).
class GuideTestTools : public QObject {
    Q_OBJECT

public:
    explicit GuideTestTools(motcua::KioskGraph &graph) : m_graph(graph) {}

    Q_INVOKABLE bool addGuide(const QString &name, const QString &pin, const QString &role)
    {
        const auto parsed = motcua::guideRoleFromName(role.toStdString());
        return parsed && m_graph.guideAccounts().add(name.toStdString(), pin.toStdString(), "test", *parsed);
    }

private:
    motcua::KioskGraph &m_graph;
};

class Setup : public QObject {
    Q_OBJECT

public:
    // Made before the application: the screens under test have no InputPanel (Main.qml has it), so the
    // virtual keyboard would open a desktop keyboard window of its own at the first focused field, and
    // on the offscreen platform that window keeps activation from every later test file's window.
    Setup() { qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1"); }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        motcua::Config config;
        config.store.dataDir = dataDir().toStdString();
        config.devices.printer.backend = "fake";  // receipts and the TK01a declaration print
        // The privacy e2e (tests/e2e/privacy_e2e.sh) prints on a real cupsd and greps the data left behind.
        if (const QByteArray cups = qgetenv("MOTCUA_TEST_CUPS_SERVER"); !cups.isEmpty()) {
            config.devices.printer.backend = "cups";
            config.devices.printer.server = cups.toStdString();
            config.devices.printer.destination = qgetenv("MOTCUA_TEST_CUPS_QUEUE").toStdString();
        }
        startPortal(config);
        // tst_photo_step.qml runs with the bundled sample video as the camera
        // (ctest qml_photo_step_test); the other tests keep "none".
        if (const QByteArray source = qgetenv("MOTCUA_TEST_CAMERA_SOURCE"); !source.isEmpty()) {
            config.devices.camera.backend = "file";
            config.devices.camera.source = source.toStdString();
        }
        auto graph = motcua::KioskGraph::build(config, m_clock);
        if (!graph) {
            qFatal("cannot build the kiosk graph: %s", graph.error().message.c_str());
        }
        m_graph = std::move(*graph);
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_graph->attach(*engine);
        QCoreApplication::instance()->installEventFilter(&m_graph->activityFilter());
        m_testClock = std::make_unique<TestClock>(m_clock, m_graph->kioskSession());
        qmlRegisterSingletonInstance("KioskTest", 1, 0, "TestClock", m_testClock.get());
        m_passportTools = std::make_unique<PassportTestTools>(std::filesystem::path(dataDir().toStdString()) / "portal-sim.sqlite");
        qmlRegisterSingletonInstance("KioskTest", 1, 0, "PassportTestTools", m_passportTools.get());
        m_testCamera = std::make_unique<TestCamera>(*m_graph);
        qmlRegisterSingletonInstance("KioskTest", 1, 0, "TestCamera", m_testCamera.get());
        m_guideTools = std::make_unique<GuideTestTools>(*m_graph);
        qmlRegisterSingletonInstance("KioskTest", 1, 0, "GuideTestTools", m_guideTools.get());
    }

private:
    // MOTCUA_TEST_DATA_DIR keeps the store after the run (the privacy e2e inspects it); else a temporary one.
    QString dataDir() const
    {
        const auto kept = qEnvironmentVariable("MOTCUA_TEST_DATA_DIR");
        return kept.isEmpty() ? m_dataDir.path() : kept;
    }

    void startPortal(motcua::Config &config)
    {
        const std::filesystem::path dir = dataDir().toStdString();
        auto pki = motcua::makeTestPki(dir / "pki", {"kiosk-01"});
        if (!pki) {
            qFatal("cannot make the test PKI: %s", pki.error().message.c_str());
        }
        motcua::SimOptions options;
        options.port = 0;
        options.cert = pki->serverCert();
        options.key = pki->serverKey();
        options.dataFile = dir / "portal-sim.sqlite";
        auto server = motcua::PortalSimServer::create(options);
        if (!server) {
            qFatal("cannot create the portal simulator: %s", server.error().message.c_str());
        }
        m_portal = std::move(*server);
        const auto port = m_portal->start();
        if (!port) {
            qFatal("cannot start the portal simulator: %s", port.error().message.c_str());
        }
        config.devices.portal.backend = "https";
        config.devices.portal.url = "https://127.0.0.1:" + std::to_string(*port);
        config.devices.portal.caFile = pki->caCert();
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<motcua::PortalSimServer> m_portal;
    motcua::ManualClock m_clock;
    std::unique_ptr<motcua::KioskGraph> m_graph;
    std::unique_ptr<TestClock> m_testClock;
    std::unique_ptr<TestCamera> m_testCamera;
    std::unique_ptr<PassportTestTools> m_passportTools;
    std::unique_ptr<GuideTestTools> m_guideTools;
};

QUICK_TEST_MAIN_WITH_SETUP(shell, Setup)

#include "qml_test_main.moc"
