#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "CheckResultsModel.h"
#include "ConfirmRunDialog.h"
#include "HelpWindows.h"
#include "LogView.h"
#include "MainWindow.h"
#include "MigrationTimelineModel.h"
#include "MigrationsPage.h"
#include "QueryPlansView.h"
#include "SchemaPage.h"
#include "SchemaTreeModel.h"
#include "ValidationPage.h"
#include "Workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace mathakine;
using namespace testsupport;

// The window guides (issue 17 items 4, 5, 6, 9, 11): what it shows belongs to the connected
// database and the current run, actions are offered only when they would do something,
// failures come first, and it opens on the step the database needs.
class TestGuiGuidance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationActionsAreOfferedOnlyWhenTheyWouldDoSomething();
    void upSqlIsTheFileTextWithoutAddedBlankLines();
    void switchingDatabaseClearsTheLastRunSummary();
    void newValidationClearsTheOldVerdictAndOpensOnTheFailure();
    void familiesWithFailuresAndWarningsComeFirst();
    void windowOpensOnPreparationWhenTheDatabaseHasNoBackup();
    void helpShowsTheFrenchGuideAndEveryShortcut();
    void schemaDifferencesShowTheirKindInProseAndSql();
    void journalSearchWithNoMatchSaysSo();

private:
    QString databaseAt(const QString &prefix, const QString &version);
    QPushButton *button(QWidget *page, const QString &text);
    QAction *toolbarAction(MainWindow &window, const QString &text);
    void select(MainWindow &window, const QString &version);
    QTemporaryDir m_dir;
};

void TestGuiGuidance::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
}

QString TestGuiGuidance::databaseAt(const QString &prefix, const QString &version)
{
    const QString db = createDatabase(prefix);
    const CliRun run =
        runCli({QStringLiteral("--url"), url(db), QStringLiteral("upgrade"), version});
    if (run.exitCode != 0)
        qWarning().noquote() << run.out << run.err;
    return run.exitCode == 0 ? db : QString();
}

QPushButton *TestGuiGuidance::button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QAction *TestGuiGuidance::toolbarAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChild<QToolBar *>()->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void TestGuiGuidance::select(MainWindow &window, const QString &version)
{
    MigrationsPage *page = window.migrationsPage();
    page->findChild<QListView *>()->setCurrentIndex(
        page->model()->index(page->model()->rowOf(version)));
}

void TestGuiGuidance::migrationActionsAreOfferedOnlyWhenTheyWouldDoSomething()
{
    const QString db = databaseAt(QStringLiteral("guideact"), QStringLiteral("0003"));
    QVERIFY(!db.isEmpty());
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, spec(db)));
    MigrationsPage *page = window.migrationsPage();
    QPushButton *upgradeHere = button(page, QStringLiteral("Upgrade to here"));
    QPushButton *downgradeHere = button(page, QStringLiteral("Downgrade to here"));
    QPushButton *stamp = button(page, QStringLiteral("Mark as applied"));
    QAction *upgradeHead = toolbarAction(window, QStringLiteral("Upgrade to head"));
    QVERIFY(upgradeHere && downgradeHere && stamp && upgradeHead);
    QVERIFY(upgradeHead->isEnabled());  // migrations are pending

    // A pending migration: nothing to revert to, since the database is below it.
    select(window, QStringLiteral("0005"));
    QVERIFY(upgradeHere->isEnabled());
    QVERIFY(stamp->isEnabled());
    QVERIFY(!downgradeHere->isEnabled());
    QVERIFY2(downgradeHere->toolTip().contains(QStringLiteral("not applied")),
             qPrintable(downgradeHere->toolTip()));

    // An applied migration below the current one: only the way back makes sense.
    select(window, QStringLiteral("0002"));
    QVERIFY(downgradeHere->isEnabled());
    QVERIFY(!upgradeHere->isEnabled());
    QVERIFY2(upgradeHere->toolTip().contains(QStringLiteral("already applied")),
             qPrintable(upgradeHere->toolTip()));
    QVERIFY(!stamp->isEnabled());
    QVERIFY2(stamp->toolTip().contains(QStringLiteral("already recorded")),
             qPrintable(stamp->toolTip()));

    // The current version: the database is already there.
    select(window, QStringLiteral("0003"));
    QVERIFY(!downgradeHere->isEnabled());
    QVERIFY2(downgradeHere->toolTip().contains(QStringLiteral("already at version 0003")),
             qPrintable(downgradeHere->toolTip()));

    // At head, the toolbar's upgrade is off and says why; triggered anyway, it opens no dialog.
    QCOMPARE(runCli({QStringLiteral("--url"), url(db), QStringLiteral("upgrade")}).exitCode, 0);
    QSignalSpy snapshot(window.workspace(), &Workspace::snapshotChanged);
    window.workspace()->refresh();
    QVERIFY(snapshot.wait(15000));
    QVERIFY(!upgradeHead->isEnabled());
    QVERIFY2(upgradeHead->toolTip().contains(QStringLiteral("No pending migration")),
             qPrintable(upgradeHead->toolTip()));
    QSignalSpy confirmation(page, &MigrationsPage::confirmationShown);
    page->run(MigrationsPage::Action::UpgradeHead);
    QTest::qWait(300);
    QCOMPARE(confirmation.count(), 0);
    QVERIFY(!page->isRunning());
}

void TestGuiGuidance::upSqlIsTheFileTextWithoutAddedBlankLines()
{
    const QString db = databaseAt(QStringLiteral("guidesql"), QStringLiteral("0002"));
    QVERIFY(!db.isEmpty());
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, spec(db)));
    select(window, QStringLiteral("0003"));
    auto *up = window.migrationsPage()->findChild<QPlainTextEdit *>(QStringLiteral("upSql"));
    auto *down = window.migrationsPage()->findChild<QPlainTextEdit *>(QStringLiteral("downSql"));
    QVERIFY(up && down);
    const QString shown = up->toPlainText();
    QFile file(realMigrationsDir() + QStringLiteral("/0003_user_indexes.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(!shown.isEmpty() && text.contains(shown),
             qPrintable(shown));  // a verbatim piece of the file
    QVERIFY(shown.contains(QStringLiteral("-- Built CONCURRENTLY")));  // its comments too
    QVERIFY(!shown.contains(QStringLiteral("migrate:down")));
    QVERIFY(down->toPlainText().startsWith(
        QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS idx_users_total_points;")));
}

void TestGuiGuidance::switchingDatabaseClearsTheLastRunSummary()
{
    const QString first = databaseAt(QStringLiteral("guideswa"), QStringLiteral("0003"));
    const QString second = databaseAt(QStringLiteral("guideswb"), QStringLiteral("0003"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, spec(first)));
    MigrationsPage *page = window.migrationsPage();
    auto *summary = page->findChild<QLabel *>(QStringLiteral("migrationsSummary"));
    QVERIFY(summary);
    QSignalSpy finished(page, &MigrationsPage::runFinished);
    page->run(MigrationsPage::Action::UpgradeHead, false);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(summary->text().contains(QStringLiteral("done in")));

    // Another database: the run above said nothing about it.
    QVERIFY(connectAndWait(window, spec(second)));
    QVERIFY2(summary->text().isEmpty(), qPrintable(summary->text()));
    QCOMPARE(window.workspace()->snapshot().status.currentVersion, QStringLiteral("0003"));
}

void TestGuiGuidance::newValidationClearsTheOldVerdictAndOpensOnTheFailure()
{
    const QString db = databaseAt(QStringLiteral("guideval"), QStringLiteral("head"));
    QVERIFY(!db.isEmpty());
    QVERIFY(exec(db, QStringLiteral("ALTER TABLE users DROP COLUMN bio")));
    MainWindow window(realMigrationsDir());
    window.show();
    QVERIFY(connectAndWait(window, spec(db)));
    auto *readAt = window.findChild<QLabel *>(QStringLiteral("readAtLabel"));
    QVERIFY(readAt);
    QVERIFY2(readAt->text().startsWith(QStringLiteral("Database read at")),
             qPrintable(readAt->text()));
    window.showStep(MainWindow::Validation);
    ValidationPage *page = window.validationPage();
    page->findChild<QSpinBox *>()->setValue(2);
    auto *tabs = page->findChild<QTabWidget *>();
    tabs->setCurrentIndex(2);  // the reader was on the plans
    QSignalSpy finished(page, &ValidationPage::validationFinished);
    QSignalSpy failed(page, &ValidationPage::validationFailed);
    QSignalSpy snapshots(window.workspace(), &Workspace::snapshotChanged);
    page->runValidation();
    QVERIFY(finished.wait(120000));
    QVERIFY(page->verdictText().contains(QStringLiteral("FAILED")));

    // The view opens on the failed check, on the checks tab.
    auto *tree = page->findChild<QTreeView *>();
    QCOMPARE(tabs->currentWidget(), tree);
    const QModelIndex current = tree->currentIndex();
    QVERIFY(current.isValid() && current.parent().isValid());
    QCOMPARE(current.data(CheckResultsModel::StatusIdRole).toString(), QStringLiteral("fail"));
    QVERIFY(tree->isExpanded(current.parent()));
    QCOMPARE(page->checksModel()->index(0, 0).data(CheckResultsModel::StatusIdRole).toString(),
             QStringLiteral("fail"));

    // The validation changed what is known of the database: it is read again.
    QVERIFY(snapshots.count() > 0 || snapshots.wait(15000));

    // A new run: the old verdict and its results go at once, not when it ends.
    page->findChild<QSpinBox *>()->setValue(10000);
    page->runValidation();
    QVERIFY(page->isRunning());
    QVERIFY2(!page->verdictText().contains(QStringLiteral("FAILED")),
             qPrintable(page->verdictText()));
    QCOMPARE(page->checksModel()->rowCount(), 0);
    QVERIFY(!page->hasReport());
    QVERIFY(page->plansView()->shownText().trimmed().isEmpty());
    page->cancelRun();
    QVERIFY(failed.wait(15000));
}

void TestGuiGuidance::familiesWithFailuresAndWarningsComeFirst()
{
    ValidationResult result;
    auto check = [&result](CheckFamily family, const QString &id, CheckStatus status) {
        CheckResult c;
        c.family = family;
        c.id = c.subject = id;
        c.status = status;
        result.checks << c;
    };
    check(CheckFamily::Schema, QStringLiteral("table:users"), CheckStatus::Pass);
    check(CheckFamily::Diff, QStringLiteral("diff"), CheckStatus::Pass);
    check(CheckFamily::Smoke, QStringLiteral("smoke:insert"), CheckStatus::Pass);
    check(CheckFamily::Smoke, QStringLiteral("smoke:update"), CheckStatus::Fail);
    check(CheckFamily::Performance, QStringLiteral("perf:q1"), CheckStatus::Warning);
    CheckResultsModel model;
    model.setResult(result);
    QCOMPARE(model.rowCount(), 4);
    const QStringList expected = {QStringLiteral("fail"), QStringLiteral("warning"),
                                  QStringLiteral("pass"), QStringLiteral("pass")};
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(CheckResultsModel::StatusIdRole).toString(),
                 expected.at(row));
    // Within the family, the failed check first.
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(),
             QStringLiteral("smoke:update"));
}

void TestGuiGuidance::windowOpensOnPreparationWhenTheDatabaseHasNoBackup()
{
    const QString db = databaseAt(QStringLiteral("guidestep"), QStringLiteral("0003"));
    QVERIFY(!db.isEmpty());
    MainWindow window(realMigrationsDir());
    window.showStep(MainWindow::Journal);
    QVERIFY(connectAndWait(window, spec(db)));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("workflowSteps"))->currentRow(),
             static_cast<int>(MainWindow::Preparation));
    // The migrations step has one selected already: its details pane is never blank.
    QVERIFY(window.migrationsPage()->findChild<QListView *>()->currentIndex().isValid());
}

void TestGuiGuidance::helpShowsTheFrenchGuideAndEveryShortcut()
{
    MainWindow window(realMigrationsDir());
    GuideWindow guide(&window);
    QVERIFY2(guide.shownText().contains(QStringLiteral("guide d'utilisation")),
             qPrintable(guide.shownText().left(200)));
    const QString shortcuts = ShortcutsDialog(&window, &window).rows().join(QLatin1Char('\n'));
    for (const char *keys : {"Ctrl+K", "Ctrl+U", "Ctrl+R", "Ctrl+1", "Ctrl+5", "F1"})
        QVERIFY2(shortcuts.contains(QLatin1String(keys)), qPrintable(shortcuts));
    QVERIFY2(shortcuts.contains(QStringLiteral("Upgrade to head\tCtrl+U")), qPrintable(shortcuts));
}

void TestGuiGuidance::schemaDifferencesShowTheirKindInProseAndSql()
{
    const QString db = databaseAt(QStringLiteral("guideschema"), QStringLiteral("head"));
    QVERIFY(!db.isEmpty());
    QVERIFY(exec(db, QStringLiteral("DROP INDEX idx_users_jedi_rank")));  // missing
    QVERIFY(
        exec(db, QStringLiteral("ALTER TABLE users ADD COLUMN guide_extra int")));  // unexpected
    QVERIFY(exec(
        db,
        QStringLiteral("ALTER TABLE users ALTER COLUMN total_points DROP DEFAULT")));  // changed
    MainWindow window(realMigrationsDir());
    auto *schema = window.findChild<SchemaPage *>();
    QSignalSpy compared(schema, &SchemaPage::compared);
    QVERIFY(connectAndWait(window, spec(db)));
    QVERIFY(compared.wait(20000));
    // One colour per kind, each row with its kind's colour and an icon.
    QHash<int, QColor> colourOfKind;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < schema->model()->rowCount(parent); ++row) {
            const QModelIndex index = schema->model()->index(row, 0, parent);
            const int kind = index.data(SchemaTreeModel::KindRole).toInt();
            if (kind >= 0) {
                QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
                colourOfKind.insert(kind, index.data(Qt::ForegroundRole).value<QBrush>().color());
            }
            walk(index);
        }
    };
    walk({});
    QCOMPARE(colourOfKind.size(), 3);
    QCOMPARE(QSet<QRgb>({colourOfKind.value(0).rgb(), colourOfKind.value(1).rgb(),
                         colourOfKind.value(2).rgb()})
                 .size(),
             3);
    // The prose and the SQL apart: the description in a label, the fix alone in the SQL editor.
    auto *tree = schema->findChild<QTreeView *>();
    const QModelIndexList hits =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole,
                             QStringLiteral("index idx_users_jedi_rank"), 1, Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    tree->setCurrentIndex(hits.first());
    const QString prose =
        schema->findChild<QLabel *>(QStringLiteral("differenceDescription"))->text();
    const QString sql =
        schema->findChild<QPlainTextEdit *>(QStringLiteral("fixSql"))->toPlainText();
    QVERIFY2(prose.contains(QStringLiteral("idx_users_jedi_rank"))
                 && !prose.contains(QStringLiteral("CREATE INDEX")),
             qPrintable(prose));
    QVERIFY2(sql.startsWith(QStringLiteral("CREATE INDEX")), qPrintable(sql));
}

void TestGuiGuidance::journalSearchWithNoMatchSaysSo()
{
    MainWindow window(realMigrationsDir());
    auto *log = window.findChild<LogView *>();
    log->findChild<QLineEdit *>()->setText(QStringLiteral("zz-no-such-line"));
    auto *text = log->findChild<QPlainTextEdit *>();
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY2(text->placeholderText().contains(QStringLiteral("zz-no-such-line")),
             qPrintable(text->placeholderText()));
}

QTEST_MAIN(TestGuiGuidance)
#include "tst_gui_guidance.moc"
