#pragma once

#include "backup/BackupCatalog.h"
#include "backup/BackupProcess.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>

#include <functional>

namespace mathakine {

class DatabaseSession;

struct BackupRequest {
    ConnectionSpec spec;
    QString outputFile;   // empty: <folder>/backup_<db>_<YYYYmmdd_HHMMSS>.dump
    QString folder;       // empty: BackupCatalog::defaultFolder()
    QString catalogPath;  // empty: BackupCatalog::defaultPath()
};

struct BackupProgress {
    enum class Phase { Preparing, Dumping, Verifying, Recording };
    Phase phase = Phase::Preparing;
    int tablesDone = 0;
    int tablesTotal = 0;
    QString table;  // the table pg_dump is reading
    qint64 bytesWritten = 0;
};

// One verified backup of one database: pg_dump in custom format into "<file>.partial",
// row counts taken in the dump's own snapshot, pg_restore reading the whole file back (its
// table of contents with --list, then every entry into /dev/null), and only then the rename
// to the final name and the catalog record. A failed, killed or canceled run leaves no file
// with the final name; a kill -9 of the tool kills pg_dump too, and the next start removes
// the .partial (TempFileLease).
class BackupJob {
    Q_DECLARE_TR_FUNCTIONS(BackupJob)

public:
    using ProgressHandler = std::function<void(const BackupProgress &)>;

    // cancel: the task's token, shared with the pg_dump it runs (a fresh one by default).
    explicit BackupJob(BackupRequest request, CancelToken cancel = {});
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // Called with pg_dump's process id once it runs (tests look at its command line).
    void setStartHandler(BackupProcess::StartHandler handler)
    {
        m_process.setStartHandler(std::move(handler));
    }

    Outcome<BackupRecord> run();
    // Safe from any thread.
    void cancel();
    // The final path a run would write (for the CLI's messages).
    QString plannedFile() const;

private:
    Status dump(const DatabaseSession &session, const QString &pgDump, const QString &snapshot,
                const QString &partial, int tablesTotal);
    Status verify(const QString &pgRestore, const QString &partial,
                  const QMap<QString, qint64> &counts);
    AppError error(const QString &message, const QString &detail = {},
                   const QString &hint = {}) const;
    void report(const BackupProgress &progress) const;

    BackupRequest m_request;
    QDateTime m_startedAt;
    QString m_file;  // the final path, chosen at construction
    ProgressHandler m_progress;
    CancelToken m_cancel;
    BackupProcess m_process{m_cancel};
};

}  // namespace mathakine
