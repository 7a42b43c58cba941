#include "PreparationPage.h"

#include "BackupListModel.h"
#include "RestoreReportView.h"
#include "StatusColors.h"
#include "TaskProgressPanel.h"
#include "TestCopyDialog.h"
#include "Workspace.h"
#include "backup/DatabaseClone.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace mathakine {

namespace {
const QString kErrorStyle = QStringLiteral("color: ") + StatusColors::bad().name();
}  // namespace

PreparationPage::PreparationPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new BackupListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_backup = new QPushButton(this);
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_clone = new QPushButton(this);
    m_clone->setObjectName(QStringLiteral("cloneButton"));
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    for (QPushButton *b : {m_backup, m_restore, m_clone})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_openFolder);
    layout->addLayout(buttons);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_intro);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    // Columns fit their contents, the file name whole (database and time stamp); the profile
    // (user@host/db for a URL connection) takes what is left, elided in the middle.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BackupListModel::ProfileColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_progress = new TaskProgressPanel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);  // errors carry server text: never read as HTML
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new RestoreReportView(this);
    m_connectCopy = new QPushButton(this);
    m_connectCopy->setObjectName(QStringLiteral("connectCopyButton"));
    m_connectCopy->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_report);
    layout->addWidget(m_connectCopy, 0, Qt::AlignLeft);

    connect(m_backup, &QPushButton::clicked, this, &PreparationPage::backUp);
    connect(m_restore, &QPushButton::clicked, this, &PreparationPage::restoreSelected);
    connect(m_clone, &QPushButton::clicked, this, &PreparationPage::cloneConnected);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = BackupCatalog::defaultFolder();
        QDir().mkpath(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            m_summary->setText(tr("No file manager could open %1.").arg(folder));
    });
    connect(m_connectCopy, &QPushButton::clicked, this, [this] { emit connectRequested(m_copy); });
    connect(m_progress, &TaskProgressPanel::cancelRequested, this, &PreparationPage::cancelJob);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PreparationPage::updateButtons);
    connect(m_workspace, &Workspace::snapshotChanged, this, &PreparationPage::reloadBackups);
    connect(m_workspace, &Workspace::refreshFailed, this, &PreparationPage::updateButtons);
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        if (m_task)
            return;
        // The last job's result was about the database shown before.
        m_summary->clear();
        m_report->clearReport();
        m_connectCopy->hide();
    });
    retranslate();
    reloadBackups();
}

QString PreparationPage::selectedFile() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(BackupListModel::FilePathRole).toString() : QString();
}

void PreparationPage::reloadBackups()
{
    // backups.json is a small local file: read here; the dumps themselves are only stat()ed.
    const QString connected = m_workspace->isConnected()
        ? BackupCatalog::targetKey(m_workspace->connection().profile)
        : QString();
    // Another database: start from its newest backup rather than keep the old selection.
    const QString selected = connected == m_shownTarget ? selectedFile() : QString();
    m_shownTarget = connected;
    const auto records = BackupCatalog().load();
    m_model->setRecords(records ? records.value() : QList<BackupRecord>{}, connected);
    if (!records) {
        m_summary->setStyleSheet(kErrorStyle);
        m_summary->setText(records.error().fullText());
    }
    // Keep the selection; else select the newest backup of the connected database (row 0).
    const int row = m_model->rowOfFile(selected);
    if (row >= 0 || m_model->rowCount() > 0)
        m_table->selectRow(qMax(row, 0));
    showFolder();  // the settings may name another folder by now
    updateButtons();
}

void PreparationPage::backUp()
{
    if (m_task || !m_workspace->isConnected())
        return;
    const ConnectionSpec spec = m_workspace->connection();
    const QString folder = BackupCatalog::defaultFolder();  // QSettings, read in the UI thread
    auto *task = Task<BackupRecord>::start([spec, folder](BackgroundTask &task) {
        BackupJob job({spec, {}, folder, {}}, task.cancelToken());
        job.setProgressHandler([&task](const BackupProgress &p) { reportBackup(task, {}, p); });
        return job.run();
    });
    task->onFinished(this, [this](const BackupRecord &record) { showBackup(record); });
    track(task, tr("Backing up %1").arg(spec.profile.displayTarget()),
          tr("Backup canceled: no file was kept."));
}

void PreparationPage::restoreSelected()
{
    const int row = m_table->currentIndex().row();
    if (m_task || !m_workspace->isConnected() || row < 0)
        return;
    const QString file = m_model->record(row).file;
    TestCopyDialog dialog(TestCopyDialog::Kind::Restore, QFileInfo(file).fileName(),
                          m_model->record(row).database + QStringLiteral("_restore"), true, this);
    if (dialog.exec() == QDialog::Accepted)
        restore(file, dialog.databaseName(), dialog.replaceExisting());
}

void PreparationPage::restore(const QString &file, const QString &database, bool replace)
{
    if (m_task || !m_workspace->isConnected())
        return;
    // The connected server is where the copy goes; RestoreJob refuses a production profile.
    const ConnectionSpec server = m_workspace->connection();
    auto *task = Task<RestoreReport>::start([server, file, database,
                                             replace](BackgroundTask &task) {
        RestoreJob job({server, file, database, replace, false, 0, {}}, task.cancelToken());
        job.setProgressHandler([&task](const RestoreProgress &p) { reportRestore(task, {}, p); });
        return job.run();
    });
    task->onFinished(this, [this](const RestoreReport &report) { showRestore(report); });
    track(task, tr("Restoring into %1").arg(database),
          tr("Restore canceled: no partial database was kept."));
}

void PreparationPage::cloneConnected()
{
    if (m_task || !m_workspace->isConnected())
        return;
    const ConnectionProfile source = m_workspace->connection().profile;
    // Replacing on a production server would drop a database there: DatabaseClone refuses it.
    TestCopyDialog dialog(TestCopyDialog::Kind::Clone, source.displayTarget(),
                          source.database + QStringLiteral("_test"), !source.isProduction(), this);
    if (dialog.exec() == QDialog::Accepted)
        clone(dialog.databaseName(), dialog.profileName(), dialog.replaceExisting());
}

void PreparationPage::clone(const QString &database, const QString &profileName, bool replace)
{
    if (m_task || !m_workspace->isConnected())
        return;
    const ConnectionSpec source = m_workspace->connection();
    const CloneRequest request{
        source, source, database, profileName, replace, BackupCatalog::defaultFolder(), {}};
    auto *task = Task<CloneResult>::start([request](BackgroundTask &task) {
        DatabaseClone clone(request, task.cancelToken());
        QString
            step;  // the clone's current step, prefixed to its jobs' progress (worker thread only)
        clone.setStepHandler([&task, &step](const QString &s) {
            step = s;
            task.reportProgress(0, 0, s);
        });
        clone.setBackupProgressHandler(
            [&task, &step](const BackupProgress &p) { reportBackup(task, step, p); });
        clone.setRestoreProgressHandler(
            [&task, &step](const RestoreProgress &p) { reportRestore(task, step, p); });
        return clone.run();
    });
    task->onFinished(this, [this](const CloneResult &clone) { showClone(clone); });
    track(task, tr("Cloning into %1").arg(database),
          tr("Clone canceled: no partial copy was kept."));
}

void PreparationPage::track(BackgroundTask *task, const QString &title, const QString &canceledText)
{
    m_task = task;
    m_summary->clear();
    m_summary->setStyleSheet({});
    m_report->clearReport();
    m_connectCopy->hide();
    m_progress->begin(title);
    connect(task, &BackgroundTask::progressed, m_progress, &TaskProgressPanel::setProgress);
    connect(task, &BackgroundTask::failed, this,
            [this](const AppError &error) { finish(false, error.fullText()); });
    connect(task, &BackgroundTask::canceled, this,
            [this, canceledText] { finish(false, canceledText); });
    updateButtons();
}

void PreparationPage::showBackup(const BackupRecord &record)
{
    finish(true,
           tr("Backup written and verified: %1 (%2 in %3).")
               .arg(QFileInfo(record.file).fileName(),
                    QLocale().formattedDataSize(record.sizeBytes),
                    BackupListModel::durationText(record.durationMs)));
    if (const int row = m_model->rowOfFile(record.file); row >= 0)
        m_table->selectRow(row);
}

void PreparationPage::showRestore(const RestoreReport &report)
{
    m_report->showReport(report);
    finish(report.clean(),
           report.clean() ? tr("The restored copy matches the backup.")
                          : tr("The restored copy differs from the backup: see below."));
}

void PreparationPage::showClone(const CloneResult &clone)
{
    m_copy = {clone.profile, m_workspace->connection().password};  // same server, same user
    m_report->showReport(clone.restore);
    m_connectCopy->show();
    retranslate();  // the button names the new profile
    finish(clone.restore.clean(),
           tr("Test copy ready: database %1, profile \"%2\" tagged test.")
               .arg(clone.profile.database, clone.profile.name));
}

void PreparationPage::finish(bool success, const QString &summary)
{
    m_task = nullptr;
    m_progress->end();
    m_summary->setStyleSheet(success ? QString() : kErrorStyle);
    m_summary->setText(summary);
    reloadBackups();  // a backup or a clone adds a row; a restore may show a file as changed
    emit jobFinished(success, summary);
}

void PreparationPage::cancelJob()
{
    if (m_task)
        m_task->cancel();
}

void PreparationPage::reportBackup(BackgroundTask &task, const QString &step,
                                   const BackupProgress &p)
{
    const QString size = QLocale().formattedDataSize(p.bytesWritten);
    int value = p.tablesTotal;
    int maximum = p.tablesTotal;
    QString text;
    switch (p.phase) {
    case BackupProgress::Phase::Preparing:
        value = maximum = 0;
        text = tr("Reading the list of tables…");
        break;
    case BackupProgress::Phase::Dumping:
        value = p.tablesDone;
        text = tr("Table %1/%2: %3 (%4 written)")
                   .arg(p.tablesDone + 1)
                   .arg(p.tablesTotal)
                   .arg(p.table, size);
        break;
    case BackupProgress::Phase::Verifying:
        text = tr("Verifying: pg_restore reads the whole dump back (%1)…").arg(size);
        break;
    case BackupProgress::Phase::Recording:
        text = tr("Recording the backup…");
        break;
    }
    task.reportProgress(value, maximum,
                        step.isEmpty() ? text : step + QStringLiteral(" — ") + text);
}

void PreparationPage::reportRestore(BackgroundTask &task, const QString &step,
                                    const RestoreProgress &p)
{
    int value = p.tablesDone;
    int maximum = p.tablesTotal;
    QString text;
    switch (p.phase) {
    case RestoreProgress::Phase::Checking:
        value = maximum = 0;
        text = tr("Checking the dump…");
        break;
    case RestoreProgress::Phase::Creating:
        value = maximum = 0;
        text = tr("Creating the database…");
        break;
    case RestoreProgress::Phase::Restoring:
        text = tr("Table %1/%2: %3").arg(p.tablesDone).arg(p.tablesTotal).arg(p.table);
        break;
    case RestoreProgress::Phase::Counting:
        text = tr("Counting the rows of every table…");
        break;
    }
    task.reportProgress(value, maximum,
                        step.isEmpty() ? text : step + QStringLiteral(" — ") + text);
}

void PreparationPage::updateButtons()
{
    const bool idle = !m_task && m_workspace->isConnected();
    const QModelIndex current = m_table->currentIndex();
    m_backup->setEnabled(idle);
    m_clone->setEnabled(idle);
    const bool intact = current.isValid() && current.data(BackupListModel::IntactRole).toBool();
    m_restore->setEnabled(idle && intact);
    // A greyed button says why.
    m_restore->setToolTip(
        !current.isValid() ? tr("Select a backup in the list first.")
            : !intact
            ? tr("The file of this backup is missing or changed: it cannot be restored.")
            : tr("Restore the selected backup into a new database on the connected server"));
    m_connectCopy->setEnabled(!m_task);
}

void PreparationPage::showEvent(QShowEvent *event)
{
    reloadBackups();  // the command line may have added backups meanwhile
    QWidget::showEvent(event);
}

void PreparationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void PreparationPage::retranslate()
{
    m_backup->setText(tr("Back up now"));
    m_backup->setToolTip(
        tr("pg_dump of the connected database, read back whole by pg_restore before it is kept"));
    m_restore->setText(tr("Restore into a test database…"));
    updateButtons();  // the restore button's tooltip
    m_clone->setText(tr("Clone into test…"));
    m_clone->setToolTip(tr(
        "Back up the connected database and restore it into a new database with a test profile"));
    m_openFolder->setText(tr("Open folder"));
    m_connectCopy->setText(tr("Connect to \"%1\"").arg(m_copy.profile.name));
    showFolder();
}

void PreparationPage::showFolder()
{
    QString text = tr("Backups in %1. Those of the connected database come first, in bold.")
                       .arg(QDir::toNativeSeparators(BackupCatalog::defaultFolder()))
                       .toHtmlEscaped();
    const bool connectedHasOne = m_model->rowCount() > 0
        && m_model->index(0, 0).data(BackupListModel::ConnectedDatabaseRole).toBool();
    if (!m_workspace->isConnected())
        text += QLatin1Char(' ')
            + tr("Connect to a database (File > Connections…, Ctrl+K) to back it up.")
                  .toHtmlEscaped();
    else if (!connectedHasOne)
        text = tr("<b>No backup of %1 yet.</b> Back it up now, before any migration.")
                   .arg(m_workspace->connection().profile.displayTarget().toHtmlEscaped())
            + QLatin1Char(' ') + text;
    m_intro->setText(text);
}

}  // namespace mathakine
