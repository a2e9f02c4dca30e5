#include "kiosk/app/reprint_list.h"

#include <QDateTime>
#include <QTimeZone>

#include "kiosk/app/day_figures.h"
#include "kiosk/core/log_categories.h"

namespace motcua {

ReprintList::ReprintList(Database &db, PrintService *printing, AuditLog &audit, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_printing(printing), m_audit(audit), m_clock(clock)
{
}

void ReprintList::refresh()
{
    m_jobs.clear();
    const auto from = std::chrono::duration_cast<std::chrono::seconds>(
                          vietnamDayStart(m_clock.wallNow()).time_since_epoch())
                          .count();
    // Only the columns without the citizen's data: `content` stays sealed and unread.
    auto statement = m_db.prepare(
        "SELECT kind, reference, state, created_at FROM print_jobs WHERE created_at >= ? ORDER BY created_at DESC, id DESC"
        " LIMIT 200");
    if (!statement) {
        m_problem = QString::fromStdString(statement.error().code);
        emit changed();
        return;
    }
    statement->bind(1, int64_t{from});
    const QTimeZone vietnam(7 * 3600);
    while (statement->step().value_or(false)) {
        const auto at = QDateTime::fromSecsSinceEpoch(statement->columnInt(3), vietnam);
        m_jobs.append(QVariantMap{{QStringLiteral("kind"), QString::fromStdString(statement->columnText(0))},
                                  {QStringLiteral("reference"), QString::fromStdString(statement->columnText(1))},
                                  {QStringLiteral("printed"), statement->columnText(2) == "printed"},
                                  {QStringLiteral("time"), at.toString(QStringLiteral("HH:mm"))}});
    }
    emit changed();
}

void ReprintList::reprint(const QString &kind, const QString &reference, const QString &guide)
{
    if (m_printing == nullptr) {
        return;
    }
    const auto outcome = m_printing->reprint(kind.toStdString(), reference.toStdString(), Reprinter::Guide);
    // The reference is a ticket or receipt number, not the citizen's data.
    const auto detail = kind.toStdString() + " " + reference.toStdString();
    if (auto audited = m_audit.append(AuditEvent::Reprint, guide.toStdString(), detail); !audited) {
        qCWarning(lcUi) << "reprint not audited:" << audited.error().code.c_str();
    }
    if (!outcome) {
        m_outcome = QStringLiteral("failed");
        m_problem = QString::fromStdString(outcome.error().code);
    } else if (!outcome->printed) {
        m_outcome = QStringLiteral("failed");
        m_problem = outcome->problem ? QString::fromStdString(outcome->problem->code) : QStringLiteral("print.failed");
    } else {
        m_outcome = QStringLiteral("printed");
        m_problem.clear();
    }
    refresh();
}

}  // namespace motcua
