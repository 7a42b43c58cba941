#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "run/MigrationRun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Issue 14 item 3: a second connection watches who waits behind the migration's backend and
// cancels its statement when an application session has waited --max-app-wait.
class TestStallGuard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void guardCancelsAMigrationStatementThatBlocksAReaderLongerThanTheLimit();
    void stepWithLockRetriesIsRetriedAfterTheGuardCanceledIt();
    void cliShowsWhoWaitsInJsonAndWithVerbose();
    void quietRunRecordsItsLongestApplicationWait();

private:
    QTemporaryDir m_dir;
};

namespace {
constexpr int kLimitMs = 500;

// A database with table t, and a folder with one migration that locks t then works 8 s.
QString prepare(const QString &prefix, const QString &folder, const QString &header = {},
                const QString &work = u"SELECT pg_sleep(8);"_s)
{
    const QString db = createDatabase(prefix);
    exec(db, u"CREATE TABLE t (id int PRIMARY KEY)"_s);
    exec(db, u"INSERT INTO t SELECT generate_series(1, 100)"_s);
    writeMigration(folder, u"0001"_s, u"ALTER TABLE t ADD COLUMN x int;\n"_s + work,
                   u"ALTER TABLE t DROP COLUMN x;"_s, header);
    return db;
}

// An application session, in its own thread: waits until the migration holds its lock on t,
// then reads t once and notes how long that took and its backend pid.
class Reader {
public:
    explicit Reader(const QString &db)
    {
        m_thread = std::thread([this, db] {
            auto session = DatabaseSession::open(spec(db), u"reader"_s);
            if (!session)
                return;
            m_pid = session.value()->server().backendPid;
            QElapsedTimer deadline;
            deadline.start();
            auto locked = [&] {
                auto n = session.value()->scalar(
                    u"SELECT count(*) FROM pg_locks WHERE relation = 't'::regclass AND mode = 'AccessExclusiveLock' AND granted"_s);
                return n && n.value().toInt() > 0;
            };
            while (deadline.elapsed() < 30000 && !locked())
                QThread::msleep(20);
            QElapsedTimer timer;
            timer.start();
            m_ok = session.value()->run(u"SELECT count(*) FROM t"_s).ok();
            m_waitedMs = timer.elapsed();
        });
    }
    ~Reader() { join(); }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    int pid() const { return m_pid; }
    qint64 waitedMs() const { return m_waitedMs; }
    bool ok() const { return m_ok; }

private:
    std::thread m_thread;
    std::atomic<int> m_pid{0};
    std::atomic<qint64> m_waitedMs{-1};
    std::atomic_bool m_ok{false};
};

struct Samples {
    std::mutex mutex;
    QList<StallSample> list;
    bool sawPid(int pid)
    {
        std::lock_guard lock(mutex);
        for (const StallSample &s : list)
            for (const WaitingSession &w : s.sessions)
                if (w.pid == pid && !w.query.isEmpty() && w.relation == u"t"_s)
                    return true;
        return false;
    }
};

RunOptions guardOptions()
{
    RunOptions options;
    options.maxAppWaitMs = kLimitMs;
    options.preflight = false;
    return options;
}
}  // namespace

void TestStallGuard::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

void TestStallGuard::guardCancelsAMigrationStatementThatBlocksAReaderLongerThanTheLimit()
{
    const QString folder = m_dir.filePath(u"cancel"_s);
    const QString db = prepare(u"stall_cancel"_s, folder);
    MigrationRun run(spec(db), guardOptions());
    Samples samples;
    run.setStallHandler([&samples](const StallSample &s) {
        std::lock_guard lock(samples.mutex);
        samples.list << s;
    });
    Reader reader(db);
    QElapsedTimer timer;
    timer.start();
    const auto result = run.upgrade(loadCatalog(folder), {});
    const qint64 elapsed = timer.elapsed();
    reader.join();
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::ApplicationBlocked);
    QCOMPARE(result.error().exitCode, ExitCode::MigrationFailed);
    QVERIFY2(result.error().message.contains(u"application blocked for"_s)
                 && result.error().message.contains(QString::number(reader.pid())),
             qPrintable(result.error().fullText()));
    QVERIFY2(result.error().message.contains(u"rolled back"_s), qPrintable(result.error().message));
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));  // pg_sleep(8) was canceled
    // The reader waited about the limit, then got its answer.
    QVERIFY(reader.ok());
    QVERIFY2(reader.waitedMs() >= kLimitMs - 50 && reader.waitedMs() < kLimitMs + 1000,
             qPrintable(QString::number(reader.waitedMs())));
    QVERIFY(samples.sawPid(reader.pid()));
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'x'"_s)
            .toInt(),
        0);
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'failure' AND version = '0001'"_s)
            .toInt(),
        1);
}

void TestStallGuard::stepWithLockRetriesIsRetriedAfterTheGuardCanceledIt()
{
    const QString folder = m_dir.filePath(u"retry"_s);
    const QString db =
        prepare(u"stall_retry"_s, folder, u"-- lock_retries: 3"_s, u"SELECT pg_sleep(1.5);"_s);
    MigrationRun run(spec(db), guardOptions());
    Reader reader(db);  // reads once, during the first attempt only
    const auto result = run.upgrade(loadCatalog(folder), {});
    reader.join();
    QVERIFY2(result, result ? "" : qPrintable(result.error().fullText()));
    QCOMPARE(result->steps.size(), 1);
    QCOMPARE(result->steps.constFirst().attempts, 2);
    QVERIFY2(reader.ok() && reader.waitedMs() < kLimitMs + 1000,
             qPrintable(QString::number(reader.waitedMs())));
    QCOMPARE(
        scalar(db, u"SELECT attempts FROM mathakine_admin.schema_history WHERE version = '0001'"_s)
            .toInt(),
        2);
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'x'"_s)
            .toInt(),
        1);
}

void TestStallGuard::cliShowsWhoWaitsInJsonAndWithVerbose()
{
    for (const QString &mode : {u"--json"_s, u"-v"_s}) {
        const QString folder = m_dir.filePath(u"cli"_s + mode);
        const QString db = prepare(u"stall_cli"_s, folder);
        Reader reader(db);
        const CliRun cli = runCli({u"--url"_s, url(db), u"--migrations"_s, folder, mode,
                                   u"upgrade"_s, u"--max-app-wait"_s, QString::number(kLimitMs)});
        reader.join();
        QCOMPARE(cli.exitCode, 4);
        const QString pid = QString::number(reader.pid());
        if (mode == u"--json"_s) {
            bool sawEvent = false;
            for (const QString &line : cli.err.split(u'\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
                if (event.value(u"event"_s) != u"waiting"_s)
                    continue;
                for (const QJsonValue &waiting :
                     event.value(u"sessions"_s).toArray())  // the sample that tripped is shown
                    sawEvent = sawEvent
                        || (waiting.toObject().value(u"pid"_s).toInt() == reader.pid()
                            && waiting.toObject().value(u"waitedMs"_s).toInteger() >= kLimitMs);
            }
            QVERIFY2(sawEvent, qPrintable(cli.err));
            const QJsonObject out = QJsonDocument::fromJson(cli.out.toUtf8()).object();
            QCOMPARE(out.value(u"exitCode"_s).toInt(), 4);
            QVERIFY2(out.value(u"error"_s).toString().contains(u"application blocked for"_s),
                     qPrintable(cli.out));
        } else {
            QVERIFY2(cli.err.contains(u"waiting behind the migration"_s)
                         && cli.err.contains(u"session "_s + pid),
                     qPrintable(cli.err));
            QVERIFY2(cli.err.contains(u"application blocked for"_s), qPrintable(cli.err));
        }
    }
}

void TestStallGuard::quietRunRecordsItsLongestApplicationWait()
{
    const QString folder = m_dir.filePath(u"quiet"_s);
    const QString db = prepare(u"stall_quiet"_s, folder, {}, u"SELECT 1;"_s);
    const auto result = MigrationRun(spec(db), guardOptions()).upgrade(loadCatalog(folder), {});
    QVERIFY2(result, result ? "" : qPrintable(result.error().fullText()));
    QCOMPARE(result->steps.constFirst().longestAppWaitMs, 0);
    QCOMPARE(
        scalar(
            db,
            u"SELECT details FROM mathakine_admin.audit_log WHERE action = 'upgrade' AND version = '0001'"_s)
            .toString(),
        u"{\"longestAppWaitMs\":0}"_s);
}

QTEST_GUILESS_MAIN(TestStallGuard)
#include "tst_stall_guard.moc"
