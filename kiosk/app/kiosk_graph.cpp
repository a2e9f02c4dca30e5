#include "kiosk/app/kiosk_graph.h"

#include <QQmlEngine>

#include "kiosk/core/data_paths.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/form/bundled_form_data.h"
#include "drivers/printer/printer_factory.h"
#include "kiosk/portal/portal_client_factory.h"
#include "kiosk/print/paper_format.h"
#include "kiosk/store/migrations.h"
#include "kiosk/queue/services_from_config.h"

namespace motcua {
namespace {

std::optional<form::BundledFormData> loadFormData()
{
    auto data = form::loadBundledFormData(assetDirectory());
    if (!data) {
        qCWarning(lcUi) << "passport form data not loaded:" << data.error().code.c_str();
        return std::nullopt;
    }
    return std::move(*data);
}

std::unique_ptr<Printer> openPrinter(const PrinterConfig &config)
{
    auto printer = makePrinter(config);
    if (!printer) {
        qCWarning(lcDevice) << "printer not available:" << printer.error().code.c_str();
        return nullptr;
    }
    return std::move(*printer);
}

// The PIN check runs on a worker thread, on its own connection to the store.
GuideMode::PinCheck guidePinCheck(const std::filesystem::path &databaseFile, const Clock &clock)
{
    return [databaseFile, &clock](const std::string &name, const std::string &pin) -> Result<LoginResult> {
        auto db = Database::open(databaseFile);
        if (!db) {
            return unexpected(db.error());
        }
        AuditLog audit(*db, clock);
        return GuideAccounts(*db, audit, clock).login(name, pin);
    };
}

}  // namespace

Result<std::unique_ptr<KioskGraph>> KioskGraph::build(const Config &config, const Clock &clock)
{
    auto dir = ensureDataDirectory(config);
    if (!dir) {
        return unexpected(dir.error());
    }
    const auto file = *dir / "motcua.sqlite";
    auto db = openStore(file);
    if (!db) {
        return unexpected(db.error());
    }
    return std::unique_ptr<KioskGraph>(new KioskGraph(config, clock, std::move(*db), file));
}

KioskGraph::KioskGraph(const Config &config, const Clock &clock, Database db, std::filesystem::path databaseFile)
    : m_config(config)
    , m_db(std::move(db))
    , m_audit(m_db, clock)
    , m_outOfService(m_db, m_audit, clock)
    , m_outbox(m_db, configuredDataKeyLocation(config.privacy.keyFile, m_db.directory()))
    , m_portal(makePortalClient(config.devices.portal))
    , m_outboxWorker(m_portal ? std::make_unique<OutboxWorker>(databaseFile, config.devices.portal,
                                                               configuredDataKeyLocation(config.privacy.keyFile,
                                                                                         m_db.directory()))
                              : nullptr)
    , m_journal(m_db)
    , m_journalObserver(m_journal)
    , m_session(clock,
                IdlePolicy{std::chrono::seconds(config.session.idleTimeoutSeconds),
                           std::chrono::seconds(config.session.idleCountdownSeconds)},
                config.ui.defaultLanguage)
    , m_kioskSession(m_session, clock)
    , m_catalog(nullptr)
    , m_languageList(config.ui.languages)
    , m_siteInfo(config.site)
    , m_statusLookup(m_portal.get(), &m_outbox)
    , m_passportWizard(clock, loadFormData())
    , m_camera(config.devices.camera)
    , m_printer(openPrinter(config.devices.printer))
    , m_printService(m_printer ? std::make_unique<PrintService>(
                                     m_db, *m_printer, clock, thermal80(),
                                     configuredDataKeyLocation(config.privacy.keyFile, m_db.directory()))
                               : nullptr)
    , m_idCardScan(m_camera, m_passportWizard, config.devices.scanner, clock)
    , m_photoCapture(m_camera, m_passportWizard)
    , m_passportSubmission(m_passportWizard, m_outbox, m_portal.get(), m_printService.get(), m_config)
    , m_procedureGuide(loadBundledProcedures(), m_portal.get(), clock)
    , m_activity(m_kioskSession)
    , m_queueWiring(makeQueueWiring(config, m_db, clock))
    , m_queueDesk(m_queueWiring.issuer.get(), m_queueWiring.hub.get(), m_printService.get(), config)
    , m_queueBoard(m_queueWiring.hub.get(), dataDirectory(config) / "voice-cache",
                   QString::fromStdString(config.queue.voiceLanguages).split(QLatin1Char(','), Qt::SkipEmptyParts),
                   config.queue.displayRecent, m_queueWiring.remote)
    , m_counterConsole(m_queueWiring.hub.get(), queue::servicesFromConfig(config.queue), m_queueWiring.remote)
    , m_helpRequests(m_queueWiring.hub.get(), m_queueWiring.remote, QString::fromStdString(config.site.kioskId),
                     clock)
    , m_spokenGuidance(dataDirectory(config) / "voice-cache")
    , m_feedbackForm(m_db, m_kioskSession, config.site, clock)
    , m_deviceHealth(kioskHealthCollector(config, databaseFile))
    , m_guideAccounts(m_db, m_audit, clock)
    , m_guideMode(m_guideAccounts, m_audit, guidePinCheck(databaseFile, clock),
                  std::chrono::seconds(config.guide.idleLogoutSeconds))
    , m_dayFigures(m_db, m_queueWiring.hub.get(), m_queueWiring.remote, queue::servicesFromConfig(config.queue), clock)
    , m_reprintList(m_db, m_printService.get(), m_audit, clock)
{
    m_session.setObserver(&m_journalObserver);
    // Accessibility lasts one session (the rating step included); instructions speak the session's language.
    QObject::connect(&m_kioskSession, &KioskSession::stateChanged, &m_accessibility, [this] {
        if (m_kioskSession.state() == QLatin1String("attract")) {
            m_accessibility.reset();
        }
    });
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_spokenGuidance,
                     [this] { m_spokenGuidance.setLanguage(m_switcher.current()); });
    m_retention = std::make_unique<DataRetention>(m_db, m_outbox,
                                                  m_printService ? &m_printService->store() : nullptr, clock,
                                                  RetentionPolicy::fromConfig(config.privacy));
    if (m_passportWizard.available()) {
        addPassportService(m_catalog);
    }
    if (m_portal) {
        addStatusLookupService(m_catalog);
    }
    if (m_procedureGuide.available()) {
        addProceduresService(m_catalog);
    }
    if (m_queueDesk.available()) {
        m_catalog.add({QStringLiteral("queue"), QT_TRANSLATE_NOOP("ServiceCatalog", "Take a queue number"),
                       QT_TRANSLATE_NOOP("ServiceCatalog", "Get a number for the counter and see how long the wait is"),
                       QStringLiteral("touch.svg")});
        m_session.addHolder(&m_queueDesk);
        m_queueDesk.setLanguage(m_switcher.current());
        QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_queueDesk,
                         [this] { m_queueDesk.setLanguage(m_switcher.current()); });
        if (config.queue.counter > 0) {
            m_counterConsole.setCounter(config.queue.counter);  // this terminal's own counter
        }
        m_counterConsole.setLanguage(m_switcher.current());
        QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_counterConsole,
                         [this] { m_counterConsole.setLanguage(m_switcher.current()); });
        // A console in the same process as the board: the board follows at once.
        QObject::connect(&m_counterConsole, &CounterConsole::acted, &m_queueBoard, &QueueBoard::poll);
        m_session.addHolder(&m_helpRequests);  // a session's end withdraws its call for a guide
        m_helpRequests.setAnsweredBy(QString::fromStdString(config.site.kioskId));
        m_helpRequests.startFollowing();
    }
    addBuiltInServices(m_catalog);
    m_session.addHolder(&m_statusLookup);
    m_session.addHolder(&m_passportWizard);
    m_session.addHolder(&m_idCardScan);
    m_session.addHolder(&m_photoCapture);
    m_session.addHolder(&m_passportSubmission);
    if (m_outboxWorker) {
        m_passportSubmission.setOutboxWake([this] { m_outboxWorker->wake(); });
    }
    m_switcher.switchTo(QString::fromStdString(config.ui.defaultLanguage));
    QObject::connect(&m_kioskSession, &KioskSession::languageChanged, &m_switcher,
                     [this] { m_switcher.switchTo(m_kioskSession.language()); });
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_catalog, &ServiceCatalog::retranslate);
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_statusLookup, &StatusLookup::retranslate);
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_deviceHealth, &DeviceHealth::retranslate);
    QObject::connect(&m_outOfService, &OutOfService::changed, &m_deviceHealth, &DeviceHealth::refresh);
    m_deviceHealth.setContextSource([this](KioskHealthContext &context) {
        context.outOfService = m_outOfService.active();
        context.outOfServiceMessage = m_outOfService.message().toStdString();
        if (m_fleetLink) {
            context.lastCommand = m_fleetLink->agent().lastCommand();
        }
    });
    if (config.fleet.enabled) {
        m_fleetLink = std::make_unique<FleetLink>(config, m_db, m_deviceHealth, m_outOfService);
        if (auto started = m_fleetLink->start(); !started) {
            qCWarning(lcHealth) << "fleet link not started:" << started.error().code.c_str();
        }
    }
    QObject::connect(&m_kioskSession, &KioskSession::stateChanged, &m_guideMode,
                     [this] { m_guideMode.sessionStateChanged(m_kioskSession.state()); });
    QObject::connect(&m_guideMode, &GuideMode::assistedSessionChanged, &m_passportSubmission,
                     &PassportSubmission::setAssistingGuide);
    m_passportWizard.setLanguage(m_switcher.current());
    m_procedureGuide.setLanguage(m_switcher.current());
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_procedureGuide,
                     [this] { m_procedureGuide.setLanguage(m_switcher.current()); });
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_passportWizard,
                     [this] { m_passportWizard.setLanguage(m_switcher.current()); });
}

void KioskGraph::attach(QQmlEngine &engine)
{
    KioskSession::setInstance(&m_kioskSession);
    ServiceCatalog::setInstance(&m_catalog);
    LanguageList::setInstance(&m_languageList);
    SiteInfo::setInstance(&m_siteInfo);
    StatusLookup::setInstance(&m_statusLookup);
    PassportWizard::setInstance(&m_passportWizard);
    IdCardScan::setInstance(&m_idCardScan);
    PhotoCapture::setInstance(&m_photoCapture);
    PassportSubmission::setInstance(&m_passportSubmission);
    ProcedureGuide::setInstance(&m_procedureGuide);
    QueueDesk::setInstance(&m_queueDesk);
    QueueBoard::setInstance(&m_queueBoard);
    CounterConsole::setInstance(&m_counterConsole);
    HelpRequests::setInstance(&m_helpRequests);
    AccessibilitySettings::setInstance(&m_accessibility);
    SpokenGuidance::setInstance(&m_spokenGuidance);
    FeedbackForm::setInstance(&m_feedbackForm);
    DeviceHealth::setInstance(&m_deviceHealth);
    OutOfService::setInstance(&m_outOfService);
    GuideMode::setInstance(&m_guideMode);
    DayFigures::setInstance(&m_dayFigures);
    ReprintList::setInstance(&m_reprintList);
    m_switcher.setEngine(&engine);
}

}  // namespace motcua
