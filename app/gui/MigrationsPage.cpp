#include "MigrationsPage.h"

#include "BackgroundTask.h"
#include "ConfirmRunDialog.h"
#include "DatabaseActions.h"
#include "GenerateDialogs.h"
#include "MigrationDetailsView.h"
#include "MigrationTimelineDelegate.h"
#include "MigrationTimelineModel.h"
#include "RecoveryActions.h"
#include "SqlPreviewDialog.h"
#include "TaskProgressPanel.h"
#include "WaitingSessionsPanel.h"
#include "gate/PreflightCheck.h"
#include "run/MigrationRun.h"
#include "run/MigrationUseCases.h"
#include "run/RunChecks.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace mathakine {

namespace {
constexpr qint64 kMigrationBudgetMs = 5 * 60 * 1000;  // the staff's rule: Phase 1 under 5 minutes
}  // namespace

MigrationsPage::MigrationsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new MigrationTimelineModel(this)),
      m_actions(new DatabaseActions(workspace, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_upgradeHead = new QPushButton(this);
    m_upgradeHere = new QPushButton(this);
    m_downgradeHere = new QPushButton(this);
    m_stamp = new QPushButton(this);
    m_preview = new QPushButton(this);
    m_repair = new QPushButton(this);
    m_restoreBackup = new QPushButton(this);
    m_recovery = new RecoveryActions(m_workspace, this);
    m_generation = new QPushButton(this);
    auto *generation = new QMenu(m_generation);
    m_new = generation->addAction(QString());
    m_export = generation->addAction(QString());
    m_generate = generation->addAction(QString());
    m_generate->setObjectName(QStringLiteral("generate"));
    connect(m_generate, &QAction::triggered, m_actions, &DatabaseActions::generate);
    generation->setToolTipsVisible(true);
    m_generation->setMenu(generation);
    for (QPushButton *b : {m_refresh, m_upgradeHead, m_upgradeHere, m_downgradeHere, m_stamp,
                           m_preview, m_generation, m_repair, m_restoreBackup})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    m_timeline = new QListView(splitter);
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new MigrationTimelineDelegate(m_timeline));
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setMinimumWidth(420);
    m_timeline->setResizeMode(QListView::Adjust);  // row heights follow the wrapped titles
    m_details = new MigrationDetailsView(splitter);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 720});
    layout->addWidget(splitter, 1);
    m_progress = new TaskProgressPanel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("migrationsSummary"));
    m_summary->setTextFormat(Qt::PlainText);  // errors carry server text: never read as HTML
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting = new WaitingSessionsPanel(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_waiting);
    layout->addWidget(m_summary);

    connect(m_refresh, &QPushButton::clicked, m_workspace, &Workspace::refresh);
    connect(m_upgradeHead, &QPushButton::clicked, this, [this] { run(Action::UpgradeHead); });
    connect(m_upgradeHere, &QPushButton::clicked, this, [this] { run(Action::UpgradeToSelected); });
    connect(m_downgradeHere, &QPushButton::clicked, this,
            [this] { run(Action::DowngradeToSelected); });
    connect(m_stamp, &QPushButton::clicked, this, [this] { run(Action::StampSelected); });
    connect(m_preview, &QPushButton::clicked, this, &MigrationsPage::previewSql);
    connect(m_new, &QAction::triggered, this, &MigrationsPage::newMigration);
    connect(m_export, &QAction::triggered, this, &MigrationsPage::exportForPython);
    connect(m_progress, &TaskProgressPanel::cancelRequested, this, &MigrationsPage::cancelRun);
    connect(m_repair, &QPushButton::clicked, this,
            [this] { m_recovery->repair(selectedVersion()); });
    connect(m_restoreBackup, &QPushButton::clicked, this, [this] {
        m_recovery->restoreBackup(
            RecoveryActions::backupOf(m_workspace->snapshot(), selectedVersion()));
    });
    connect(m_recovery, &RecoveryActions::busyChanged, this, [this](bool busy) {
        if (busy)
            m_progress->begin(tr("Recovery"));
        else
            m_progress->end();
        updateButtons();
    });
    connect(m_recovery, &RecoveryActions::progressed, m_summary, &QLabel::setText);
    connect(m_recovery, &RecoveryActions::finished, this,
            [this](bool, const QString &summary) { m_summary->setText(summary); });
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MigrationsPage::showSelected);
    connect(m_workspace, &Workspace::snapshotChanged, this, &MigrationsPage::showSnapshot);
    connect(m_workspace, &Workspace::connectionChanged, this, &MigrationsPage::forgetDatabase);
    retranslate();
    updateButtons();
}

void MigrationsPage::showSnapshot(const WorkspaceSnapshot &snapshot)
{
    const QString selected = selectedVersion();
    m_model->setData(snapshot.status, snapshot.findings);
    int row = m_model->rowOf(selected);
    if (row < 0 && m_draftPath.isEmpty())  // a new file on show stays on show
        row = m_model->rowOfInterest();    // an empty details pane tells nothing
    if (row >= 0)
        m_timeline->setCurrentIndex(m_model->index(row));
    if (!snapshot.catalogErrors.isEmpty())
        m_summary->setText(tr("The migrations folder has errors: %1")
                               .arg(snapshot.catalogErrors.constFirst().located()));
    for (const Migration &m : snapshot.catalog.migrations) {
        if (!m_draftPath.isEmpty()
            && QFileInfo(m.filePath) == QFileInfo(m_draftPath)) {  // the new file is complete now
            m_draftPath.clear();
            m_timeline->setCurrentIndex(m_model->index(m_model->rowOf(m.version)));
        }
    }
    if (!m_timeline->currentIndex().isValid() && !m_draftPath.isEmpty())
        showDraft();
    updateButtons();
}

void MigrationsPage::forgetDatabase()
{
    // What the last run said was about the database shown before: not this one.
    if (!m_task)
        m_summary->clear();
    m_model->setData({}, {});
    m_details->clear();
    updateButtons();
}

QString MigrationsPage::selectedVersion() const
{
    const QModelIndex current = m_timeline->currentIndex();
    return current.isValid() ? current.data(MigrationTimelineModel::VersionRole).toString()
                             : QString();
}

void MigrationsPage::showSelected()
{
    const QModelIndex current = m_timeline->currentIndex();
    if (!current.isValid()) {
        if (m_draftPath.isEmpty())
            m_details->clear();
        else
            showDraft();
        return;
    }
    const QString version = selectedVersion();
    const Migration *migration = m_workspace->snapshot().catalog.find(version);
    m_details->showMigration(migration, current.data(Qt::DisplayRole).toString(),
                             current.data(MigrationTimelineModel::StateTextRole).toString()
                                 + QStringLiteral(" — ")
                                 + current.data(MigrationTimelineModel::DetailRole).toString(),
                             m_model->findingsFor(version));
    m_details->showRunRecord(RecoveryActions::runRecordText(m_workspace->snapshot(), version),
                             current.data(MigrationTimelineModel::StateRole).toInt()
                                 == static_cast<int>(MigrationState::Failed));
    updateButtons();
}

QString MigrationsPage::actionName(Action action) const
{
    switch (action) {
    case Action::UpgradeHead:
        return tr("Upgrade to head");
    case Action::UpgradeToSelected:
        return tr("Upgrade to here");
    case Action::DowngradeToSelected:
        return tr("Downgrade to here");
    case Action::StampSelected:
        return tr("Mark as applied");
    }
    return {};
}

QString MigrationsPage::planText(Action action, const QString &target) const
{
    if (action == Action::StampSelected)
        return tr("Record every migration up to %1 as applied without running it. "
                  "The database must already have what they create.")
            .arg(target);
    QString text;
    auto plan = planOf(action);
    if (plan) {
        for (const PlanStep &step : plan->steps)
            text += (step.up ? QStringLiteral("↑ ") : QStringLiteral("↓ ")) + step.migration.version
                + QStringLiteral("  ") + step.migration.displayTitle(m_workspace->language())
                + QLatin1Char('\n');
    }
    return text.isEmpty() ? tr("Nothing to do: the database is already at the target.") : text;
}

Outcome<MigrationPlan> MigrationsPage::planOf(Action action) const
{
    const WorkspaceSnapshot &snapshot = m_workspace->snapshot();
    return usecase::plan(snapshot.inspection(), snapshot.catalog,
                         action == Action::DowngradeToSelected ? RunAction::Downgrade
                                                               : RunAction::Upgrade,
                         targetOf(action));
}

QString MigrationsPage::targetOf(Action action) const
{
    return action == Action::UpgradeHead ? QStringLiteral("head") : selectedVersion();
}

void MigrationsPage::run(Action action, bool confirm)
{
    if (m_task || !m_workspace->isConnected() || targetOf(action).isEmpty())
        return;
    if (const QString reason = unavailableReason(action); !reason.isEmpty()) {
        m_summary->setText(reason);  // no dialog that would ask to confirm nothing
        return;
    }
    if (!confirm) {
        execute(action, RunOptions{});
        return;
    }
    if (action == Action::StampSelected) {
        askAndExecute(action, std::nullopt, {});
        return;
    }
    // Pre-flight reads the server: in the background, then the dialog shows what it found.
    PreflightRequest request;
    request.spec = m_workspace->connection();
    request.target = targetOf(action);
    request.upgrade = action != Action::DowngradeToSelected;
    request.language = m_workspace->language();
    const MigrationCatalog catalog = m_workspace->snapshot().catalog;
    m_progress->begin(tr("Pre-flight check"));
    auto *task = Task<PreflightReport>::start(
        [request, catalog](BackgroundTask &) { return PreflightCheck::run(request, catalog); });
    m_task = task;
    auto done = [this] {
        m_task = nullptr;
        m_progress->end();
        updateButtons();
    };
    // Cancel during pre-flight drops the action (the task is alive while it signals).
    task->onFinished(this, [this, action, done, task](const PreflightReport &report) {
        done();
        if (!task->isCancelRequested())
            askAndExecute(action, report, {});
    });
    connect(m_task, &BackgroundTask::failed, this,
            [this, action, done, task](const AppError &error) {
                done();
                if (!task->isCancelRequested())
                    askAndExecute(action, std::nullopt, error.message);
            });
    connect(m_task, &BackgroundTask::canceled, this, done);
    updateButtons();
}

void MigrationsPage::askAndExecute(Action action, const std::optional<PreflightReport> &preflight,
                                   const QString &preflightError)
{
    const WorkspaceSnapshot &snapshot = m_workspace->snapshot();
    const QString target = targetOf(action);
    ConfirmRunDialog dialog(snapshot.profile, actionName(action), planText(action, target), this);
    if (preflight)
        dialog.setPreflight(*preflight);
    else if (!preflightError.isEmpty())
        dialog.setPreflightError(preflightError);
    if (action != Action::StampSelected) {
        if (auto gate = MigrationRun::previewGate(
                snapshot.profile, snapshot.catalog, snapshot.status,
                action != Action::DowngradeToSelected, target, GuardOptions{}))
            dialog.setGate(*gate);
    }
    emit confirmationShown(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RunOptions options;
    options.guard.confirmation = dialog.typedName();
    options.guard.overrideReason = dialog.overrideReason();
    // What the dialog showed is what runs: the run refuses a plan that changed meanwhile.
    if (auto plan = planOf(action); plan && action != Action::StampSelected)
        options.approved = RunChecks::approvalOf(plan.value());
    execute(action, options);
}

void MigrationsPage::offerRemedy(Action action, RunOptions options, const AppError &error)
{
    // The error's way out as a button (the CLI shows it as a flag); audited with a reason.
    QMessageBox box(QMessageBox::Warning, actionName(action), error.message, QMessageBox::Cancel,
                    this);
    box.setInformativeText(
        error.detail.isEmpty() ? error.hint : error.detail + QLatin1String("\n\n") + error.hint);
    QPushButton *take = box.addButton(error.remedy.label, QMessageBox::AcceptRole);
    emit remedyOffered(&box);
    box.exec();
    if (box.clickedButton() != take)
        return;
    QString reason;
    if (error.remedy.needsReason) {
        bool ok = false;
        reason =
            QInputDialog::getText(this, error.remedy.label, tr("Reason (kept in the audit log):"),
                                  QLineEdit::Normal, {}, &ok)
                .trimmed();
        if (!ok || reason.isEmpty())
            return;
    }
    options.applyRemedy(error.remedy.option, reason);
    execute(action, options);
}

void MigrationsPage::execute(Action action, const RunOptions &requested)
{
    if (m_task || !m_workspace->isConnected())
        return;
    const QString target = targetOf(action);
    if (target.isEmpty())
        return;
    const ConnectionSpec spec = m_workspace->connection();
    const MigrationCatalog catalog = m_workspace->snapshot().catalog;
    RunOptions options = requested;
    options.language = m_workspace->language();
    options.preflight = action != Action::StampSelected;
    options.force = options.force && action == Action::StampSelected;
    m_summary->clear();
    m_progress->begin(actionName(action));
    auto *task = Task<RunReport>::start([=](BackgroundTask &task) {
        // The core's one run pipeline: lock, checks, gate, pre-flight, row counts, steps.
        MigrationRun migration(spec, options, task.cancelToken());
        migration.setProgressHandler([&task](const RunProgress &p) {
            const int maximum = qMax(1, p.migrationCount) * 1000;
            const int value = (p.migrationIndex - 1) * 1000
                + (p.statementCount ? p.statementIndex * 1000 / p.statementCount : 0);
            task.reportProgress(value, maximum,
                                MigrationsPage::tr("Migration %1/%2 (%3), statement %4/%5")
                                    .arg(p.migrationIndex)
                                    .arg(p.migrationCount)
                                    .arg(p.version)
                                    .arg(p.statementIndex)
                                    .arg(p.statementCount));
        });
        migration.setStallHandler([&task](const StallSample &sample) { task.report(sample); });
        return action == Action::DowngradeToSelected ? migration.downgrade(catalog, target)
            : action == Action::StampSelected        ? migration.stamp(catalog, target)
                                                     : migration.upgrade(catalog, target);
    });
    m_task = task;
    m_clock.start();  // per-migration durations come back through the history on refresh
    connect(m_task, &BackgroundTask::progressed, m_progress, &TaskProgressPanel::setProgress);
    if (action != Action::StampSelected)
        m_waiting->begin(options.maxAppWaitMs);
    task->onReport<StallSample>(
        m_waiting, [this](const StallSample &sample) { m_waiting->showSample(sample); });
    auto finish = [this](bool success, const QString &summary) {
        m_task = nullptr;
        m_progress->end();
        m_waiting->end();
        m_summary->setText(summary);
        updateButtons();
        m_workspace->refresh();
        emit runFinished(success, summary);
    };
    task->onFinished(this, [this, finish](const RunReport &report) {
        const qint64 ms = m_clock.elapsed();
        const QString budget = ms <= kMigrationBudgetMs ? tr("within the 5-minute budget")
                                                        : tr("OVER the 5-minute budget");
        finish(
            true,
            tr("%n migration(s) done in %1 s, %2.", nullptr, static_cast<int>(report.steps.size()))
                .arg(QLocale().toString(ms / 1000.0, 'f', 1), budget));
    });
    connect(m_task, &BackgroundTask::failed, this,
            [this, finish, action, options](const AppError &error) {
                finish(false, error.fullText());
                if (!error.remedy.isEmpty())
                    offerRemedy(action, options, error);
            });
    connect(m_task, &BackgroundTask::canceled, this, [finish] {
        finish(false, MigrationsPage::tr("Canceled: the migration in progress was rolled back."));
    });
    updateButtons();
}

void MigrationsPage::cancelRun()
{
    if (m_task)
        m_task->cancel();
}

void MigrationsPage::previewSql()
{
    const QString target = selectedVersion().isEmpty() ? QStringLiteral("head") : selectedVersion();
    const WorkspaceSnapshot &snapshot = m_workspace->snapshot();
    auto plan = usecase::plan(snapshot.inspection(), snapshot.catalog, RunAction::Upgrade, target);
    if (plan && plan->steps.isEmpty())
        plan = usecase::plan(snapshot.inspection(), snapshot.catalog, RunAction::Downgrade, target);
    const RunOptions defaults;
    const QString script = plan
        ? plan->sqlScript(QStringLiteral("mathakine_admin"), defaults.lockTimeoutMs,
                          defaults.statementTimeoutMs, m_workspace->language())
        : plan.error().fullText();
    SqlPreviewDialog dialog(script.isEmpty()
                                ? tr("-- Nothing to do: the database is already at %1.").arg(target)
                                : script,
                            this);
    dialog.exec();
}

void MigrationsPage::updateButtons()
{
    const bool idle = !m_task && !m_recovery->isBusy() && m_workspace->isConnected();
    const bool selected = !selectedVersion().isEmpty();
    const QModelIndex current = m_timeline->currentIndex();
    m_repair->setEnabled(idle && current.isValid()
                         && current.data(MigrationTimelineModel::StateRole).toInt()
                             == static_cast<int>(MigrationState::Failed));
    m_restoreBackup->setEnabled(
        idle && selected
        && !RecoveryActions::backupOf(m_workspace->snapshot(), selectedVersion()).isEmpty());
    m_refresh->setEnabled(idle);
    const QList<std::pair<QPushButton *, Action>> actions = {
        {m_upgradeHead, Action::UpgradeHead},
        {m_upgradeHere, Action::UpgradeToSelected},
        {m_downgradeHere, Action::DowngradeToSelected},
        {m_stamp, Action::StampSelected}};
    for (const auto &[button, action] : actions) {
        const QString reason = unavailableReason(action);
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason.isEmpty() ? actionTip(action) : reason);
    }
    m_preview->setEnabled(idle);
    m_generation->setEnabled(!m_task);
    m_generate->setEnabled(idle);
    emit actionsChanged();
}

void MigrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MigrationsPage::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_upgradeHead->setText(actionName(Action::UpgradeHead));
    m_upgradeHere->setText(actionName(Action::UpgradeToSelected));
    m_downgradeHere->setText(actionName(Action::DowngradeToSelected));
    m_stamp->setText(actionName(Action::StampSelected));
    m_preview->setText(tr("Preview SQL (dry run)"));
    m_repair->setText(tr("Repair…"));
    m_repair->setToolTip(tr("Ways out of a failed migration, each with its SQL previewed"));
    m_restoreBackup->setText(tr("Restore this backup"));
    m_restoreBackup->setToolTip(tr(
        "Last resort: put the verified backup this run relied on back in place of the database"));
    m_generation->setText(tr("Generation"));
    m_new->setText(tr("New migration…"));
    m_new->setToolTip(tr("Write the next migration file from a template"));
    m_export->setText(tr("Export for Alembic / SQLAlchemy…"));
    m_export->setToolTip(tr(
        "The migrations as Alembic revisions, or the expected schema as SQLAlchemy models, for the Python backend"));
    m_generate->setText(tr("Generate from a database…"));
    m_generate->setToolTip(tr(
        "Write the next migration from the differences between the expected schema at head and another database"));
    updateButtons();  // the tooltips
    m_upgradeHead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_refresh->setShortcut(QKeySequence::Refresh);
}

}  // namespace mathakine
