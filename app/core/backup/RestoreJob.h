#pragma once

#include "backup/BackupProcess.h"
#include "connection/ConnectionProfile.h"
#include "rowcount/BackupRowCounts.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace mathakine {

class DatabaseSession;

struct RestoreRequest {
    ConnectionSpec server;    // how to reach the server; its database name is not touched
    QString file;             // a custom-format dump
    QString targetDatabase;   // created by the restore
    bool replace = false;     // drop and recreate the target when it exists
    bool keepOwners = false;  // else --no-owner --no-privileges: the restoring user owns all
    int jobs = 0;             // pg_restore -j; 0: up to 4, by the cores available
    QString catalogPath;      // empty: BackupCatalog::defaultPath()
    // restore-production only: a new database beside the live one on a production server.
    bool besideProduction = false;
};

struct RestoreProgress {
    enum class Phase { Checking, Creating, Restoring, Counting };
    Phase phase = Phase::Checking;
    int tablesDone = 0;
    int tablesTotal = 0;
    QString table;
};

struct RestoreReport {
    QString file;
    QString database;
    qint64 durationMs = 0;
    bool countsRecorded = false;      // the catalog knew this dump's row counts
    QMap<QString, qint64> rowCounts;  // in the restored database
    QList<RowCountDifference> differences;
    bool clean() const { return differences.isEmpty(); }
};

// Restores a dump into a new database with pg_restore (parallel jobs) and compares its
// row counts with the ones recorded when the dump was made. Refused on a profile tagged
// production, and on an existing database unless replace is set. Nothing half-done: the
// whole archive is read before anything is created (a truncated dump creates nothing), and
// any pg_restore error, cancel or crash drops the database the restore created; the error
// says so. A report is returned only for a database restored without error.
class RestoreJob {
    Q_DECLARE_TR_FUNCTIONS(RestoreJob)

public:
    using ProgressHandler = std::function<void(const RestoreProgress &)>;

    // cancel: the task's token, shared with the pg_restore it runs (a fresh one by default).
    explicit RestoreJob(RestoreRequest request, CancelToken cancel = {});
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    Outcome<RestoreReport> run();
    void cancel();  // safe from any thread

private:
    Status checkRequest() const;
    Outcome<std::unique_ptr<DatabaseSession>> openAdminSession() const;
    Status createTarget(const DatabaseSession &admin) const;
    // The error of a restore that failed after the target was created, saying whether the
    // target could be dropped.
    AppError failAndDrop(const DatabaseSession &admin, const QString &message,
                         const QString &detail) const;
    AppError error(const QString &message, const QString &detail = {},
                   const QString &hint = {}) const;

    RestoreRequest m_request;
    ProgressHandler m_progress;
    CancelToken m_cancel;
    BackupProcess m_process{m_cancel};
};

}  // namespace mathakine
