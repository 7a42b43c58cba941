#pragma once

#include "Workspace.h"
#include "run/RunTypes.h"
#include "ops/PreflightReport.h"

#include <QElapsedTimer>
#include <QWidget>

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
class TaskProgressPanel;

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
    void previewSql();
    bool isRunning() const { return m_task != nullptr; }
    void cancelRun();

signals:
    void runFinished(bool success, const QString &summary);
    // The dialog is about to be shown modally (tests fill it in).
    void confirmationShown(mathakine::ConfirmRunDialog *dialog);
    // Emitted with the dialog that offers an error's remedy, before it is shown (for tests).
    void remedyOffered(QMessageBox *box);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const WorkspaceSnapshot &snapshot);
    void showSelected();
    QString selectedVersion() const;
    QString actionName(Action action) const;
    QString targetOf(Action action) const;
    QString planText(Action action, const QString &target) const;
    void askAndExecute(Action action, const std::optional<PreflightReport> &preflight, const QString &preflightError);
    void updateButtons();
    void retranslate();

    Workspace *m_workspace;
    MigrationTimelineModel *m_model;
    QListView *m_timeline;
    MigrationDetailsView *m_details;
    TaskProgressPanel *m_progress;
    QLabel *m_summary;
    QPushButton *m_refresh, *m_upgradeHead, *m_upgradeHere, *m_downgradeHere, *m_stamp, *m_preview, *m_generate;
    DatabaseActions *m_actions;
    BackgroundTask *m_task = nullptr;
    QElapsedTimer m_clock;
};

} // namespace mathakine
