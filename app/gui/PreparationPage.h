#pragma once

#include "BackgroundTask.h"
#include "connection/ConnectionProfile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mathakine {

class BackupListModel;
class RestoreReportView;
class TaskProgressPanel;
class Workspace;
struct BackupProgress;
struct BackupRecord;
struct CloneResult;
struct RestoreProgress;
struct RestoreReport;

// Step 1 of the workflow, the staff's "before" rules: a verified backup of the connected
// database, the list of backups, a restore into a test database with its row-count check,
// and a clone of the connected database into a new test profile. Jobs run in the background.
class PreparationPage : public QWidget {
    Q_OBJECT

public:
    explicit PreparationPage(Workspace *workspace, QWidget *parent = nullptr);
    BackupListModel *model() const { return m_model; }
    bool isRunning() const { return m_task != nullptr; }

    void backUp();
    // Ask for the target in a dialog, then run.
    void restoreSelected();
    void cloneConnected();
    // Without a dialog (tests, scripted use).
    void restore(const QString &file, const QString &database, bool replace);
    void clone(const QString &database, const QString &profileName, bool replace);
    void cancelJob();
    void reloadBackups();
    QString selectedFile() const;

signals:
    void jobFinished(bool success, const QString &summary);
    // The administrator asked to work on the test copy just made.
    void connectRequested(const mathakine::ConnectionSpec &spec);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Shows the task's progress and how it fails or is canceled; its value goes to show*.
    void track(BackgroundTask *task, const QString &title, const QString &canceledText);
    void finish(bool success, const QString &summary);
    void showBackup(const BackupRecord &record);
    void showRestore(const RestoreReport &report);
    void showClone(const CloneResult &clone);
    void updateButtons();
    void retranslate();
    void showFolder();
    static void reportBackup(BackgroundTask &task, const QString &step, const BackupProgress &p);
    static void reportRestore(BackgroundTask &task, const QString &step, const RestoreProgress &p);

    Workspace *m_workspace;
    BackupListModel *m_model;
    QTableView *m_table;
    QLabel *m_intro;
    QPushButton *m_backup, *m_restore, *m_clone, *m_openFolder;
    TaskProgressPanel *m_progress;
    QLabel *m_summary;
    RestoreReportView *m_report;
    QPushButton *m_connectCopy;
    QString m_shownTarget;  // the database whose backups the list puts first
    ConnectionSpec m_copy;  // the test profile the last clone saved, with the session's password
    BackgroundTask *m_task = nullptr;
};

}  // namespace mathakine
