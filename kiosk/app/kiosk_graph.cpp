#include "kiosk/app/kiosk_graph.h"

#include <QQmlEngine>

#include "kiosk/core/data_paths.h"
#include "kiosk/store/migrations.h"

namespace motcua {

Result<std::unique_ptr<KioskGraph>> KioskGraph::build(const Config &config, const Clock &clock)
{
    auto dir = ensureDataDirectory(config);
    if (!dir) {
        return unexpected(dir.error());
    }
    auto db = openStore(*dir / "motcua.sqlite");
    if (!db) {
        return unexpected(db.error());
    }
    return std::unique_ptr<KioskGraph>(new KioskGraph(config, clock, std::move(*db)));
}

KioskGraph::KioskGraph(const Config &config, const Clock &clock, Database db)
    : m_config(config)
    , m_db(std::move(db))
    , m_journal(m_db)
    , m_journalObserver(m_journal)
    , m_session(clock,
                IdlePolicy{std::chrono::seconds(config.session.idleTimeoutSeconds),
                           std::chrono::seconds(config.session.idleCountdownSeconds)},
                config.ui.defaultLanguage)
    , m_kioskSession(m_session)
    , m_catalog(nullptr)
    , m_languageList(config.ui.languages)
    , m_siteInfo(config.site)
    , m_activity(m_kioskSession)
{
    m_session.setObserver(&m_journalObserver);
    addBuiltInServices(m_catalog);
    m_switcher.switchTo(QString::fromStdString(config.ui.defaultLanguage));
    QObject::connect(&m_kioskSession, &KioskSession::languageChanged, &m_switcher,
                     [this] { m_switcher.switchTo(m_kioskSession.language()); });
    QObject::connect(&m_switcher, &LanguageSwitcher::switched, &m_catalog, &ServiceCatalog::retranslate);
}

void KioskGraph::attach(QQmlEngine &engine)
{
    KioskSession::setInstance(&m_kioskSession);
    ServiceCatalog::setInstance(&m_catalog);
    LanguageList::setInstance(&m_languageList);
    SiteInfo::setInstance(&m_siteInfo);
    m_switcher.setEngine(&engine);
}

}  // namespace motcua
