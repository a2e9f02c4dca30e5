// QtQuickTest runner for the kiosk's screens: the same object graph as
// motcua-kiosk, on a temporary store, a clock the tests move by hand, and the
// real portal simulator over HTTPS with a certificate chain made here.
#include <QCoreApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include "kiosk/app/kiosk_graph.h"
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

class Setup : public QObject {
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        motcua::Config config;
        config.store.dataDir = m_dataDir.path().toStdString();
        startPortal(config);
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
    }

private:
    void startPortal(motcua::Config &config)
    {
        const std::filesystem::path dir = m_dataDir.path().toStdString();
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
};

QUICK_TEST_MAIN_WITH_SETUP(shell, Setup)

#include "qml_test_main.moc"
