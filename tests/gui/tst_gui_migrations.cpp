#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "MigrationTimelineModel.h"
#include "MigrationsPage.h"
#include "SchemaPage.h"
#include "SchemaTreeModel.h"
#include "Workspace.h"
#include "common/Translations.h"
#include "connection/ProfileStore.h"
#include "run/MigrationRun.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mathakine;
using namespace testsupport;

class TestGuiMigrations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void connectionDialogSavesAProfileWithoutThePassword();
    void testConnectionShowsTheMissingGrants();
    void timelineShowsStatesAfterAnUpgradeRunFromTheGui();
    void cancelDuringALongMigrationReturnsQuicklyWithNothingApplied();
    void schemaBrowserShowsAHandMadeDifference();
    void driftIsAcceptedFromTheWindowWithAnAuditedReason();

private:
    bool waitForSnapshot(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestGuiMigrations::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
}

bool TestGuiMigrations::waitForSnapshot(MainWindow &window)
{
    QSignalSpy spy(window.workspace(), &Workspace::snapshotChanged);
    return spy.wait(15000);
}

void TestGuiMigrations::connectionDialogSavesAProfileWithoutThePassword()
{
    ConnectionDialog dialog(realMigrationsDir());
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(url->placeholderText().contains(QStringLiteral("postgresql://")));
    const int port = spec().profile.port;
    url->setText(QStringLiteral(
                     "postgresql://gui_user:Gui-Secret-4242@127.0.0.1:%1/mathakine?sslmode=disable")
                     .arg(port));
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(url->text().isEmpty());  // a URL with a password does not stay on screen
    QCOMPARE(dialog.formSpec().password, QStringLiteral("Gui-Secret-4242"));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Essai GUI"));
    QVERIFY(dialog.saveProfile());

    const auto saved = ProfileStore().find(QStringLiteral("Essai GUI"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->user, QStringLiteral("gui_user"));
    QFile settings(ProfileStore::settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("Gui-Secret-4242"));
    QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    QVERIFY(pgpass.readAll().contains("Gui-Secret-4242"));

    // "Test connection" runs in the background and reports the server.
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    QLineEdit *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->clear();
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), false);  // gui_user does not exist on the server
}

void TestGuiMigrations::testConnectionShowsTheMissingGrants()
{
    const QString db = createDatabase(QStringLiteral("guigrant"));
    const QString user = QStringLiteral("gui_nocreate_%1").arg(QCoreApplication::applicationPid());
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
    QVERIFY(exec(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN").arg(user)));
    QVERIFY(exec(db, QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")));
    ConnectionSpec limited = spec(db);
    limited.profile.user = user;
    ConnectionDialog dialog(realMigrationsDir());
    dialog.fillForm(limited);
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(tested.wait(15000));
    const QString text = tested.first().at(1).toString();
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1;").arg(user)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2;").arg(db, user)),
             qPrintable(text));
}

void TestGuiMigrations::timelineShowsStatesAfterAnUpgradeRunFromTheGui()
{
    const QString db = createDatabase(QStringLiteral("gui"));
    MainWindow window(realMigrationsDir());
    window.show();
    QVERIFY(connectAndWait(window, spec(db)));
    MigrationTimelineModel *model = window.migrationsPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QCOMPARE(model->index(row).data(MigrationTimelineModel::StateRole).toInt(),
                 static_cast<int>(MigrationState::Pending));

    UiWatchdog watchdog;
    QSignalSpy finished(window.migrationsPage(), &MigrationsPage::runFinished);
    window.migrationsPage()->run(MigrationsPage::Action::UpgradeHead, false);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("6 migrations done")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(waitForSnapshot(window));
    QVERIFY2(watchdog.longestGapMs() < 100, qPrintable(QString::number(watchdog.longestGapMs())));
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model->index(row).data(MigrationTimelineModel::StateRole).toInt(),
                 static_cast<int>(MigrationState::Applied));
        QVERIFY(model->index(row)
                    .data(MigrationTimelineModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("by postgres")));
    }
    QVERIFY(model->index(5).data(MigrationTimelineModel::IsCurrentRole).toBool());
}

void TestGuiMigrations::cancelDuringALongMigrationReturnsQuicklyWithNothingApplied()
{
    const QString dir = m_dir.filePath(QStringLiteral("slow"));
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE gui_slow (id int);\nSELECT pg_sleep(30);"),
                   QStringLiteral("DROP TABLE gui_slow;"));
    const QString db = createDatabase(QStringLiteral("guicancel"));
    MainWindow window(dir);
    window.show();
    QVERIFY(connectAndWait(window, spec(db)));
    window.showStep(
        MainWindow::Migrations);  // it opened on Preparation: no backup of this database yet
    QSignalSpy finished(window.migrationsPage(), &MigrationsPage::runFinished);
    window.migrationsPage()->run(MigrationsPage::Action::UpgradeHead, false);
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(30)%' AND state = 'active' AND pid <> pg_backend_pid()"))
                .toInt()
            == 1,
        10000);
    auto *cancel =
        window.migrationsPage()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    UiWatchdog watchdog;  // started here: the polling above runs SQL on the test's own thread
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(
        !scalar(db, QStringLiteral("SELECT to_regclass('public.gui_slow') IS NOT NULL")).toBool());
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM mathakine_admin.schema_history")).toInt(),
        0);
    QVERIFY2(watchdog.longestGapMs() < 100, qPrintable(QString::number(watchdog.longestGapMs())));
}

void TestGuiMigrations::schemaBrowserShowsAHandMadeDifference()
{
    const QString db = createDatabase(QStringLiteral("guischema"));
    QVERIFY(MigrationRun(spec(db), {}).upgrade(loadCatalog(realMigrationsDir()), {}).ok());
    QVERIFY(exec(db, QStringLiteral("DROP INDEX idx_users_jedi_rank")));
    MainWindow window(realMigrationsDir());
    window.show();
    auto *page = window.findChild<SchemaPage *>();
    QVERIFY(page);
    QSignalSpy compared(page, &SchemaPage::compared);
    window.connectTo(spec(db));
    QVERIFY(compared.wait(20000));
    QCOMPARE(compared.first().at(0).toInt(), 1);
    SchemaTreeModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto hits = model->match(model->index(0, 0), Qt::DisplayRole,
                                   QStringLiteral("index idx_users_jedi_rank"), 1,
                                   Qt::MatchRecursive | Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.first().data(SchemaTreeModel::HasDifferenceRole).toBool());
    QVERIFY(hits.first()
                .data(SchemaTreeModel::DetailsRole)
                .toString()
                .contains(QStringLiteral("CREATE INDEX")));
    QVERIFY(
        hits.first().siblingAtColumn(2).data().toString().isEmpty());  // absent on the actual side
}

void TestGuiMigrations::driftIsAcceptedFromTheWindowWithAnAuditedReason()
{
    QTemporaryDir dir;
    writeMigration(dir.path(), QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE gui_drift (id int);"),
                   QStringLiteral("DROP TABLE gui_drift;"));
    const QString db = createDatabase(QStringLiteral("guidrift"));
    QVERIFY(MigrationRun(spec(db), {}).upgrade(loadCatalog(dir.path()), {}).ok());
    writeMigration(dir.path(), QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE gui_drift (id bigint);"),
                   QStringLiteral("DROP TABLE gui_drift;"));
    writeMigration(dir.path(), QStringLiteral("0002"),
                   QStringLiteral("CREATE TABLE gui_next (id int);"),
                   QStringLiteral("DROP TABLE gui_next;"));
    MainWindow window(dir.path());
    window.show();
    QVERIFY(connectAndWait(window, spec(db)));

    // The refusal offers its remedy as a button; taking it asks for the reason that is audited.
    QString offered;
    connect(window.migrationsPage(), &MigrationsPage::remedyOffered, this,
            [&offered](QMessageBox *box) {
                QAbstractButton *take = nullptr;
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::AcceptRole)
                        take = button;
                }
                offered = take ? take->text() : QString();
                if (take)
                    QTimer::singleShot(0, take, &QAbstractButton::click);
                QTimer::singleShot(200, [] {
                    for (QWidget *w : QApplication::topLevelWidgets()) {
                        if (auto *input = qobject_cast<QInputDialog *>(w);
                            input && input->isVisible()) {
                            input->setTextValue(
                                QStringLiteral("ticket 42: the column was widened by hand"));
                            input->accept();
                        }
                    }
                });
            });
    QSignalSpy finished(window.migrationsPage(), &MigrationsPage::runFinished);
    window.migrationsPage()->run(MigrationsPage::Action::UpgradeHead, false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(offered, QStringLiteral("Accept the new checksum"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 30000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'accept-drift'"
                   " AND details LIKE '%ticket 42%'"))
            .toInt(),
        1);
    QVERIFY(
        scalar(db, QStringLiteral("SELECT to_regclass('public.gui_next') IS NOT NULL")).toBool());
}

QTEST_MAIN(TestGuiMigrations)
#include "tst_gui_migrations.moc"
