#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "run/MigrationRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Issue 14: a transactional step takes its locks with a short lock_timeout and retries with
// backoff, so the application never queues behind the migration longer than one attempt.
class TestLockRetries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void blockerGoneAfterTwoAttemptsLetsTheThirdSucceedAndTheHistoryKeepsTheCount();
    void blockerThatStaysFailsCleanlyAfterNRetriesAndNeverQueuesTheApplicationLonger();
    void cancelInterruptsTheBackoffWait();
};

namespace {
constexpr int kAttemptMs = 200;

// A database at 0001, so that 0002 (ALTER TABLE users) is the step to run.
QString baselineDatabase(const QString &prefix)
{
    const QString db = createDatabase(prefix);
    RunOptions o;
    o.lockTimeoutMs = 2000;
    if (!MigrationRun(spec(db), o).upgrade(loadCatalog(realMigrationsDir()), u"0001"_s).ok())
        return {};
    return db;
}

// The CLI upgrading to 0002 with lock retries, -v so that each attempt is logged.
std::unique_ptr<QProcess> startUpgrade(const QString &db, const QStringList &extra)
{
    auto process = std::make_unique<QProcess>();
    process->start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"),
                   QStringList{u"--url"_s, url(db), u"--migrations"_s, realMigrationsDir(), u"-v"_s,
                               u"upgrade"_s, u"0002"_s, u"--lock-timeout"_s, u"5000"_s}
                       + extra);
    process->waitForStarted();
    return process;
}

// Reads the process's stderr until it contains text (or it ends, or 30 s pass).
bool waitForOutput(QProcess &process, QString &err, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(text) && timer.elapsed() < 30000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        err += QString::fromUtf8(process.readAllStandardError());
    }
    return err.contains(text);
}

std::unique_ptr<DatabaseSession> openTransaction(const QString &db, const QString &sql)
{
    auto session = DatabaseSession::open(spec(db), u"blocker"_s);
    if (!session || !session.value()->database().transaction() || !session.value()->run(sql))
        return nullptr;
    return std::move(session.value());
}
}  // namespace

void TestLockRetries::initTestCase()
{
    REQUIRE_SERVER();
}

void TestLockRetries::blockerGoneAfterTwoAttemptsLetsTheThirdSucceedAndTheHistoryKeepsTheCount()
{
    const QString db = baselineDatabase(u"retry_ok"_s);
    QVERIFY(!db.isEmpty());
    auto blocker = openTransaction(db, u"LOCK TABLE users IN ACCESS EXCLUSIVE MODE"_s);
    QVERIFY(blocker);
    auto run = startUpgrade(
        db, {u"--lock-retries"_s, u"5"_s, u"--lock-retry-timeout"_s, QString::number(kAttemptMs)});
    QString err;
    QVERIFY2(waitForOutput(*run, err, u"attempt 2 of 6"_s), qPrintable(err));
    blocker->database().rollback();  // gone during the backoff before the third attempt
    QVERIFY(run->waitForFinished(30000));
    err += QString::fromUtf8(run->readAllStandardError());
    QVERIFY2(run->exitCode() == 0, qPrintable(err));
    QVERIFY(!err.contains(u"attempt 3 of 6"_s));
    QVERIFY2(QString::fromUtf8(run->readAllStandardOutput()).contains(u"3 attempt"_s),
             qPrintable(err));
    QCOMPARE(
        scalar(db, u"SELECT attempts FROM mathakine_admin.schema_history WHERE version = '0002'"_s)
            .toInt(),
        3);
    QCOMPARE(
        scalar(db, u"SELECT attempts FROM mathakine_admin.schema_history WHERE version = '0001'"_s)
            .toInt(),
        1);
    const CliRun history = runCli(
        {u"--url"_s, url(db), u"--migrations"_s, realMigrationsDir(), u"--json"_s, u"history"_s});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(u"\"attempts\": 3"_s), qPrintable(history.out));
    QVERIFY(runCli({u"--url"_s, url(db), u"--migrations"_s, realMigrationsDir(), u"history"_s})
                .out.contains(u"3 attempt"_s));
}

void TestLockRetries::blockerThatStaysFailsCleanlyAfterNRetriesAndNeverQueuesTheApplicationLonger()
{
    const QString db = baselineDatabase(u"retry_fail"_s);
    QVERIFY(!db.isEmpty());
    // A long reader: its ACCESS SHARE lock makes ALTER TABLE users wait, and whoever comes
    // after the migration's lock request waits behind it.
    auto reader = openTransaction(db, u"SELECT count(*) FROM users"_s);
    QVERIFY(reader);
    auto app = DatabaseSession::open(spec(db), u"application"_s);
    QVERIFY(app);
    auto run = startUpgrade(
        db, {u"--lock-retries"_s, u"3"_s, u"--lock-retry-timeout"_s, QString::number(kAttemptMs)});
    qint64 longestWaitMs = 0;
    int queries = 0;
    // Polled by state: waitForFinished(0) is false for a process that already finished, so a
    // child whose exit the event loop noticed first would keep this loop going for ever.
    QElapsedTimer deadline;
    deadline.start();
    while (run->state() != QProcess::NotRunning && deadline.elapsed() < 60000) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(app.value()->run(u"SELECT count(*) FROM users"_s));
        longestWaitMs = std::max(longestWaitMs, timer.elapsed());
        ++queries;
        QTest::qWait(10);
    }
    const QString err = QString::fromUtf8(run->readAllStandardError());
    QCOMPARE(run->exitCode(), 4);
    QVERIFY2(err.contains(u"attempt 3 of 4"_s) && !err.contains(u"attempt 4 of 4"_s),
             qPrintable(err));
    QVERIFY2(err.contains(u"after 4 attempt"_s), qPrintable(err));
    QVERIFY(queries > 10);
    // One attempt's lock_timeout plus scheduling slack, far below the run's --lock-timeout 5000.
    QVERIFY2(longestWaitMs < kAttemptMs + 250, qPrintable(QString::number(longestWaitMs)));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history"_s).toInt(), 1);
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'jedi_rank'"_s)
            .toInt(),
        0);
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'failure' AND version = '0002'"_s)
            .toInt(),
        1);
}

void TestLockRetries::cancelInterruptsTheBackoffWait()
{
    const QString db = baselineDatabase(u"retry_cancel"_s);
    QVERIFY(!db.isEmpty());
    auto blocker = openTransaction(db, u"LOCK TABLE users IN ACCESS EXCLUSIVE MODE"_s);
    QVERIFY(blocker);
    // Attempts of 3 s: the first backoff lasts 1.5 to 3 s.
    auto run =
        startUpgrade(db, {u"--lock-retries"_s, u"5"_s, u"--lock-retry-timeout"_s, u"3000"_s});
    QString err;
    QVERIFY2(waitForOutput(*run, err, u"attempt 1 of 6"_s), qPrintable(err));
    QElapsedTimer timer;
    timer.start();
    run->terminate();  // SIGTERM: the CLI cancels the run
    QVERIFY(run->waitForFinished(10000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run->exitCode(), 4);
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'cancel' AND version = '0002'"_s)
            .toInt(),
        1);
}

QTEST_GUILESS_MAIN(TestLockRetries)
#include "tst_lock_retries.moc"
