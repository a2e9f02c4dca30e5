#pragma once
// Keeps citizens' data only as long as needed ([privacy] in the configuration,
// docs/privacy.md): an accepted application's payload and receipt summary,
// an application the portal never accepted (audited), stored tickets and
// receipts. Rows that carry no personal data (references, states, receipt
// numbers) stay for the figures. Runs at start and then every few minutes.
#include <QObject>
#include <QTimer>
#include <chrono>

#include "kiosk/audit/audit_log.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/config.h"
#include "kiosk/print/print_job_store.h"
#include "kiosk/store/outbox_store.h"

namespace motcua {

struct RetentionPolicy {
    std::chrono::hours keepAccepted{0};
    std::chrono::hours keepUnsent{30 * 24};
    std::chrono::hours keepPrintJobs{24};

    static RetentionPolicy fromConfig(const PrivacyConfig &config);
};

struct RetentionReport {
    int64_t acceptedForgotten = 0;
    int64_t unsentForgotten = 0;
    int64_t printJobsPurged = 0;
    int64_t total() const { return acceptedForgotten + unsentForgotten + printJobsPurged; }
};

class DataRetention : public QObject {
    Q_OBJECT
public:
    // `printJobs` may be null (no printer configured).
    DataRetention(Database &db, OutboxStore &outbox, PrintJobStore *printJobs, const Clock &clock,
                  RetentionPolicy policy, QObject *parent = nullptr);

    Result<RetentionReport> sweep();
    // Sweeps now and then every `every` on the event loop.
    void start(std::chrono::milliseconds every = std::chrono::minutes(5));

private:
    Database &m_db;
    OutboxStore &m_outbox;
    PrintJobStore *m_printJobs;
    const Clock &m_clock;
    RetentionPolicy m_policy;
    AuditLog m_audit;
    QTimer m_timer;
};

}  // namespace motcua
