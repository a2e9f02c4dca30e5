#include "kiosk/app/device_health.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

#include "kiosk/health/kiosk_attention.h"

namespace motcua {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("DeviceHealth", text);
}

// Problem codes a guide can act on, in words; other codes read "Needs attention".
QString problemText(const std::string &code)
{
    static const std::vector<std::pair<std::string, const char *>> kTexts = {
        {"printer.media_empty", QT_TRANSLATE_NOOP("DeviceHealth", "Out of paper")},
        {"printer.media_low", QT_TRANSLATE_NOOP("DeviceHealth", "Paper running low")},
        {"printer.media_jam", QT_TRANSLATE_NOOP("DeviceHealth", "Paper jam")},
        {"printer.cover_open", QT_TRANSLATE_NOOP("DeviceHealth", "Cover open")},
        {"printer.marker_empty", QT_TRANSLATE_NOOP("DeviceHealth", "Out of ink")},
        {"printer.marker_low", QT_TRANSLATE_NOOP("DeviceHealth", "Ink running low")},
        {"printer.offline", QT_TRANSLATE_NOOP("DeviceHealth", "Not connected")},
        {"printer.unreachable", QT_TRANSLATE_NOOP("DeviceHealth", "Print service not running")},
        {"printer.stopped", QT_TRANSLATE_NOOP("DeviceHealth", "Stopped")},
        {"printer.missing", QT_TRANSLATE_NOOP("DeviceHealth", "Not found")},
        {"camera.fault", QT_TRANSLATE_NOOP("DeviceHealth", "Not found")},
        {"scanner.fault", QT_TRANSLATE_NOOP("DeviceHealth", "Not found")},
    };
    for (const auto &[known, text] : kTexts) {
        if (known == code) {
            return translated(text);
        }
    }
    return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Needs attention"));
}

QString componentText(const ComponentHealth &component)
{
    switch (component.state) {
    case HealthState::Ok: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Working"));
    case HealthState::Absent: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Not installed"));
    default: return problemText(component.code);
    }
}

QString paperText(const KioskHealth &h)
{
    if (h.printer.state == HealthState::Absent) {
        return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Not installed"));
    }
    switch (h.paper) {
    case PaperLevel::Ok: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Enough paper"));
    case PaperLevel::Low: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Paper running low"));
    case PaperLevel::Out: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Out of paper"));
    case PaperLevel::Unknown: break;
    }
    return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Unknown"));
}

QString portalText(const KioskHealth &h)
{
    switch (h.portal.state) {
    case HealthState::Ok:
        return h.portalLatencyMs
                   ? translated(QT_TRANSLATE_NOOP("DeviceHealth", "Connected (%1 ms)")).arg(*h.portalLatencyMs)
                   : translated(QT_TRANSLATE_NOOP("DeviceHealth", "Connected"));
    case HealthState::Absent: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Not configured"));
    default: return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Cannot reach the portal"));
    }
}

QString outboxText(const KioskHealth &h)
{
    if (!h.outboxDepth) {
        return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Cannot read the local store"));
    }
    QString text = *h.outboxDepth == 0 ? translated(QT_TRANSLATE_NOOP("DeviceHealth", "Nothing waiting"))
                                       : translated(QT_TRANSLATE_NOOP("DeviceHealth", "Waiting to send: %1"))
                                             .arg(*h.outboxDepth);
    if (h.outboxFailed > 0) {
        text += QStringLiteral(" · ") +
                translated(QT_TRANSLATE_NOOP("DeviceHealth", "Could not be sent: %1")).arg(h.outboxFailed);
    }
    return text;
}

QString ageText(const std::optional<int64_t> &seconds)
{
    if (!seconds) {
        return translated(QT_TRANSLATE_NOOP("DeviceHealth", "None yet"));
    }
    if (*seconds < 3600) {
        return translated(QT_TRANSLATE_NOOP("DeviceHealth", "%1 min ago")).arg(*seconds / 60);
    }
    if (*seconds < 48 * 3600) {
        return translated(QT_TRANSLATE_NOOP("DeviceHealth", "%1 h ago")).arg(*seconds / 3600);
    }
    return translated(QT_TRANSLATE_NOOP("DeviceHealth", "%1 days ago")).arg(*seconds / 86400);
}

QString diskText(const KioskHealth &h)
{
    if (!h.diskFreeBytes) {
        return translated(QT_TRANSLATE_NOOP("DeviceHealth", "Unknown"));
    }
    const double gb = static_cast<double>(*h.diskFreeBytes) / (1024.0 * 1024.0 * 1024.0);
    return translated(QT_TRANSLATE_NOOP("DeviceHealth", "%1 GB free")).arg(gb, 0, 'f', 1);
}

QVariantMap row(const char *key, const char *label, const QString &detail,
                const std::vector<HealthConcern> &concerns)
{
    QString state = QStringLiteral("ok");
    for (const auto &concern : concerns) {
        if (concern.key == key) {
            state = QString::fromLatin1(healthStateName(concern.state));
        }
    }
    return {{QStringLiteral("key"), QString::fromLatin1(key)},
            {QStringLiteral("label"), translated(label)},
            {QStringLiteral("state"), state},
            {QStringLiteral("detail"), detail}};
}

}  // namespace

DeviceHealth::Collect kioskHealthCollector(const Config &config, const std::filesystem::path &databaseFile)
{
    return [config, databaseFile, probes = probesFor(config)](const KioskHealthContext &context) {
        return collectKioskHealth(config, databaseFile, probes, context);
    };
}

DeviceHealth::DeviceHealth(Collect collect, QObject *parent)
    : QObject(parent)
    , m_collect(std::move(collect))
{
    connect(&m_watcher, &QFutureWatcher<KioskHealth>::finished, this, &DeviceHealth::finish);
}

DeviceHealth::~DeviceHealth()
{
    waitForIdle();
}

void DeviceHealth::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    KioskHealthContext context;
    context.startedAt = m_startedAt;
    context.now = std::chrono::system_clock::now();
    if (m_contextSource) {
        m_contextSource(context);
    }
    m_busy = true;
    emit changed();
    m_watcher.setFuture(QtConcurrent::run([collect = m_collect, context] { return collect(context); }));
}

void DeviceHealth::finish()
{
    m_latest = m_watcher.result();
    m_busy = false;
    emit changed();
    emit collected();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void DeviceHealth::waitForIdle()
{
    m_watcher.waitForFinished();
}

bool DeviceHealth::needsAttention() const
{
    return m_latest && !concernsOf(*m_latest).empty();
}

QVariantList DeviceHealth::rows() const
{
    if (!m_latest) {
        return {};
    }
    const auto &h = *m_latest;
    const auto concerns = concernsOf(h);
    const QString inService = h.outOfService ? QString::fromStdString(h.outOfServiceMessage)
                                             : translated(QT_TRANSLATE_NOOP("DeviceHealth", "In service"));
    return {
        row("printer", QT_TRANSLATE_NOOP("DeviceHealth", "Printer"), componentText(h.printer), concerns),
        row("paper", QT_TRANSLATE_NOOP("DeviceHealth", "Paper"), paperText(h), concerns),
        row("camera", QT_TRANSLATE_NOOP("DeviceHealth", "Camera"), componentText(h.camera), concerns),
        row("scanner", QT_TRANSLATE_NOOP("DeviceHealth", "Code scanner"), componentText(h.scanner), concerns),
        row("portal", QT_TRANSLATE_NOOP("DeviceHealth", "Portal link"), portalText(h), concerns),
        row("outbox", QT_TRANSLATE_NOOP("DeviceHealth", "Applications to send"), outboxText(h), concerns),
        row("last_accepted", QT_TRANSLATE_NOOP("DeviceHealth", "Last application accepted"),
            ageText(h.lastAcceptedAgeSeconds), concerns),
        row("out_of_service", QT_TRANSLATE_NOOP("DeviceHealth", "Out of service"),
            h.outOfService && inService.isEmpty() ? translated(QT_TRANSLATE_NOOP("DeviceHealth", "Out of service"))
                                                  : inService,
            concerns),
        row("disk", QT_TRANSLATE_NOOP("DeviceHealth", "Disk space"), diskText(h), concerns),
    };
}

}  // namespace motcua
