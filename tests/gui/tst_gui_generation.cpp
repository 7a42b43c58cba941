// Migrations -> Génération: New migration… and Export for Alembic / SQLAlchemy… (issue 15),
// driven as a person would, dialogs and all; the header naming a foreign Alembic revision.
#include "GuiTestSupport.h"
#include "MigrationFixtures.h"

#include "ConnectionHeader.h"
#include "MigrationDetailsView.h"
#include "MigrationTimelineModel.h"
#include "MigrationsPage.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {
QAction *action(MigrationsPage *page, const QString &text)
{
    for (QAction *a : page->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// The text of the details view's first tab (the up section, or a new file as it is on disk).
QString detailsText(MigrationsPage *page)
{
    auto *tabs = page->findChild<MigrationDetailsView *>()->findChild<QTabWidget *>();
    auto *up = tabs ? qobject_cast<QPlainTextEdit *>(tabs->widget(0)) : nullptr;
    return up ? up->toPlainText() : QString();
}

// Types into the open dialog's line edits (in their order) and accepts it; with warning set,
// a warning is expected: its text is recorded and it is closed (the dialog stays open).
void fillAndAccept(QDialog *dialog, const QStringList &texts, QString *warning)
{
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (int i = 0; i < texts.size() && i < edits.size(); ++i)
        edits.at(i)->setText(texts.at(i));
    if (warning) {
        whenDialogOpens([warning](QDialog *box) {
            if (auto *message = qobject_cast<QMessageBox *>(box))
                *warning = message->text();
            box->reject();
        });
    }
    dialog->accept();
}
}  // namespace

class TestGuiGeneration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newMigrationRefusesAnEmptySlugThenOpensTheNewFileInTheDetailsView();
    void exportWritesTheAlembicProjectAndNamesAnUnwritableFolder();
    void headerNamesAForeignAlembicRevision();

private:
    QTemporaryDir m_dir;
};

void TestGuiGeneration::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
}

void TestGuiGeneration::newMigrationRefusesAnEmptySlugThenOpensTheNewFileInTheDetailsView()
{
    QTemporaryDir migrations;
    copyRealMigrations(migrations.path());
    const QString db = createDatabase(QStringLiteral("gui_new"));
    MainWindow window(migrations.path());
    QVERIFY(connectAndWait(window, spec(db)));
    MigrationsPage *page = window.migrationsPage();

    QString warning;
    bool stayedOpen = false;
    whenDialogOpens([&](QDialog *dialog) {
        fillAndAccept(dialog, {QStringLiteral("« ??? »")}, &warning);
        stayedOpen = dialog->isVisible();
        fillAndAccept(dialog, {QStringLiteral("Badges des élèves"), QStringLiteral("Pupil badges")},
                      nullptr);
    });
    QAction *create = action(page, QStringLiteral("New migration…"));
    QVERIFY(create);
    create->trigger();
    QVERIFY2(warning.contains(QStringLiteral("« ??? »")), qPrintable(warning));
    QVERIFY(stayedOpen);

    const QString path =
        QDir(migrations.path()).filePath(QStringLiteral("0007_badges_des_eleves.sql"));
    QVERIFY(QFile::exists(path));
    QVERIFY2(detailsText(page).contains(
                 QStringLiteral("-- version: 0007\n-- title: Badges des élèves\n")),
             qPrintable(detailsText(page)));
    // The refresh after it finds the folder not yet valid; the new file stays on show.
    QSignalSpy refreshed(window.workspace(), &Workspace::snapshotChanged);
    QVERIFY(refreshed.wait(15000));
    QVERIFY(detailsText(page).contains(QStringLiteral("-- migrate:up")));

    // Completed and refreshed: it joins the timeline and is selected there.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray text = file.readAll().replace(
        "-- migrate:down", "CREATE TABLE badge (id int);\n\n-- migrate:down");
    file.resize(0);
    file.write(text);
    file.close();
    window.workspace()->refresh();
    QVERIFY(refreshed.wait(15000));
    auto *timeline = page->findChild<QListView *>();
    QCOMPARE(timeline->currentIndex().data(MigrationTimelineModel::VersionRole).toString(),
             QStringLiteral("0007"));
    QVERIFY2(detailsText(page).contains(QStringLiteral("CREATE TABLE badge (id int);")),
             qPrintable(detailsText(page)));
    dropDatabase(db);
}

void TestGuiGeneration::exportWritesTheAlembicProjectAndNamesAnUnwritableFolder()
{
    MainWindow window(realMigrationsDir());  // no connection: exporting reads files only
    MigrationsPage *page = window.migrationsPage();
    QTemporaryDir out;
    const QString blocked = out.filePath(QStringLiteral("plain-file"));
    QFile(blocked).open(QIODevice::WriteOnly);
    QString warning;
    whenDialogOpens([&](QDialog *dialog) {
        fillAndAccept(dialog, {blocked + QStringLiteral("/alembic")}, &warning);
        fillAndAccept(dialog, {out.filePath(QStringLiteral("alembic"))}, nullptr);
    });
    QAction *exportAction = action(page, QStringLiteral("Export for Alembic / SQLAlchemy…"));
    QVERIFY(exportAction);
    exportAction->trigger();
    QVERIFY2(warning.contains(blocked + QStringLiteral("/alembic")), qPrintable(warning));
    QVERIFY(QFile::exists(
        out.filePath(QStringLiteral("alembic/versions/0006_exercise_extensions.py"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("alembic/env.py"))));
}

void TestGuiGeneration::headerNamesAForeignAlembicRevision()
{
    const QString db = createDatabase(QStringLiteral("gui_foreign"));
    QVERIFY(
        exec(db,
             QStringLiteral(
                 "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO alembic_version VALUES ('20250513_baseline')")));
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, spec(db)));
    QStringList texts;
    for (const QLabel *label : window.findChild<ConnectionHeader *>()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(
        texts.join(QLatin1Char('\n'))
            .contains(QStringLiteral(
                "Managed by Alembic at revision 20250513_baseline, not known to these migrations.")),
        qPrintable(texts.join(QLatin1Char('\n'))));
    dropDatabase(db);
}

QTEST_MAIN(TestGuiGeneration)
#include "tst_gui_generation.moc"
