#pragma once

#include "Workspace.h"
#include "connection/ConnectionProfile.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace mathakine {

class ConnectionHeader;
class LogView;
class MigrationsPage;
class PreparationPage;
class ValidationPage;
class Workspace;

// The application window: the connection header, the workflow steps of the staff's
// procedure in a sidebar, one page per step, menus and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Step { Preparation, Migrations, Schema, Validation, Journal };

    explicit MainWindow(const QString &migrationsDir, QWidget *parent = nullptr);
    Workspace *workspace() const { return m_workspace; }
    MigrationsPage *migrationsPage() const { return m_migrations; }
    PreparationPage *preparationPage() const { return m_preparation; }
    ValidationPage *validationPage() const { return m_validation; }
    void showStep(Step step);
    void connectTo(const ConnectionSpec &spec);
    void openConnectionManager();
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setJobActionsEnabled(bool enabled);
    void updateUpgradeAction();
    void showReadTime();
    // The step a database in this state needs next: no backup of it yet → Preparation, …
    Step stepFor(const WorkspaceSnapshot &snapshot) const;
    void retranslate();

    Workspace *m_workspace;
    ConnectionHeader *m_header;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    PreparationPage *m_preparation;
    MigrationsPage *m_migrations;
    ValidationPage *m_validation;
    LogView *m_log;
    QMenu *m_fileMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr,
          *m_helpMenu = nullptr;
    QAction *m_connectionsAction = nullptr, *m_refreshAction = nullptr, *m_quitAction = nullptr,
            *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr, *m_shortcutsAction = nullptr;
    QLabel *m_readAt = nullptr;  // permanent in the status bar: when the shown state was read
    bool m_pickStep = false;     // the next snapshot is the first of a new connection
    bool m_readable = false;     // the last read of the database succeeded
    QAction *m_french = nullptr, *m_english = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_backupAction = nullptr, *m_upgradeAction = nullptr, *m_validateAction = nullptr;
};

}  // namespace mathakine
