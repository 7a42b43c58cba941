#pragma once

#include "Workspace.h"
#include "gate/PreflightReport.h"
#include "run/RunTypes.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QMessageBox;

class QLabel;
class QListView;
class QPushButton;

namespace mathakine {

class BackgroundTask;
class DatabaseActions;
class ConfirmRunDialog;
class MigrationDetailsView;
class MigrationTimelineModel;
class RecoveryActions;
class TaskProgressPanel;
class WaitingSessionsPanel;

// Step 2 of the workflow: the timeline of migrations with their state, the selected one's
// SQL and lint, and the actions (upgrade, downgrade, stamp, dry run) run in the background.
class MigrationsPage : public QWidget {
    Q_OBJECT

public:
    enum class Action { UpgradeHead, UpgradeToSelected, DowngradeToSelected, StampSelected };

    explicit MigrationsPage(Workspace *workspace, QWidget *parent = nullptr);
    MigrationTimelineModel *model() const { return m_model; }
    DatabaseActions *actions() const { return m_actions; }
    // confirm: pre-flight, then the confirmation dialog (gate checklist on production);
    // false runs at once with no confirmation, which the gate refuses on production.
    void run(Action action, bool confirm = true);
    // Runs with the given confirmation / override (what the dialog collects).
    void execute(Action action, const RunOptions &options);
    // Shows the error with its remedy as a button; taking it runs again with that option.
    void offerRemedy(Action action, RunOptions options, const AppError &error);
    Outcome<MigrationPlan> planOf(Action action) const;
    // Why the action would do nothing now (translated, for the tooltip); empty when it would
    // do something. A plan that cannot be made is no reason: running shows its error.
    QString unavailableReason(Action action) const;
    void previewSql();
    // Migrations -> New migration… / Export for Alembic / SQLAlchemy… (issue 15).
    void newMigration();
    void exportForPython();
    bool isRunning() const { return m_task != nullptr; }
    RecoveryActions *recovery() const { return m_recovery; }
    void cancelRun();

signals:
    void runFinished(bool success, const QString &summary);
    // Which actions are available changed (selection, snapshot, a run started or ended).
    void actionsChanged();
    // The dialog is about to be shown modally (tests fill it in).
    void confirmationShown(mathakine::ConfirmRunDialog *dialog);
    // Emitted with the dialog that offers an error's remedy, before it is shown (for tests).
    void remedyOffered(QMessageBox *box);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const WorkspaceSnapshot &snapshot);
    void forgetDatabase();
    void showSelected();
    void showDraft();
    QString selectedVersion() const;
    QString actionName(Action action) const;
    QString actionTip(Action action) const;
    QString targetOf(Action action) const;
    QString planText(Action action, const QString &target) const;
    void askAndExecute(Action action, const std::optional<PreflightReport> &preflight,
                       const QString &preflightError);
    void updateButtons();
    void retranslate();

    Workspace *m_workspace;
    MigrationTimelineModel *m_model;
    QListView *m_timeline;
    MigrationDetailsView *m_details;
    TaskProgressPanel *m_progress;
    WaitingSessionsPanel *m_waiting;
    QLabel *m_summary;
    QPushButton *m_refresh, *m_upgradeHead, *m_upgradeHere, *m_downgradeHere, *m_stamp, *m_preview;
    QPushButton *m_repair, *m_restoreBackup;  // RecoveryActions: a failed migration, a run's backup
    RecoveryActions *m_recovery;
    QPushButton
        *m_generation;  // its menu: New migration…, Export… (one button: the row stays narrow)
    QAction *m_new, *m_export, *m_generate;
    QString m_draftPath;  // a new file not in the catalog yet: shown until it is
    DatabaseActions *m_actions;
    BackgroundTask *m_task = nullptr;
    QElapsedTimer m_clock;
};

}  // namespace mathakine
