#pragma once

#include "Workspace.h"

#include <QObject>

class QWidget;

namespace mathakine {

class BackgroundTask;
class RepairDialog;

// The ways out when a migration went wrong, for the migrations page: the repair assistant
// of a failed migration, and "Restore this backup" on a run that recorded its verified
// backup (the restore-production use case). Database work runs in the background.
class RecoveryActions : public QObject {
    Q_OBJECT

public:
    RecoveryActions(Workspace *workspace, QWidget *parent);
    bool isBusy() const { return m_task != nullptr; }

    // Reads the four ways out, shows the dialog, applies the one chosen.
    void repair(const QString &version);
    // What the history says of the migration's last run, for the details' "Run record" tab:
    // its backup, its step checks, and for a failure what it left (FailureForensics).
    static QString runRecordText(const WorkspaceSnapshot &snapshot, const QString &version);
    // The verified backup the run that applied it relied on; empty when none.
    static QString backupOf(const WorkspaceSnapshot &snapshot, const QString &version);
    // Asks for the database's name (the production gate's confirmation), then restores.
    void restoreBackup(const QString &file);

signals:
    void busyChanged(bool busy);
    void progressed(const QString &text);
    void finished(bool success, const QString &summary);
    // The repair dialog is about to be shown modally (tests choose in it).
    void repairOffered(mathakine::RepairDialog *dialog);

private:
    // Busy while task runs, its progress relayed, its failure reported; track before onFinished.
    void track(BackgroundTask *task);

    Workspace *m_workspace;
    QWidget *m_parent;
    BackgroundTask *m_task = nullptr;
};

}  // namespace mathakine
