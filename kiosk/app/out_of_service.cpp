#include "kiosk/app/out_of_service.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

constexpr const char *kStateKey = "out_of_service";

int64_t secondsOf(const Clock &clock)
{
    return std::chrono::duration_cast<std::chrono::seconds>(clock.wallNow().time_since_epoch()).count();
}

}  // namespace

OutOfService::OutOfService(Database &db, AuditLog &audit, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_clock(clock)
{
    load();
}

void OutOfService::load()
{
    auto read = m_db.prepare("SELECT value FROM kiosk_state WHERE key = ?");
    if (!read) {
        qCWarning(lcUi) << "out-of-service state not read:" << read.error().code.c_str();
        return;
    }
    read->bind(1, std::string(kStateKey));
    if (!read->step().value_or(false)) {
        return;
    }
    const auto state = QJsonDocument::fromJson(QByteArray::fromStdString(read->columnText(0))).object();
    m_active = state.value(QStringLiteral("active")).toBool();
    m_message = m_active ? state.value(QStringLiteral("message")).toString() : QString();
    m_by = m_active ? state.value(QStringLiteral("by")).toString() : QString();
}

Status OutOfService::store(bool active, const QString &message, const QString &by)
{
    const QJsonObject state{{QStringLiteral("active"), active},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("by"), by}};
    const auto value = QJsonDocument(state).toJson(QJsonDocument::Compact).toStdString();
    return m_db.transaction([&]() -> Status {
        auto write = m_db.prepare(
            "INSERT INTO kiosk_state(key, value, updated_at) VALUES(?1, ?2, ?3)"
            " ON CONFLICT(key) DO UPDATE SET value = ?2, updated_at = ?3");
        if (!write) {
            return unexpected(write.error());
        }
        write->bind(1, std::string(kStateKey)).bind(2, value).bind(3, secondsOf(m_clock));
        if (auto done = write->run(); !done) {
            return done;
        }
        // The message is the guide's notice to the public, not personal data.
        auto audited = m_audit.appendInTransaction(active ? AuditEvent::OutOfServiceOn : AuditEvent::OutOfServiceOff,
                                                   by.toStdString(), message.toStdString());
        if (!audited) {
            return unexpected(audited.error());
        }
        return {};
    });
}

void OutOfService::enter(const QString &message, const QString &by)
{
    const auto text = message.trimmed();
    if (auto stored = store(true, text, by); !stored) {
        m_problem = QString::fromStdString(stored.error().code);
        qCWarning(lcUi) << "out of service not stored:" << stored.error().code.c_str();
        emit changed();
        return;
    }
    m_active = true;
    m_message = text;
    m_by = by;
    m_problem.clear();
    emit changed();
}

void OutOfService::showSample(const QString &message)
{
    m_active = true;
    m_message = message;
    m_by = QStringLiteral("lan.nt");
    emit changed();
}

void OutOfService::leave(const QString &by)
{
    if (!m_active) {
        return;
    }
    if (auto stored = store(false, QString(), by); !stored) {
        m_problem = QString::fromStdString(stored.error().code);
        qCWarning(lcUi) << "back in service not stored:" << stored.error().code.c_str();
        emit changed();
        return;
    }
    m_active = false;
    m_message.clear();
    m_by.clear();
    m_problem.clear();
    emit changed();
}

}  // namespace motcua
