#include "MainWindow.h"

#include "AppIcons.h"
#include "BackupListModel.h"
#include "ConnectionDialog.h"
#include "ConnectionHeader.h"
#include "HelpWindows.h"
#include "LogView.h"
#include "MigrationsPage.h"
#include "PreparationPage.h"
#include "SchemaPage.h"
#include "ValidationPage.h"
#include "Workspace.h"
#include "common/AppInfo.h"
#include "common/SettingsKeys.h"
#include "common/Translations.h"
#include "log/Logging.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace mathakine {

MainWindow::MainWindow(const QString &migrationsDir, QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this))
{
    m_workspace->setMigrationsDir(migrationsDir);
    setWindowIcon(QIcon(QStringLiteral(":/mathakine-admin.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new ConnectionHeader(central);
    layout->addWidget(m_header);
    auto *body = new QHBoxLayout;
    m_steps = new QListWidget(central);
    m_steps->setFixedWidth(190);
    m_steps->setObjectName(QStringLiteral("workflowSteps"));
    m_steps->setStyleSheet(
        QStringLiteral("QListWidget#workflowSteps::item { padding: 10px 6px; }"));
    for (const char *icon : {"drive-harddisk", "software-update-available", "x-office-spreadsheet",
                             "emblem-ok", "text-x-generic"})
        new QListWidgetItem(AppIcons::icon(QLatin1String(icon)), QString(), m_steps);
    m_steps->setIconSize(QSize(20, 20));
    m_pages = new QStackedWidget(central);
    m_preparation = new PreparationPage(m_workspace, m_pages);
    m_migrations = new MigrationsPage(m_workspace, m_pages);
    m_log = new LogView(m_pages);
    m_log->setLogFile(Logging::currentLogFile());
    m_pages->addWidget(m_preparation);
    m_pages->addWidget(m_migrations);
    m_pages->addWidget(new SchemaPage(m_workspace, m_pages));
    m_validation = new ValidationPage(m_workspace, m_pages);
    m_pages->addWidget(m_validation);
    m_pages->addWidget(m_log);
    body->addWidget(m_steps);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A step chosen while the database is read is kept: the pick is only for a window left alone.
    connect(m_steps, &QListWidget::currentRowChanged, this, [this] { m_pickStep = false; });
    connect(m_preparation, &PreparationPage::connectRequested, this, &MainWindow::connectTo);
    m_readAt = new QLabel(this);
    m_readAt->setObjectName(QStringLiteral("readAtLabel"));
    statusBar()->addPermanentWidget(m_readAt);
    // A backup or a validation may change what the header and the status bar say: read again.
    connect(m_preparation, &PreparationPage::jobFinished, m_workspace, &Workspace::refresh);
    connect(m_validation, &ValidationPage::validationFinished, m_workspace, &Workspace::refresh);
    connect(m_validation, &ValidationPage::validationFailed, m_workspace, &Workspace::refresh);
    connect(m_migrations, &MigrationsPage::actionsChanged, this, &MainWindow::updateUpgradeAction);

    connect(m_workspace, &Workspace::snapshotChanged, this, [this](const WorkspaceSnapshot &s) {
        m_header->showProfile(s.profile,
                              {s.server.version, s.status.currentVersion, s.catalog.headVersion(),
                               s.status.pendingCount,
                               s.status.lockHolder ? s.status.lockHolder->describe() : QString(),
                               s.maintenance, s.status.alembic});
        showReadTime();
        setJobActionsEnabled(true);
        if (std::exchange(m_pickStep, false))
            m_steps->setCurrentRow(static_cast<int>(stepFor(s)));
    });
    connect(m_workspace, &Workspace::refreshFailed, this, [this](const AppError &error) {
        m_header->showDisconnected();
        setJobActionsEnabled(false);
        m_pickStep = false;
        m_readAt->setText(tr("Database not read"));
        statusBar()->showMessage(error.message);
        QMessageBox::warning(this, tr("Cannot read the database"), error.fullText());
    });
    connect(m_workspace, &Workspace::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Reading the database…"));
    });
    buildMenus();
    setJobActionsEnabled(false);  // until a database is read
    retranslate();
    resize(1200, 780);
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(settings::windowGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(settings::windowState)).toByteArray());
    showStep(Preparation);  // until a database is read; then the step its state needs
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_connectionsAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::openConnectionManager);
    m_connectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_refreshAction = m_fileMenu->addAction(QString(), m_workspace, &Workspace::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < 5; ++i) {
        QAction *step =
            m_viewMenu->addAction(QString(), this, [this, i] { showStep(static_cast<Step>(i)); });
        step->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_french = m_languageMenu->addAction(QStringLiteral("Français"), this,
                                         [this] { setLanguage(QStringLiteral("fr")); });
    m_english = m_languageMenu->addAction(QStringLiteral("English"), this,
                                          [this] { setLanguage(QStringLiteral("en")); });
    for (QAction *a : {m_french, m_english}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (m_workspace->language() == QLatin1String("fr") ? m_french : m_english)->setChecked(true);
    // The toolbar: the connection, then the three long jobs of the procedure, each opening its
    // step.
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));  // for saveState
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_connectionsAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_backupAction = m_toolBar->addAction(QString(), this, [this] {
        showStep(Preparation);
        m_preparation->backUp();
    });
    m_upgradeAction = m_toolBar->addAction(QString(), this, [this] {
        showStep(Migrations);
        m_migrations->run(MigrationsPage::Action::UpgradeHead);
    });
    m_validateAction = m_toolBar->addAction(QString(), this, [this] {
        showStep(Validation);
        m_validation->runValidation();
    });
    m_connectionsAction->setIcon(AppIcons::icon(QStringLiteral("network-server")));
    m_refreshAction->setIcon(AppIcons::icon(QStringLiteral("view-refresh")));
    m_backupAction->setIcon(AppIcons::icon(QStringLiteral("document-save")));
    m_upgradeAction->setIcon(AppIcons::icon(QStringLiteral("go-up")));
    m_validateAction->setIcon(AppIcons::icon(QStringLiteral("emblem-ok")));
    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(
        AppIcons::icon(QStringLiteral("help-browser")), QString(), this, [this] {
            auto *guide = new GuideWindow(this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
            guide->show();  // beside the window, not modal: the reader follows it step by step
        });
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(AppIcons::icon(QStringLiteral("input-keyboard")),
                                              QString(), this, [this] {
                                                  ShortcutsDialog dialog(this, this);
                                                  dialog.exec();
                                              });
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Mathakine Admin"),
            tr("<b>Mathakine Admin %1</b><p>Apply, inspect and validate the Mathakine database migrations.</p>"
               "<p>Log file: %2</p>")
                .arg(QLatin1String(appinfo::version), Logging::currentLogFile().toHtmlEscaped()));
    });
}

void MainWindow::setJobActionsEnabled(bool enabled)
{
    m_readable = enabled;
    for (QAction *action : {m_backupAction, m_validateAction})
        action->setEnabled(enabled);
    const QString why = tr("Connect to a database first.");
    m_backupAction->setToolTip(enabled ? tr("Verified backup of the connected database (step 1)")
                                       : why);
    m_validateAction->setToolTip(
        enabled ? tr("Run the validation plan on the connected database (step 4)") : why);
    updateUpgradeAction();
}

void MainWindow::updateUpgradeAction()
{
    // Enabled only when there is something to apply: with nothing pending it would open
    // the confirmation (and the typed name on production) for nothing.
    const QString reason = !m_readable
        ? tr("Connect to a database first.")
        : m_migrations->unavailableReason(MigrationsPage::Action::UpgradeHead);
    m_upgradeAction->setEnabled(reason.isEmpty());
    m_upgradeAction->setToolTip(
        reason.isEmpty() ? tr("Pre-flight, confirmation, then every pending migration (step 2)")
                         : reason);
}

void MainWindow::showReadTime()
{
    const QDateTime at = m_workspace->readAt();
    if (!at.isValid())
        return;
    const QLocale locale;
    // When the state shown was read, not a verdict on the database (pending migrations show beside
    // it).
    m_readAt->setText(
        tr("Database read at %1").arg(locale.toString(at.time(), QLocale::ShortFormat)));
    m_readAt->setToolTip(locale.toString(at, QLocale::LongFormat));
    statusBar()->clearMessage();
}

MainWindow::Step MainWindow::stepFor(const WorkspaceSnapshot &snapshot) const
{
    const BackupListModel *backups = m_preparation->model();
    const bool backedUp = backups->rowCount() > 0
        && backups->index(0, 0).data(BackupListModel::ConnectedDatabaseRole).toBool();
    if (!backedUp)
        return Preparation;  // the staff's rule: a verified backup before anything else
    return snapshot.status.pendingCount > 0 ? Migrations : Validation;
}

void MainWindow::showStep(Step step)
{
    m_pickStep = false;  // chosen, even if it is the step already shown
    m_steps->setCurrentRow(static_cast<int>(step));
}

void MainWindow::connectTo(const ConnectionSpec &spec)
{
    QSettings().setValue(QLatin1String(settings::lastProfile), spec.profile.name);
    m_pickStep = true;
    m_readAt->clear();
    m_workspace->setConnection(spec);
}

void MainWindow::openConnectionManager()
{
    ConnectionDialog dialog(m_workspace->migrationsDir(), this);
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.selectedSpec());
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(settings::language), language);
    Translations::install(language);  // every widget gets a LanguageChange event
    m_workspace->refresh();           // titles and dates in the new language
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing would cut a migration, pg_dump or pg_restore halfway; the jobs clean up only when
    // canceled.
    if (m_migrations->isRunning() || m_validation->isRunning() || m_preparation->isRunning()) {
        QMessageBox::warning(this, tr("Task in progress"),
                             tr("Wait for the running task to finish, or cancel it first."));
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(settings::windowGeometry), saveGeometry());
    settings.setValue(QLatin1String(settings::windowState), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Mathakine Admin"));
    const QStringList steps = {tr("1  Preparation"), tr("2  Migrations"), tr("3  Schema"),
                               tr("4  Validation"), tr("5  Journal")};
    for (int i = 0; i < steps.size(); ++i)
        m_steps->item(i)->setText(steps.at(i));
    m_fileMenu->setTitle(tr("&File"));
    m_connectionsAction->setText(tr("&Connections…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    const QList<QAction *> stepActions = m_viewMenu->actions();
    for (int i = 0; i < steps.size(); ++i)
        stepActions.at(i)->setText(steps.at(i).mid(3));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_backupAction->setText(tr("Back up"));
    m_upgradeAction->setText(tr("Upgrade to head"));
    updateUpgradeAction();
    m_validateAction->setText(tr("Validate"));
    setJobActionsEnabled(m_readable);  // the tooltips
    m_aboutAction->setText(tr("&About"));
    m_guideAction->setText(tr("User &guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    showReadTime();
}

}  // namespace mathakine
