#include "ScreenshotTour.h"

#include "GenerateDialogs.h"
#include "HelpWindows.h"
#include "MainWindow.h"
#include "MigrationTimelineModel.h"
#include "MigrationsPage.h"
#include "SchemaPage.h"
#include "ValidationPage.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace mathakine {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QString language)
    : QObject(window), m_window(window), m_directory(std::move(directory)),
      m_language(std::move(language))
{
    QDir().mkpath(m_directory);
    // The schema comparison is the last background read after a refresh: shoot once it is in.
    connect(window->findChild<SchemaPage *>(), &SchemaPage::compared, this, [this] {
        if (m_started)
            return;
        m_started = true;
        // Then a validation, so its step shows results, chart and all.
        ValidationPage *validation = m_window->validationPage();
        if (auto *runs = validation->findChild<QSpinBox *>())
            runs->setValue(20);
        connect(validation, &ValidationPage::validationFinished, this,
                [this] { QTimer::singleShot(500, this, &ScreenshotTour::shoot); });
        connect(validation, &ValidationPage::validationFailed, this,
                [this] { QTimer::singleShot(500, this, &ScreenshotTour::shoot); });
        validation->runValidation();
    });
}

void ScreenshotTour::shoot()
{
    const QStringList names = {QStringLiteral("preparation"), QStringLiteral("migrations"),
                               QStringLiteral("schema"), QStringLiteral("validation"),
                               QStringLiteral("journal")};
    // Select the newest migration so the details pane shows SQL.
    if (auto *view = m_window->migrationsPage()->findChild<QListView *>()) {
        const int rows = m_window->migrationsPage()->model()->rowCount();
        if (rows > 0)
            view->setCurrentIndex(m_window->migrationsPage()->model()->index(rows - 1, 0));
    }
    // Show the schema browser with only the differences, the first one selected.
    if (auto *schema = m_window->findChild<SchemaPage *>()) {
        if (auto *only = schema->findChild<QCheckBox *>())
            only->setChecked(true);
        if (auto *tree = schema->findChild<QTreeView *>()) {
            const QModelIndex table = tree->model()->index(0, 0);
            if (table.isValid())
                tree->setCurrentIndex(
                    tree->model()->rowCount(table) > 0 ? tree->model()->index(0, 0, table) : table);
        }
    }
    for (int i = 0; i < names.size(); ++i) {
        m_window->showStep(static_cast<MainWindow::Step>(i));
        QApplication::processEvents();
        m_window->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                  .arg(m_directory, m_language)
                                  .arg(i + 1)
                                  .arg(names.at(i)));
    }
    // The validation's other tabs: the chart and the query plans.
    m_window->showStep(MainWindow::Validation);
    if (auto *tabs = m_window->validationPage()->findChild<QTabWidget *>()) {
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            m_window->grab().save(QStringLiteral("%1/%2-4%3-validation.png")
                                      .arg(m_directory, m_language)
                                      .arg(QChar(u'a' + tab)));
        }
        tabs->setCurrentIndex(0);
    }
    // Help: the guide and the keyboard shortcuts, as the Help menu opens them.
    GuideWindow guide(m_window);
    guide.show();
    QApplication::processEvents();
    QApplication::processEvents();  // the screenshots fitted to its width after the first layout
    guide.grab().save(QStringLiteral("%1/guide-window-%2.png")
                          .arg(m_directory, m_language));  // not for docs/images
    ShortcutsDialog shortcuts(m_window, m_window);
    shortcuts.show();
    QApplication::processEvents();
    shortcuts.grab().save(
        QStringLiteral("%1/%2-6b-help-shortcuts.png").arg(m_directory, m_language));
    shootGenerationDialogs();
    QApplication::quit();
}

// Migrations -> New migration… and Export for Alembic / SQLAlchemy… (issue 15), filled in.
void ScreenshotTour::shootGenerationDialogs()
{
    const QString migrations = m_window->findChild<Workspace *>()->migrationsDir();
    auto save = [this](QDialog &dialog, const QString &name) {
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(QStringLiteral("%1/%2-%3.png").arg(m_directory, m_language, name));
    };
    NewMigrationDialog created(migrations, m_window);
    const QList<QLineEdit *> titles = created.findChildren<QLineEdit *>();
    titles.value(0)->setText(m_language == QLatin1String("fr") ? QStringLiteral("Badges des élèves")
                                                               : QStringLiteral("Pupil badges"));
    titles.value(1)->setText(QStringLiteral("Pupil badges"));
    save(created, QStringLiteral("2b-new-migration"));
    const auto loaded = MigrationCatalogLoader::load(migrations);
    ExportDialog exported(loaded.catalog, m_window);
    exported.findChild<QLineEdit *>()->setText(QStringLiteral("/srv/mathakine-backend/alembic"));
    save(exported, QStringLiteral("2c-export"));
}

}  // namespace mathakine
