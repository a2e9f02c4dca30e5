#include "kiosk/app/data_retention.h"

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

int64_t epochMs(std::chrono::system_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

}  // namespace

RetentionPolicy RetentionPolicy::fromConfig(const PrivacyConfig &config)
{
    return {std::chrono::hours(config.keepAcceptedHours), std::chrono::hours(24 * config.keepUnsentDays),
            std::chrono::hours(config.keepPrintJobsHours)};
}

DataRetention::DataRetention(Database &db, OutboxStore &outbox, PrintJobStore *printJobs, const Clock &clock,
                             RetentionPolicy policy, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(outbox)
    , m_printJobs(printJobs)
    , m_clock(clock)
    , m_policy(policy)
    , m_audit(db, clock)
{
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { (void)sweep(); });
}

Result<RetentionReport> DataRetention::sweep()
{
    const auto now = m_clock.wallNow();
    RetentionReport report;
    // keep_accepted_hours = 0 means "at once": everything accepted up to now (inclusive).
    auto accepted = m_outbox.forgetAccepted(epochMs(now - m_policy.keepAccepted) + 1);
    if (!accepted) {
        qCWarning(lcStore) << "retention: accepted applications not cleared:" << accepted.error().code.c_str();
        return unexpected(accepted.error());
    }
    report.acceptedForgotten = *accepted;
    auto unsent = m_outbox.forgetUnsent(epochMs(now - m_policy.keepUnsent), [this](const std::string &localRef) {
        auto audited = m_audit.appendInTransaction(AuditEvent::RetentionPurge, "kiosk", localRef);
        return audited ? Status{} : Status(unexpected(audited.error()));
    });
    if (!unsent) {
        qCWarning(lcStore) << "retention: unsent applications not purged:" << unsent.error().code.c_str();
        return unexpected(unsent.error());
    }
    report.unsentForgotten = static_cast<int64_t>(unsent->size());
    if (m_printJobs != nullptr) {
        auto purged = m_printJobs->purgeOlderThan(now - m_policy.keepPrintJobs);
        if (!purged) {
            qCWarning(lcStore) << "retention: print jobs not purged:" << purged.error().code.c_str();
            return unexpected(purged.error());
        }
        report.printJobsPurged = *purged;
    }
    if (report.total() > 0) {
        // Freed pages are zeroed (secure_delete); copies of them in the WAL go with the checkpoint.
        (void)m_db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        qCInfo(lcStore) << "retention: cleared" << report.acceptedForgotten << "accepted," << report.unsentForgotten
                        << "unsent applications," << report.printJobsPurged << "print jobs";
    }
    return report;
}

void DataRetention::start(std::chrono::milliseconds every)
{
    (void)sweep();
    m_timer.start(every);
}

}  // namespace motcua
