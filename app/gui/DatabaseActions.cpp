#include "DatabaseActions.h"

#include "BackgroundTask.h"
#include "ConfirmRunDialog.h"
#include "ReconcileDialog.h"
#include "Workspace.h"
#include "connection/ConnectionResolver.h"
#include "generate/GenerateJob.h"
#include "generate/ReconcileRun.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include <memory>

namespace mathakine {

namespace {
// A progress dialog whose Cancel cancels the task; it goes when the task ends.
void showProgress(BackgroundTask *task, QWidget *parent, const QString &label)
{
    auto *progress = new QProgressDialog(label, DatabaseActions::tr("Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(progress, &QProgressDialog::canceled, task, &BackgroundTask::cancel);
    QObject::connect(task, &BackgroundTask::progressed, progress,
                     [progress](int value, int maximum, const QString &text) {
                         progress->setMaximum(maximum);
                         progress->setValue(value);
                         progress->setLabelText(text);
                     });
    QObject::connect(task, &BackgroundTask::canceled, progress, &QWidget::close);
    QObject::connect(task, &BackgroundTask::finished, progress, &QWidget::close);
    QObject::connect(task, &BackgroundTask::failed, progress, &QWidget::close);
}

}  // namespace

DatabaseActions::DatabaseActions(Workspace *workspace, QWidget *parent)
    : QObject(parent), m_workspace(workspace), m_parent(parent)
{}

void DatabaseActions::report(bool success, const QString &title, const QString &text)
{
    QMessageBox box(success ? QMessageBox::Information : QMessageBox::Warning, title, text,
                    QMessageBox::Ok, m_parent);
    emit dialogShown(&box);
    box.exec();
    emit finished(success, text);
}

void DatabaseActions::reconcile(const QString &version)
{
    const ConnectionSpec spec = m_workspace->connection();
    const MigrationCatalog catalog = m_workspace->snapshot().catalog;
    auto *task = Task<ReconcileScript>::start([spec, catalog, version](BackgroundTask &task) {
        return ReconcileRun(spec, RunOptions(), {}, task.cancelToken()).preview(catalog, version);
    });
    showProgress(task, m_parent, tr("Computing the reconcile script…"));
    connect(task, &BackgroundTask::failed, this,
            [this](const AppError &error) { report(false, tr("Reconcile"), error.fullText()); });
    task->onFinished(this, [this, spec, catalog](const ReconcileScript &script) {
        ReconcileDialog preview(script, spec.profile.displayTarget(), m_parent);
        emit dialogShown(&preview);
        if (preview.exec() != QDialog::Accepted)
            return;
        const WorkspaceSnapshot &snapshot = m_workspace->snapshot();
        ConfirmRunDialog confirm(
            snapshot.profile, tr("Reconcile"),
            tr("%n statement(s), then migrations up to %1 recorded as applied.", nullptr,
               static_cast<int>(script.statements.size() + script.concurrent.size()))
                .arg(script.version),
            m_parent);
        if (snapshot.profile.isProduction())
            confirm.setGate(ProductionGate().evaluate(
                snapshot.profile, catalog,
                {snapshot.status.currentVersion, script.version, {}, {}}));
        emit dialogShown(&confirm);
        if (confirm.exec() != QDialog::Accepted)
            return;
        runReconcile(script.version, script.text(), confirm.typedName(), confirm.overrideReason());
    });
}

void DatabaseActions::runReconcile(const QString &version, const QString &reviewed,
                                   const QString &typedName, const QString &overrideReason)
{
    RunOptions options;
    options.language = m_workspace->language();
    options.guard.confirmation = typedName;
    options.guard.overrideReason = overrideReason;
    const ConnectionSpec spec = m_workspace->connection();
    const MigrationCatalog catalog = m_workspace->snapshot().catalog;
    auto *task = Task<ReconcileReport>::start([spec, options, catalog, version,
                                               reviewed](BackgroundTask &task) {
        auto run =
            std::make_unique<ReconcileRun>(spec, options, ReconcileOptions(), task.cancelToken());
        run->setProgressHandler([&task](int index, int count, const QString &statement) {
            task.reportProgress(index, count, statement.section(QLatin1Char('\n'), 0, 0).left(120));
        });
        return run->run(catalog, version, reviewed);  // only the reviewed script runs
    });
    showProgress(task, m_parent, tr("Reconciling…"));
    task->onFinished(this, [this](const ReconcileReport &done) {
        m_workspace->refresh();
        report(true, tr("Reconcile"), done.summary().join(QLatin1Char('\n')));
    });
    connect(task, &BackgroundTask::failed, this, [this](const AppError &error) {
        m_workspace->refresh();
        report(false, tr("Reconcile"), error.fullText());
    });
    connect(task, &BackgroundTask::canceled, this,
            [this] { report(false, tr("Reconcile"), tr("Canceled; nothing was recorded.")); });
}

void DatabaseActions::generate()
{
    QDialog ask(m_parent);
    ask.setWindowTitle(tr("Generate a migration from a database"));
    auto *form = new QFormLayout(&ask);
    auto *url = new QLineEdit(&ask);
    url->setObjectName(QStringLiteral("referenceUrl"));
    url->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    auto *title = new QLineEdit(&ask);
    title->setObjectName(QStringLiteral("title"));
    auto *titleEn = new QLineEdit(&ask);
    titleEn->setObjectName(QStringLiteral("titleEn"));
    form->addRow(tr("Reference database (URL):"), url);
    form->addRow(tr("Title (French):"), title);
    form->addRow(tr("Title (English, optional):"), titleEn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    ask.resize(620, ask.sizeHint().height());
    emit dialogShown(&ask);
    if (ask.exec() != QDialog::Accepted)
        return;
    auto reference = ConnectionResolver::resolve(url->text().trimmed(), {});
    if (!reference || url->text().trimmed().isEmpty())
        return report(false, tr("Generate"),
                      reference ? tr("Give the URL of the reference database.")
                                : reference.error().fullText());
    const WorkspaceSnapshot &snapshot = m_workspace->snapshot();
    const ConnectionSpec referenceSpec = reference.value();
    const int targetMajor = snapshot.server.versionNumber / 10000;
    const MigrationCatalog catalog = snapshot.catalog;
    const QString frenchTitle = title->text();
    const QString englishTitle = titleEn->text();
    auto *task = Task<GeneratedMigration>::start([referenceSpec, targetMajor, catalog, frenchTitle,
                                                  englishTitle](BackgroundTask &task) {
        auto job = std::make_unique<GenerateJob>(referenceSpec, targetMajor, task.cancelToken());
        job->setProgressHandler([&task](int step, int steps, const QString &what) {
            task.reportProgress(step, steps, what);
        });
        return job->run(catalog, frenchTitle, englishTitle);
    });
    showProgress(task, m_parent, tr("Generating the migration…"));
    connect(task, &BackgroundTask::failed, this,
            [this](const AppError &error) { report(false, tr("Generate"), error.fullText()); });
    connect(task, &BackgroundTask::canceled, this,
            [this] { report(false, tr("Generate"), tr("Canceled; no file was written.")); });
    task->onFinished(this, [this](const GeneratedMigration &migration) {
        m_workspace->refresh();
        report(true, tr("Generate"), GenerateJob::summary(migration).join(QLatin1Char('\n')));
    });
}

}  // namespace mathakine
