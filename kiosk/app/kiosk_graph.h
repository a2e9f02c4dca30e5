#pragma once
// The kiosk's object graph, built once from the configuration. Shared by
// motcua-kiosk's main and the QML test set-up so both run the same wiring.
#include <QObject>
#include <memory>

#include "kiosk/app/journal_observer.h"
#include "kiosk/app/kiosk_session.h"
#include "kiosk/app/accessibility_settings.h"
#include "kiosk/app/feedback_form.h"
#include "kiosk/app/spoken_guidance.h"
#include "kiosk/app/language_list.h"
#include "kiosk/app/language_switcher.h"
#include "kiosk/app/service_catalog.h"
#include "kiosk/app/outbox_worker.h"
#include "kiosk/app/id_card_scan.h"
#include "kiosk/app/passport_submission.h"
#include "kiosk/app/passport_wizard.h"
#include "kiosk/app/photo_capture.h"
#include "kiosk/app/procedure_guide.h"
#include "kiosk/app/queue_desk.h"
#include "kiosk/app/queue_board.h"
#include "kiosk/app/counter_console.h"
#include "kiosk/app/help_requests.h"
#include "kiosk/app/data_retention.h"
#include "kiosk/app/device_health.h"
#include "kiosk/app/fleet_link.h"
#include "kiosk/app/out_of_service.h"
#include "kiosk/app/guide_mode.h"
#include "kiosk/app/day_figures.h"
#include "kiosk/app/reprint_list.h"
#include "kiosk/app/shared_camera.h"
#include "kiosk/app/site_info.h"
#include "kiosk/app/status_lookup.h"
#include "kiosk/app/user_activity_filter.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/config.h"
#include "kiosk/session/citizen_session.h"
#include "kiosk/store/database.h"
#include "kiosk/portal/portal_client.h"
#include "kiosk/print/print_service.h"
#include "kiosk/print/printer.h"
#include "kiosk/store/outbox_store.h"
#include "kiosk/store/session_journal.h"

class QQmlEngine;

namespace motcua {

class KioskGraph {
public:
    // Opens the store under the data directory; fails with a readable reason.
    static Result<std::unique_ptr<KioskGraph>> build(const Config &config, const Clock &clock);

    // Makes the view-models the QML singletons and hooks language changes to `engine`.
    void attach(QQmlEngine &engine);

    const Config &config() const { return m_config; }
    CitizenSession &session() { return m_session; }
    KioskSession &kioskSession() { return m_kioskSession; }
    LanguageSwitcher &languages() { return m_switcher; }
    Database &database() { return m_db; }
    AuditLog &audit() { return m_audit; }
    OutOfService &outOfService() { return m_outOfService; }
    GuideAccounts &guideAccounts() { return m_guideAccounts; }
    GuideMode &guideMode() { return m_guideMode; }
    DayFigures &dayFigures() { return m_dayFigures; }
    ReprintList &reprintList() { return m_reprintList; }
    UserActivityFilter &activityFilter() { return m_activity; }
    StatusLookup &statusLookup() { return m_statusLookup; }
    OutboxStore &outbox() { return m_outbox; }
    PassportWizard &passportWizard() { return m_passportWizard; }
    SharedCamera &camera() { return m_camera; }
    IdCardScan &idCardScan() { return m_idCardScan; }
    PhotoCapture &photoCapture() { return m_photoCapture; }
    PassportSubmission &passportSubmission() { return m_passportSubmission; }
    ProcedureGuide &procedureGuide() { return m_procedureGuide; }
    QueueDesk &queueDesk() { return m_queueDesk; }
    QueueBoard &queueBoard() { return m_queueBoard; }
    CounterConsole &counterConsole() { return m_counterConsole; }
    HelpRequests &helpRequests() { return m_helpRequests; }
    AccessibilitySettings &accessibility() { return m_accessibility; }
    SpokenGuidance &spokenGuidance() { return m_spokenGuidance; }
    FeedbackForm &feedbackForm() { return m_feedbackForm; }
    PrintService *printService() { return m_printService.get(); }  // null: no printer configured
    DataRetention &retention() { return *m_retention; }
    DeviceHealth &deviceHealth() { return m_deviceHealth; }
    FleetLink *fleetLink() { return m_fleetLink.get(); }  // null: [fleet] enabled = false

private:
    KioskGraph(const Config &config, const Clock &clock, Database db, std::filesystem::path databaseFile);

    Config m_config;
    Database m_db;
    AuditLog m_audit;
    OutOfService m_outOfService;  // guide mode or a signed fleet command; citizens see a notice
    OutboxStore m_outbox;
    std::unique_ptr<PortalClient> m_portal;  // null when no portal is configured
    std::unique_ptr<OutboxWorker> m_outboxWorker;
    SessionJournal m_journal;
    JournalObserver m_journalObserver;
    CitizenSession m_session;
    KioskSession m_kioskSession;
    ServiceCatalog m_catalog;
    LanguageList m_languageList;
    SiteInfo m_siteInfo;
    StatusLookup m_statusLookup;
    PassportWizard m_passportWizard;
    SharedCamera m_camera;
    std::unique_ptr<Printer> m_printer;  // null when no printer is configured
    std::unique_ptr<PrintService> m_printService;
    IdCardScan m_idCardScan;
    PhotoCapture m_photoCapture;
    PassportSubmission m_passportSubmission;
    ProcedureGuide m_procedureGuide;
    LanguageSwitcher m_switcher;
    UserActivityFilter m_activity;
    QueueWiring m_queueWiring;  // [queue] mode: embedded queue, the site's hub, or off
    QueueDesk m_queueDesk;
    QueueBoard m_queueBoard;  // the display board (motcua-kiosk --display)
    CounterConsole m_counterConsole;  // guide mode / --screen counter
    HelpRequests m_helpRequests;  // "Call a guide": through the site hub or the embedded queue
    AccessibilitySettings m_accessibility{AccessibilitySettings::ForSession{}};  // large text, high contrast, speak steps: reset per session
    SpokenGuidance m_spokenGuidance;
    FeedbackForm m_feedbackForm;  // the rating step after a session
    std::unique_ptr<DataRetention> m_retention;  // [privacy] keep_*: started by main, swept by tests
    DeviceHealth m_deviceHealth;  // guide mode's device list; the fleet's health message
    std::unique_ptr<FleetLink> m_fleetLink;
    GuideAccounts m_guideAccounts;
    GuideMode m_guideMode;  // the hidden gesture, PIN pad and guide home
    DayFigures m_dayFigures;
    ReprintList m_reprintList;
};

}  // namespace motcua
