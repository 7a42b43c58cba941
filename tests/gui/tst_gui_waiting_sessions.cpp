#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "MigrationsPage.h"
#include "WaitingSessionsPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Issue 14 item 3 in the window: while a migration holds a lock a reader wants, the progress
// view's "Waiting sessions" panel lists the reader live; past --max-app-wait the run stops.
class TestGuiWaitingSessions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void panelListsTheBlockedReaderLiveAndTheRunStopsPastTheLimit();

private:
    QTemporaryDir m_dir;
};

void TestGuiWaitingSessions::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
}

void TestGuiWaitingSessions::panelListsTheBlockedReaderLiveAndTheRunStopsPastTheLimit()
{
    const QString folder = m_dir.filePath(u"migrations"_s);
    writeMigration(folder, u"0001"_s, u"ALTER TABLE t ADD COLUMN x int;\nSELECT pg_sleep(30);"_s,
                   u"ALTER TABLE t DROP COLUMN x;"_s);
    const QString db = createDatabase(u"gui_waiting"_s);
    QVERIFY(exec(db, u"CREATE TABLE t (id int PRIMARY KEY)"_s));
    MainWindow window(folder);
    window.resize(1200, 800);
    window.show();
    QVERIFY(connectAndWait(window, spec(db)));
    window.showStep(MainWindow::Migrations);  // a database without a backup opens on Préparation
    auto *panel = window.migrationsPage()->findChild<WaitingSessionsPanel *>(u"waitingSessions"_s);
    QVERIFY(panel);
    QSignalSpy finished(window.migrationsPage(), &MigrationsPage::runFinished);
    window.migrationsPage()->run(MigrationsPage::Action::UpgradeHead, false);
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(
            db,
            u"SELECT count(*) FROM pg_locks WHERE relation = 't'::regclass AND mode = 'AccessExclusiveLock' AND granted"_s)
                .toInt()
            == 1,
        15000);
    QVERIFY(panel->isVisible());
    std::atomic<int> readerPid{0};
    std::thread reader([&] {
        auto session = DatabaseSession::open(spec(db), u"reader"_s);
        if (!session)
            return;
        readerPid = session.value()->server().backendPid;
        (void)session.value()->run(u"SELECT count(*) FROM t"_s);  // it waits behind the migration;
                                                                  // its result does not matter
    });
    auto *table = panel->findChild<QTableWidget *>();
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() == 1 && readerPid != 0
                                 && table->item(0, 0)->text() == QString::number(readerPid),
                             5000);
    QVERIFY2(panel->findChild<QLabel *>()->text().contains(u"1 session waiting"_s),
             qPrintable(panel->findChild<QLabel *>()->text()));
    if (const QString shot = qEnvironmentVariable("MATHAKINE_SCREENSHOT_DIR"); !shot.isEmpty())
        window.grab().save(shot + u"/waiting-sessions.png"_s);
    QVERIFY(finished.wait(10000));  // the guard cancels pg_sleep(30) after 1 s of waiting
    reader.join();
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(u"application blocked for"_s),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!panel->isVisible());
}

QTEST_MAIN(TestGuiWaitingSessions)
#include "tst_gui_waiting_sessions.moc"
