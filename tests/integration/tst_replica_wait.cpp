#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "ops/Sandbox.h"
#include "process/ToolProcess.h"
#include "run/MigrationRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Issue 14 item 4: after each migration the run waits, bounded and cancellable, until every
// streaming standby has replayed it. The standby is real: pg_basebackup -R of the test server
// into a second temporary cluster, started as postgres on another port.
class TestReplicaWait : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void upgradeWaitsUntilTheStandbyReplayedEachMigrationAndReportsIt();
    void cliReportsEachStandbysReplayInJson();
    void pausedStandbyStopsTheRunAfterMaxReplicaLagWithTheFirstMigrationApplied();
    void cancelEndsTheWaitForAPausedStandby();

private:
    bool startStandby(QString *error);
    bool standbyExec(const QString &database, const QString &sql);
    QVariant standbyScalar(const QString &database, const QString &sql);
    void stopStandby();

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_started = false;
};

namespace {
const QString kStandbyName = u"tst_standby"_s;

// Two small migrations, so that the run waits twice.
QString twoMigrations(const QString &folder)
{
    writeMigration(folder, u"0001"_s, u"CREATE TABLE w1 (id int PRIMARY KEY);"_s,
                   u"DROP TABLE w1;"_s);
    writeMigration(folder, u"0002"_s, u"CREATE TABLE w2 (id int PRIMARY KEY);"_s,
                   u"DROP TABLE w2;"_s);
    return folder;
}

RunOptions options(int maxReplicaLagMs = 60000)
{
    RunOptions o;
    o.preflight = false;
    o.maxReplicaLagMs = maxReplicaLagMs;
    return o;
}
}  // namespace

bool TestReplicaWait::startStandby(QString *error)
{
    auto bin = Sandbox::findBinDir();
    if (!bin) {
        *error = bin.error().fullText();
        return false;
    }
    m_bin = bin.value();
    QFile::setPermissions(m_dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (!Sandbox::giveToServerUser(m_dir.path())) {
        *error = u"cannot give the folder to postgres"_s;
        return false;
    }
    const ConnectionProfile primary = spec().profile;
    const QString data = m_dir.filePath(u"data"_s);
    ToolResult copied = ToolProcess::run(
        m_bin + u"/pg_basebackup"_s,
        {u"-h"_s, primary.host, u"-p"_s, QString::number(primary.port), u"-U"_s, u"postgres"_s,
         u"-D"_s, data, u"-R"_s, u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s, u"--no-sync"_s},
        120000, u"postgres"_s);
    if (!copied.ok()) {
        *error = u"pg_basebackup: "_s + copied.output;
        return false;
    }
    m_port = Sandbox::freeLoopbackPort();
    // cluster_name is the WAL receiver's application_name: the name pg_stat_replication shows.
    const QString serverOptions =
        u"-p %1 -k %2 -c listen_addresses='' -c fsync=off -c cluster_name=%3"_s.arg(m_port).arg(
            m_dir.path(), kStandbyName);
    ToolResult started =
        ToolProcess::run(m_bin + u"/pg_ctl"_s,
                         {u"-D"_s, data, u"-l"_s, m_dir.filePath(u"standby.log"_s), u"-w"_s,
                          u"-t"_s, u"60"_s, u"-o"_s, serverOptions, u"start"_s},
                         90000, u"postgres"_s);
    if (!started.ok()) {
        *error = u"pg_ctl start: "_s + started.output;
        return false;
    }
    m_started = true;
    QElapsedTimer deadline;
    deadline.start();
    while (deadline.elapsed() < 30000) {
        if (scalar(
                u"postgres"_s,
                u"SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming' AND application_name = '%1'"_s
                    .arg(kStandbyName))
                .toInt()
            == 1)
            return true;
        QThread::msleep(100);
    }
    *error = u"the standby never reached the streaming state"_s;
    return false;
}

void TestReplicaWait::stopStandby()
{
    if (!m_started)
        return;
    ToolProcess::run(
        m_bin + u"/pg_ctl"_s,
        {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, 60000,
        u"postgres"_s);
    m_started = false;
}

bool TestReplicaWait::standbyExec(const QString &database, const QString &sql)
{
    ConnectionSpec s = spec(database);
    s.profile.host = m_dir.path();
    s.profile.port = m_port;
    auto session = DatabaseSession::open(s, u"standby"_s);
    return session && session.value()->run(sql).ok();
}

QVariant TestReplicaWait::standbyScalar(const QString &database, const QString &sql)
{
    ConnectionSpec s = spec(database);
    s.profile.host = m_dir.path();
    s.profile.port = m_port;
    auto session = DatabaseSession::open(s, u"standby"_s);
    if (!session)
        return {};
    auto value = session.value()->scalar(sql);
    return value ? value.value() : QVariant();
}

void TestReplicaWait::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(startStandby(&error), qPrintable(error));
}

void TestReplicaWait::cleanupTestCase()
{
    stopStandby();
}

void TestReplicaWait::upgradeWaitsUntilTheStandbyReplayedEachMigrationAndReportsIt()
{
    const QString db = createDatabase(u"replica_ok"_s);
    const auto result = MigrationRun(spec(db), options())
                            .upgrade(loadCatalog(twoMigrations(m_dir.filePath(u"ok"_s))), {});
    QVERIFY2(result, result ? "" : qPrintable(result.error().fullText()));
    QCOMPARE(result->steps.size(), 2);
    for (const StepReport &step : result->steps) {
        QCOMPARE(step.standbys.size(), 1);
        QCOMPARE(step.standbys.constFirst().standby, kStandbyName);
        QVERIFY(step.standbys.constFirst().replayMs > 0);
    }
    // Already there on the standby, without waiting: the run waited for it.
    QCOMPARE(standbyScalar(db, u"SELECT count(*) FROM pg_tables WHERE tablename IN ('w1', 'w2')"_s)
                 .toInt(),
             2);
}

void TestReplicaWait::cliReportsEachStandbysReplayInJson()
{
    const QString db = createDatabase(u"replica_cli"_s);
    const CliRun cli = runCli({u"--url"_s, url(db), u"--migrations"_s,
                               twoMigrations(m_dir.filePath(u"cli"_s)), u"--json"_s, u"upgrade"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    const QJsonArray steps =
        QJsonDocument::fromJson(cli.out.toUtf8()).object().value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 2);
    const QJsonObject standby =
        steps.at(1).toObject().value(u"standbys"_s).toArray().at(0).toObject();
    QCOMPARE(standby.value(u"standby"_s).toString(), kStandbyName);
    QVERIFY(standby.value(u"replayMs"_s).toInteger() > 0);
}

void TestReplicaWait::pausedStandbyStopsTheRunAfterMaxReplicaLagWithTheFirstMigrationApplied()
{
    const QString db = createDatabase(u"replica_lag"_s);
    QVERIFY(standbyExec(u"postgres"_s, u"SELECT pg_wal_replay_pause()"_s));
    QElapsedTimer timer;
    timer.start();
    const auto result = MigrationRun(spec(db), options(800))
                            .upgrade(loadCatalog(twoMigrations(m_dir.filePath(u"lag"_s))), {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(standbyExec(u"postgres"_s, u"SELECT pg_wal_replay_resume()"_s));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::ReplicaLag);
    QCOMPARE(result.error().exitCode, ExitCode::MigrationFailed);
    QVERIFY2(result.error().message.contains(kStandbyName)
                 && result.error().message.contains(u"0001"_s),
             qPrintable(result.error().fullText()));
    QVERIFY2(elapsed >= 800 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    // 0001 committed on the primary; the run stopped before 0002.
    QCOMPARE(
        scalar(
            db,
            u"SELECT string_agg(version, ',' ORDER BY version) FROM mathakine_admin.schema_history"_s)
            .toString(),
        u"0001"_s);
}

void TestReplicaWait::cancelEndsTheWaitForAPausedStandby()
{
    const QString db = createDatabase(u"replica_cancel"_s);
    QVERIFY(standbyExec(u"postgres"_s, u"SELECT pg_wal_replay_pause()"_s));
    MigrationRun run(spec(db), options(60000));
    const MigrationCatalog catalog = loadCatalog(twoMigrations(m_dir.filePath(u"cancel"_s)));
    std::optional<Outcome<RunReport>> result;
    QElapsedTimer sinceCancel;
    std::thread worker([&] { result = run.upgrade(catalog, {}); });
    // Until 0001 is recorded: the run then waits for the paused standby.
    QElapsedTimer deadline;
    deadline.start();
    while (
        deadline.elapsed() < 30000
        && scalar(
               db,
               u"SELECT count(*) FROM pg_tables WHERE schemaname = 'mathakine_admin' AND tablename = 'schema_history'"_s)
                .toInt()
            == 0)
        QThread::msleep(50);
    while (deadline.elapsed() < 30000
           && scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history"_s).toInt() == 0)
        QThread::msleep(50);
    QThread::msleep(300);
    sinceCancel.start();
    run.cancel();
    worker.join();
    const qint64 answeredMs = sinceCancel.elapsed();
    QVERIFY(standbyExec(u"postgres"_s, u"SELECT pg_wal_replay_resume()"_s));
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ErrorKind::Canceled);
    QVERIFY2(result->error().message.contains(u"applied on the primary"_s),
             qPrintable(result->error().fullText()));
    QVERIFY2(answeredMs < 1000, qPrintable(QString::number(answeredMs)));
}

QTEST_GUILESS_MAIN(TestReplicaWait)
#include "tst_replica_wait.moc"
