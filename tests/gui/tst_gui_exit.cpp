#include "TestServer.h"

#include "BackgroundTask.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Quitting while a background task runs: the task is canceled — its statement canceled on
// the server — and its thread joined before Qt unloads the SQL drivers. Before, a schema
// comparison still running at exit crashed inside the PostgreSQL driver, and the server
// went on running the statement of a window that was gone.
static const QString sleepSql = u"SELECT pg_sleep(25.125) /* tst_gui_exit */"_s;

static int activeSleeps(const QString &db)
{
    return scalar(db,
                  u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                  "AND state = 'active' AND query = '%1'"_s.arg(sleepSql))
        .toInt();
}

// The child: starts the sleep in a background task, waits until the server runs it, then
// returns from main with the task still running (what closing the window does).
static int quitWhileRunning(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString db = QString::fromLocal8Bit(argv[2]);
    Task<bool>::start([db](BackgroundTask &task) -> Outcome<bool> {
        CancelToken cancel = task.cancelToken();
        auto session = DatabaseSession::open(spec(db), u"tst-exit"_s);
        if (!session)
            return session.error();
        cancel.arm(*session.value());
        auto slept = session.value()->run(sleepSql);
        cancel.disarm();
        if (!slept)
            return slept.error();
        return true;
    });
    const QDeadlineTimer deadline(15000);
    while (activeSleeps(db) == 0 && !deadline.hasExpired())
        QThread::msleep(50);
    return activeSleeps(db) == 1 ? 0 : 3;
}

class TestGuiExit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { REQUIRE_SERVER(); }
    void quittingCancelsTheRunningTaskAndWaitsForIt();
};

void TestGuiExit::quittingCancelsTheRunningTaskAndWaitsForIt()
{
    const QString db = createDatabase(u"guiexit"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--quit-while-running"_s, db});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);  // no crash at exit
    QCOMPARE(child.exitCode(), 0);                       // it did quit during the sleep
    // Canceled, not left to the server: gone at once, not 25 s later.
    QCOMPARE(activeSleeps(db), 0);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--quit-while-running") == 0)
        return quitWhileRunning(argc, argv);
    QApplication app(argc, argv);
    TestGuiExit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_exit.moc"
