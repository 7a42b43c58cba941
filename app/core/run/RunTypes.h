#pragma once

#include "gate/ProductionGate.h"
#include "migrate/ToolSchema.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace mathakine {

enum class RunAction { Upgrade, Downgrade, Stamp };

// The plan the operator approved (a dry run, a confirmation dialog): the versions it runs, in
// order, with the checksum of each file. The run rebuilds its plan under the lock and refuses
// to start when it differs (Flyway's "validate on migrate"; Atlas's approved plans).
struct ApprovedPlan {
    bool up = true;
    QList<std::pair<QString, QString>> steps;  // (version, checksum)
    bool operator==(const ApprovedPlan &other) const = default;
};

// The production gate and maintenance mode of the written procedure.
struct GuardOptions {
    QString confirmation;             // --confirm DBNAME
    QString overrideReason;           // --override-gate "reason" (audited)
    QString maintenanceReason;        // shown to the backend; empty: a generated one
    std::optional<bool> maintenance;  // default: on for profiles tagged production
    GateSettings gate = GateSettings::fromSettings();
    QString backupCatalogPath;  // empty: the default ones
    QString validationsPath;
};

// Everything a run may be told. Defaults are the safe choice; each override is audited.
struct RunOptions {
    int lockTimeoutMs = 5000;                 // SET lock_timeout for every statement of the run
    int statementTimeoutMs = 15 * 60 * 1000;  // SET statement_timeout for every statement
    // Lock retries of a transactional step: extra attempts after a lock timeout (-1: the
    // migration's lock_retries header), each waiting at most lockRetryTimeoutMs for a lock.
    // 100 ms: one attempt's queue plus the step's lock window stay inside Mathakine's 200 ms
    // budget (queries under 200 ms at p95, DESIGN §1 budgets; issue 14).
    int lockRetries = -1;          // --lock-retries N
    int lockRetryTimeoutMs = 100;  // --lock-retry-timeout MS
    // Stall guard (StallGuard.h): how long an application session may wait behind the
    // migration before its statement is canceled; and how long, after each migration, the
    // run waits for streaming standbys to replay it (ReplicaWait.h).
    int maxAppWaitMs = 1000;      // --max-app-wait MS
    int maxReplicaLagMs = 60000;  // --max-replica-lag MS
    QString historySchema = ToolSchema::defaultName();
    QString language = QStringLiteral("en");
    bool acceptDrift = false;  // --accept-drift: record the edited files' new checksums
    bool outOfOrder =
        false;  // --out-of-order: apply a pending migration older than the newest applied
    bool allowMissing = false;  // --allow-missing: go on although applied migrations have no file
    QString preflightOverride;  // --override-preflight REASON: a pre-flight problem does not stop
                                // the run
    bool preflight = true;      // run pre-flight before upgrade and downgrade
    bool force = false;         // stamp --force
    bool singleTransaction =
        false;  // --single-transaction: the whole run commits or rolls back as one
                // (Alembic's default); refused with a non-transactional migration
    bool recordRowCounts = true;  // exact counts of the tables the run can change, before and after
    int auditRetryMs = 30000;  // how long a failure's audit row is retried after a lost connection
    QString remedyReason;  // why a remedy (accept drift, out of order, missing files) was taken;
                           // audited
    GuardOptions guard;
    std::optional<ApprovedPlan> approved;
    bool stepChecks = true;  // --no-step-checks: off (audited); see StepChecks
    QString backupFile;      // --backup FILE: the verified backup this run relies on

    // Takes the way out an error offered (AppError::remedy): sets the option its flag names,
    // with the reason the operator gave. Returns false for a flag it does not know.
    bool applyRemedy(const QString &option, const QString &reason)
    {
        if (option == QLatin1String("--accept-drift"))
            acceptDrift = true;
        else if (option == QLatin1String("--out-of-order"))
            outOfOrder = true;
        else if (option == QLatin1String("--allow-missing"))
            allowMissing = true;
        else if (option == QLatin1String("--override-preflight"))
            preflightOverride = reason;
        else if (option == QLatin1String("--force"))
            force = true;
        else
            return false;
        if (!reason.isEmpty())
            remedyReason = reason;
        return true;
    }
};

struct RunProgress {
    int migrationIndex = 0;  // 1-based
    int migrationCount = 0;
    int statementIndex = 0;  // 1-based; 0 when a migration starts
    int statementCount = 0;
    QString version;
    QString title;
};

// How long one streaming standby took to replay a migration after its commit.
struct StandbyReplay {
    QString standby;      // application_name of its WAL receiver, else its address
    qint64 replayMs = 0;  // from the commit until its replay_lsn passed the commit's WAL
    qint64 lagBytes = 0;  // how far behind it was at the commit
};

// One check of a step's own result (StepChecks): "diff", "indexes" or "smoke:<id>".
struct StepCheck {
    QString id;
    bool passed = true;
    bool skipped = false;  // nothing to check it against (no expected snapshot)
    QString message;       // translated sentence
    QString detail;        // the differences, invalid indexes or server text; may be empty
};

struct StepReport {
    QString version;
    QString title;
    bool up = true;
    int statements = 0;
    qint64 durationMs = 0;
    int attempts = 1;               // 1 + lock retries taken
    qint64 longestAppWaitMs = 0;    // longest wait of an application session behind this step
    QList<StandbyReplay> standbys;  // empty without streaming standbys
    QList<StepCheck> checks;        // empty when step checks are off
};

struct RunReport {
    QList<StepReport> steps;
    qint64 totalMs = 0;
    QStringList notCounted;  // tables whose rows could not be counted within the timeouts
    QString version;         // the database's migration version after the run, empty at base
    QString backup;          // the verified backup file the run relied on; empty when none
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::RunReport)
