#include "RecoveryActions.h"

#include "BackgroundTask.h"
#include "RepairDialog.h"
#include "ops/ProductionRestore.h"
#include "run/MigrationObjects.h"
#include "run/StepChecks.h"

#include <QInputDialog>
#include <QLineEdit>

namespace mathakine {

RecoveryActions::RecoveryActions(Workspace *workspace, QWidget *parent)
    : QObject(parent), m_workspace(workspace), m_parent(parent)
{}

void RecoveryActions::track(BackgroundTask *task)
{
    m_task = task;
    emit busyChanged(true);
    auto end = [this] {
        m_task = nullptr;
        emit busyChanged(false);
    };
    connect(task, &BackgroundTask::progressed, this,
            [this](int, int, const QString &text) { emit progressed(text); });
    connect(task, &BackgroundTask::finished, this,
            end);  // connected first: not busy when the value is shown
    connect(task, &BackgroundTask::failed, this, [this, end](const AppError &error) {
        end();
        emit finished(false, error.fullText());
        m_workspace->refresh();
    });
    connect(task, &BackgroundTask::canceled, this, end);
}

void RecoveryActions::repair(const QString &version)
{
    if (m_task || version.isEmpty())
        return;
    const ConnectionSpec spec = m_workspace->connection();
    const MigrationCatalog catalog = m_workspace->snapshot().catalog;
    RunOptions options;
    options.language = m_workspace->language();
    auto *offer = Task<QList<RepairOption>>::start(
        [=](BackgroundTask &) { return MigrationRepair(spec, options).options(catalog, version); });
    track(offer);
    offer->onFinished(this, [=, this](const QList<RepairOption> &offered) {
        RepairDialog dialog(version, offered, m_parent);
        emit repairOffered(&dialog);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const RepairOption chosen = dialog.chosen();
        auto *apply = Task<RepairResult>::start([=](BackgroundTask &) {
            return MigrationRepair(spec, options)
                .apply(catalog, version, chosen.choice, chosen.sql);
        });
        track(apply);
        apply->onFinished(this, [this, chosen, version](const RepairResult &applied) {
            const auto &left = applied.diffLeft;
            const QString diff = !left ? tr("no expected snapshot to compare its objects with.")
                : left->isEmpty()      ? tr("its objects match the expected snapshot.")
                                  : tr("its objects still differ from the expected snapshot:\n%1")
                                        .arg(MigrationObjectsDiff::describe(*left));
            emit finished(
                true,
                tr("Repair \"%1\" of %2 done (%n statement(s), recorded in the audit log); %3",
                   nullptr, static_cast<int>(applied.ran.size()))
                    .arg(chosen.title(), version, diff));
            m_workspace->refresh();
        });
    });
}

QString RecoveryActions::backupOf(const WorkspaceSnapshot &snapshot, const QString &version)
{
    const AppliedMigration *row = snapshot.history.find(version);
    return row ? row->backup : QString();
}

QString RecoveryActions::runRecordText(const WorkspaceSnapshot &snapshot, const QString &version)
{
    const AppliedMigration *row = snapshot.history.find(version);
    if (!row)
        return {};
    QStringList parts;
    if (!row->backup.isEmpty())
        parts
            << tr("Verified backup this run relied on: %1\n(\"Restore this backup\" puts it back in place of the database.)")
                   .arg(row->backup);
    if (!row->stepChecks.isEmpty())
        parts << tr("Checks after this step:") + QLatin1Char('\n')
                + StepChecks::describe(StepChecks::fromJson(row->stepChecks));
    for (const FailureForensics &f : snapshot.forensics) {
        if (f.version == version)
            parts << tr("What the failed run left:") + QLatin1Char('\n') + f.text();
    }
    return parts.join(QStringLiteral("\n\n"));
}

void RecoveryActions::restoreBackup(const QString &file)
{
    if (m_task || file.isEmpty())
        return;
    const ConnectionSpec live = m_workspace->connection();
    bool ok = false;
    const QString typed = QInputDialog::getText(
        m_parent, tr("Restore this backup"),
        tr("Last resort: database %1 is replaced by backup %2. The backup is restored beside it first and its row counts checked; "
           "then, under maintenance mode, the sessions on %1 are ended and the databases swapped. The current one is kept as "
           "%1_before_restore_… until you drop it.\n\nType the database name to confirm:")
            .arg(live.profile.database, file),
        QLineEdit::Normal, {}, &ok);
    if (!ok || typed.isEmpty())
        return;
    ProductionRestoreRequest request;
    request.live = live;
    request.file = file;
    request.confirmation = typed;
    auto *task = Task<ProductionRestoreReport>::start([request](BackgroundTask &task) {
        ProductionRestore restore(request, task.cancelToken());
        restore.setStepHandler([&task](const QString &step) { task.reportProgress(0, 0, step); });
        return restore.run();
    });
    track(task);
    task->onFinished(this, [this](const ProductionRestoreReport &report) {
        emit finished(
            true,
            tr("Database %1 restored from %2; the previous one is kept as %3 (drop it once checked).")
                .arg(report.database, report.file, report.previousDatabase));
        m_workspace->refresh();
    });
}

}  // namespace mathakine
