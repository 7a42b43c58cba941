#pragma once

#include "backup/BackupJob.h"
#include "backup/RestoreJob.h"

#include <QCoreApplication>

#include <functional>

namespace mathakine {

struct CloneRequest {
    ConnectionSpec source;        // usually a production profile
    ConnectionSpec targetServer;  // where the copy goes; its database name is not touched
    QString targetDatabase;
    QString profileName;  // the test profile saved for the copy; empty: "<database> (test)"
    bool replace = false;
    QString backupsFolder;  // empty: BackupCatalog::defaultFolder()
    QString catalogPath;    // empty: BackupCatalog::defaultPath()
};

struct CloneResult {
    BackupRecord backup;
    RestoreReport restore;
    ConnectionProfile profile;  // the saved test profile
};

// "Clone production into test": a verified backup of the source, restored into a new
// database, and a profile tagged test pointing at the copy (saved in ProfileStore).
class DatabaseClone {
    Q_DECLARE_TR_FUNCTIONS(DatabaseClone)

public:
    using StepHandler = std::function<void(const QString &step)>;  // translated, one line

    // cancel: the task's token, shared with the backup and the restore it runs.
    explicit DatabaseClone(CloneRequest request, CancelToken cancel = {});
    void setStepHandler(StepHandler handler) { m_step = std::move(handler); }
    void setBackupProgressHandler(BackupJob::ProgressHandler handler)
    {
        m_backupProgress = std::move(handler);
    }
    void setRestoreProgressHandler(RestoreJob::ProgressHandler handler)
    {
        m_restoreProgress = std::move(handler);
    }
    Outcome<CloneResult> run();
    void cancel();  // safe from any thread

    // Refuses a copy onto the source database itself, and --replace on the source's server
    // when the source is tagged production (it would drop a database there).
    static Status checkTarget(const CloneRequest &request);

private:
    CloneRequest m_request;
    StepHandler m_step;
    BackupJob::ProgressHandler m_backupProgress;
    RestoreJob::ProgressHandler m_restoreProgress;
    CancelToken m_cancel;
};

}  // namespace mathakine
