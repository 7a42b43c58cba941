#pragma once

#include "Workspace.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace mathakine {

class BackgroundTask;
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
    // Runs an action without the confirmation dialog (tests, scripted use).
    void run(Action action, bool confirm = true);
    void previewSql();
    bool isRunning() const { return m_task != nullptr; }
    void cancelRun();

signals:
    void runFinished(bool success, const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const WorkspaceSnapshot &snapshot);
    void showSelected();
    QString selectedVersion() const;
    QString actionName(Action action) const;
    void updateButtons();
    void retranslate();

    Workspace *m_workspace;
    MigrationTimelineModel *m_model;
    QListView *m_timeline;
    MigrationDetailsView *m_details;
    TaskProgressPanel *m_progress;
    QLabel *m_summary;
    QPushButton *m_refresh, *m_upgradeHead, *m_upgradeHere, *m_downgradeHere, *m_stamp, *m_preview;
    BackgroundTask *m_task = nullptr;
    QElapsedTimer m_clock;
};

} // namespace mathakine
