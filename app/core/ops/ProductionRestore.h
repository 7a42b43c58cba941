#pragma once

#include "backup/BackupCatalog.h"
#include "backup/RestoreJob.h"
#include "connection/ConnectionProfile.h"
#include "gate/ProductionGate.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace mathakine {

class DatabaseSession;

struct ProductionRestoreRequest {
    ConnectionSpec live;        // the database to replace (usually a production profile)
    QString file;               // a backup recorded in the catalog, of this very database
    QString confirmation;       // --confirm: the live database's name, typed by the operator
    QString maintenanceReason;  // shown to the backend; empty: a generated one
    int jobs = 0;               // pg_restore -j; 0: RestoreJob's default
    QString catalogPath;        // empty: BackupCatalog::defaultPath()
    QDateTime now;              // for the names; invalid: the current time (UTC)
};

struct ProductionRestoreReport {
    QString file;
    QString database;          // the live name, now holding the backup's data
    QString previousDatabase;  // <db>_before_restore_<timestamp>: the old live one, kept
    RestoreReport restore;     // of the copy, made as <db>_restore_<timestamp>
    int sessionsTerminated = 0;
    qint64 durationMs = 0;
};

// The last resort of the written procedure ("restaurer depuis le backup"): the backup is
// restored beside the live database as <db>_restore_<timestamp> (pg_restore -j, owners
// kept), its row counts must equal the ones recorded with the backup, it gets the live
// database's owner, grants and connection limit (DatabaseProperties), then, under
// maintenance mode and with the name typed (the production gate's confirmation), the live
// database is swapped out (DatabaseSwap) and kept as <db>_before_restore_<timestamp> until
// the operator drops it. Any failure before the swap leaves the live database untouched
// and drops the copy. Every step is audited in the databases' audit logs and the log file.
class ProductionRestore {
    Q_DECLARE_TR_FUNCTIONS(ProductionRestore)

public:
    using StepHandler = std::function<void(const QString &step)>;  // translated, one line
    using GateHandler = std::function<void(const GateReport &)>;

    // cancel: the task's token, shared with the restore of the copy.
    explicit ProductionRestore(ProductionRestoreRequest request, CancelToken cancel = {});
    void setStepHandler(StepHandler handler) { m_step = std::move(handler); }
    void setGateHandler(GateHandler handler) { m_gateHandler = std::move(handler); }
    void setRestoreProgressHandler(RestoreJob::ProgressHandler handler)
    {
        m_restoreProgress = std::move(handler);
    }
    Outcome<ProductionRestoreReport> run();
    // Safe from any thread; effective until the swap begins (which is not interrupted).
    void cancel();

    // <db>_restore_<yyyyMMdd_HHmmss> and <db>_before_restore_<…> (UTC).
    static QString restoredName(const QString &database, const QDateTime &when);
    static QString previousName(const QString &database, const QDateTime &when);

private:
    Status checkRequest(std::optional<BackupRecord> *record);
    Status checkDatabases(const DatabaseSession &admin) const;
    Outcome<RestoreReport> restoreBeside();
    Outcome<int> swapUnderMaintenance(const DatabaseSession &admin);
    // An audit row in database `database`'s log (when it has the bookkeeping schema).
    void audit(const QString &database, const QString &action, bool success,
               const QString &details) const;
    void step(const QString &text) const;
    AppError error(const QString &message, const QString &detail = {},
                   const QString &hint = {}) const;

    ProductionRestoreRequest m_request;
    QString m_live;
    QString m_restored;
    QString m_previous;
    QString m_migrationVersion;  // of the backup, for the maintenance period
    StepHandler m_step;
    GateHandler m_gateHandler;
    RestoreJob::ProgressHandler m_restoreProgress;
    CancelToken m_cancel;
};

}  // namespace mathakine
