#include "RunPipelineSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;
using namespace testsupport::run;

// Issue 12: the one run pipeline — lock first, bounded waits, honest state, typed errors —
// tried the way the issue found it broken, against the real throwaway server.
class TestRunPipeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eightRunsAtOnceApplyEachMigrationOnceAndLosersWriteNothing();
    void accessExclusiveOnUsersFailsWithinTheLockTimeoutNamingTheBlocker();
    void lockOnATableNoMigrationTouchesDoesNotBlock();
    void secondRunExitsFiveAtOnce();
    void commitInsideATransactionalMigrationIsRefusedBeforeAnythingRuns();
    void failedNonTransactionalDownIsRecordedAsFailed();
    void invalidIndexIsAFailureNamedAsSuchNeverAStamp();
    void serverRestartStillWritesTheFailureToTheAuditLog();
    void frenchServerErrorsAreClassifiedBySqlState();
    void outOfOrderMigrationIsRefusedWithBothVersions();
    void missingFileStopsTheUpgradeAndKeepsTheAlembicRevision();
    void driftNamesTheFileBothChecksumsAndTheChangedLines();
    void emptyUrlIsAUsageError();
    void singleTransactionRollsTheWholeRunBack();
    void sigtermDuringALockWaitIsAnsweredWithinTwoSeconds();

private:
    QString folder(const QString &name) { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestRunPipeline::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

void TestRunPipeline::eightRunsAtOnceApplyEachMigrationOnceAndLosersWriteNothing()
{
    const QString dir = folder(u"eight"_s);
    copyRealMigrations(dir);
    writeMigration(dir, u"0007"_s, u"SELECT pg_sleep(4);"_s,
                   u"SELECT 1;"_s);  // the winner holds the lock a while
    const QString db = createDatabase(u"eight"_s);
    QList<QProcess *> runs;
    for (int i = 0; i < 8; ++i) {
        auto *p = new QProcess(this);
        p->start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), cli(db, dir, {u"upgrade"_s}));
        runs << p;
    }
    // The losers are done while the winner still sleeps: they never waited for the lock.
    auto running = [&runs] {
        return std::count_if(runs.begin(), runs.end(),
                             [](QProcess *p) { return p->state() != QProcess::NotRunning; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(running() <= 1, 20000);
    QCOMPARE(running(), 1);
    QList<int> codes;
    for (QProcess *p : runs) {
        QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(60000));
        codes << p->exitCode();
        if (p->exitCode() == 5)
            QVERIFY2(QString::fromUtf8(p->readAllStandardError()).contains(u"mathakine-admin"_s),
                     "the loser names the holder");
    }
    qDeleteAll(runs);
    QCOMPARE(codes.count(0), 1);
    QCOMPARE(codes.count(5), 7);
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history WHERE state = 'applied'"_s)
            .toInt(),
        7);
    QCOMPARE(auditCount(db, u"upgrade"_s), 7);
    // Only the run that held the lock counted rows, and its counts are all there.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM mathakine_admin.row_count_runs"_s).toInt(), 1);
    QVERIFY(scalar(db, u"SELECT count(*) FROM mathakine_admin.row_counts WHERE phase = 'after'"_s)
                .toInt()
            > 0);
    QCOMPARE(scalar(db, u"SELECT max(version) FROM mathakine_admin.schema_version"_s).toInt(),
             ToolSchema::latestVersion());
}

void TestRunPipeline::accessExclusiveOnUsersFailsWithinTheLockTimeoutNamingTheBlocker()
{
    const QString db = createDatabase(u"exclusive"_s);
    QVERIFY(
        MigrationRun(spec(db), quick()).upgrade(loadCatalog(realMigrationsDir()), u"0001"_s).ok());
    auto blocker = lockTable(db, u"users"_s);
    QVERIFY(blocker);
    // Without 0002's lock retries (its header): the plain lock timeout is tested here.
    const CliRun run =
        runCli(cli(db, realMigrationsDir(),
                   {u"upgrade"_s, u"--lock-timeout"_s, u"2000"_s, u"--lock-retries"_s, u"0"_s}));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.elapsedMs < 2000 + 2000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(run.err.contains(u"pid %1"_s.arg(blocker->server().backendPid)), qPrintable(run.err));
    QVERIFY(run.err.contains(u"LOCK TABLE users"_s));  // its query
    QCOMPARE(scalar(db, u"SELECT max(version) FROM mathakine_admin.schema_history"_s).toString(),
             u"0001"_s);
}

void TestRunPipeline::lockOnATableNoMigrationTouchesDoesNotBlock()
{
    const QString db = createDatabase(u"untouched"_s);
    QVERIFY(
        MigrationRun(spec(db), quick()).upgrade(loadCatalog(realMigrationsDir()), u"0001"_s).ok());
    auto blocker = lockTable(db, u"logic_challenges"_s);  // 0002 alters users only
    QVERIFY(blocker);
    const CliRun run = runCli(
        cli(db, realMigrationsDir(), {u"upgrade"_s, u"0002"_s, u"--lock-timeout"_s, u"2000"_s}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
}

void TestRunPipeline::secondRunExitsFiveAtOnce()
{
    const QString dir = folder(u"second"_s);
    writeMigration(dir, u"0001"_s, u"SELECT pg_sleep(6);"_s, u"SELECT 1;"_s);
    const QString db = createDatabase(u"second"_s);
    QProcess slow;
    slow.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), cli(db, dir, {u"upgrade"_s}));
    QVERIFY(waitForQuery(db, u"pg_sleep"_s));
    const CliRun second = runCli(cli(db, dir, {u"upgrade"_s}));
    QCOMPARE(second.exitCode, 5);
    QVERIFY2(second.elapsedMs < 1000, qPrintable(QString::number(second.elapsedMs)));
    QVERIFY(second.err.contains(u"Migration in progress by postgres@local (mathakine-admin)"_s));
    QVERIFY(slow.waitForFinished(30000));
    QCOMPARE(slow.exitCode(), 0);
}

void TestRunPipeline::commitInsideATransactionalMigrationIsRefusedBeforeAnythingRuns()
{
    const QString dir = folder(u"commit"_s);
    writeMigration(
        dir, u"0001"_s,
        u"CREATE TABLE half (id int);\nCOMMIT;\nCREATE TYPE mood AS ENUM ('ok');\nBEGIN;\nSELECT 1 / 0;"_s,
        u"DROP TABLE half;"_s);
    const QString db = createDatabase(u"commit"_s);
    const CliRun run = runCli(cli(db, dir, {u"upgrade"_s}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"0001_migration.sql:"_s) || run.err.contains(u".sql:"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"transaction-control"_s));
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.half') IS NOT NULL"_s).toBool());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM pg_type WHERE typname = 'mood'"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history"_s).toInt(), 0);
}

void TestRunPipeline::failedNonTransactionalDownIsRecordedAsFailed()
{
    const QString dir = folder(u"down"_s);
    writeMigration(
        dir, u"0001"_s,
        u"CREATE TABLE d1 (id int);\nCREATE TABLE d2 (id int);\nCREATE TABLE d3 (id int);"_s,
        u"DROP TABLE d3;\nDROP TABLE no_such_table;\nDROP TABLE d1;"_s,
        u"-- transactional: false"_s);
    const QString db = createDatabase(u"down"_s);
    QVERIFY(MigrationRun(spec(db), quick()).upgrade(loadCatalog(dir), {}).ok());
    auto down = MigrationRun(spec(db), quick()).downgrade(loadCatalog(dir), u"base"_s);
    QVERIFY(!down.ok());
    QCOMPARE(down.error().exitCode, ExitCode::MigrationFailed);
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.d3') IS NOT NULL"_s)
                 .toBool());  // statement 1 took effect
    QCOMPARE(historyOf(db, u"0001"_s), u"failed:down:1"_s);
    const CliRun status = runCli(cli(db, dir, {u"status"_s}));
    QVERIFY2(status.out.contains(u"failed in its down section at statement 2"_s),
             qPrintable(status.out));
    QVERIFY(status.out.contains(u"(SQLSTATE 42P01)"_s));
}

void TestRunPipeline::invalidIndexIsAFailureNamedAsSuchNeverAStamp()
{
    const QString dir = folder(u"invalid"_s);
    writeMigration(
        dir, u"0001"_s,
        u"CREATE TABLE tags (id serial PRIMARY KEY, tag text);\nINSERT INTO tags (tag) VALUES ('x'), ('x');"_s,
        u"DROP TABLE tags;"_s);
    writeMigration(dir, u"0002"_s,
                   u"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS tags_tag_key ON tags (tag);"_s,
                   u"DROP INDEX CONCURRENTLY IF EXISTS tags_tag_key;"_s,
                   u"-- transactional: false"_s);
    const QString db = createDatabase(u"invalid"_s);
    auto first = MigrationRun(spec(db), quick()).upgrade(loadCatalog(dir), {});
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, ErrorKind::DuplicateData);
    QVERIFY2(!first.error().hint.contains(u"stamp"_s), qPrintable(first.error().hint));
    QVERIFY(historyOf(db, u"0002"_s).startsWith(u"failed:up"_s));

    QVERIFY(exec(
        db, u"DELETE FROM tags WHERE id = 2"_s));  // the data is fixed, the INVALID index stays
    const CliRun rerun = runCli(cli(db, dir, {u"upgrade"_s}));
    QCOMPARE(rerun.exitCode, 4);
    QVERIFY2(rerun.err.contains(u"INVALID"_s), qPrintable(rerun.err));
    QVERIFY(historyOf(db, u"0002"_s).startsWith(u"failed"_s));
    const CliRun preflight = runCli(cli(db, dir, {u"preflight"_s}));
    QVERIFY2(preflight.out.contains(u"INVALID"_s), qPrintable(preflight.out));
    QVERIFY(!preflight.out.contains(u"stamp"_s));
    // Overriding pre-flight does not help: the run itself refuses to record an INVALID index as
    // applied.
    const CliRun forced =
        runCli(cli(db, dir, {u"upgrade"_s, u"--override-preflight"_s, u"test"_s}));
    QCOMPARE(forced.exitCode, 4);
    QVERIFY2(forced.err.contains(u"is INVALID"_s), qPrintable(forced.err));
    QVERIFY(historyOf(db, u"0002"_s).startsWith(u"failed"_s));
}

void TestRunPipeline::serverRestartStillWritesTheFailureToTheAuditLog()
{
    const QString dir = folder(u"restart"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE r (id int);\nSELECT pg_sleep(30);"_s,
                   u"DROP TABLE r;"_s);
    const QString db = createDatabase(u"restart"_s);
    QProcess run;
    run.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), cli(db, dir, {u"upgrade"_s}));
    QVERIFY(waitForQuery(db, u"pg_sleep"_s));
    // pg_ctl itself, so that the server comes back on the same port and socket.
    QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"fast"_s}));
    QThread::sleep(3);  // the run is now retrying its audit row
    QVERIFY(pgCtl({u"restart"_s}));
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.exitCode(), 4);
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QVERIFY2(!err.contains(u"could not be written"_s), qPrintable(err));
    QCOMPARE(auditCount(db, u"failure"_s), 1);
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.r') IS NOT NULL"_s).toBool());
}

void TestRunPipeline::frenchServerErrorsAreClassifiedBySqlState()
{
    const QString db = createDatabase(u"french"_s);
    QVERIFY(exec(db, u"ALTER DATABASE %1 SET lc_messages = 'fr_FR.UTF-8'"_s.arg(db)));
    auto probe = DatabaseSession::open(spec(db), u"probe"_s);
    QVERIFY(probe);
    auto failure = probe.value()->run(u"SELECT 1 / 0"_s);
    QVERIFY2(failure.error().detail.contains(u"division par z"_s),
             "the server must speak French for this test (locale fr_FR.UTF-8)");
    QCOMPARE(failure.error().sqlState, u"22012"_s);

    // Cancel: recognised from 57014 and the operator's request, not from English text.
    const QString dir = folder(u"french"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE f (id int);\nSELECT pg_sleep(20);"_s,
                   u"DROP TABLE f;"_s);
    MigrationRun run(spec(db), quick());
    Outcome<RunReport> report = AppError{};
    QThread *worker = QThread::create([&] { report = run.upgrade(loadCatalog(dir), {}); });
    worker->start();
    QVERIFY(waitForQuery(db, u"pg_sleep"_s));
    QElapsedTimer timer;
    timer.start();
    run.cancel();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(report.error().kind, ErrorKind::Canceled);
    QVERIFY2(report.error().message.contains(u"canceled"_s), qPrintable(report.error().message));
    QCOMPARE(auditCount(db, u"cancel"_s), 1);

    // A unique violation is duplicate data (its hint says so), never "adopt it with stamp".
    const QString dup = folder(u"french-dup"_s);
    writeMigration(dup, u"0001"_s,
                   u"CREATE TABLE k (tag text UNIQUE);\nINSERT INTO k VALUES ('x'), ('x');"_s,
                   u"DROP TABLE k;"_s);
    auto duplicate = MigrationRun(spec(db), quick()).upgrade(loadCatalog(dup), {});
    QCOMPARE(duplicate.error().kind, ErrorKind::DuplicateData);
    QVERIFY(!duplicate.error().hint.isEmpty());
    QVERIFY(!duplicate.error().hint.contains(u"stamp"_s));
}

void TestRunPipeline::outOfOrderMigrationIsRefusedWithBothVersions()
{
    const QString dir = folder(u"order"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE o1 (id int);"_s, u"DROP TABLE o1;"_s);
    writeMigration(dir, u"0003"_s, u"CREATE TABLE o3 (id int);"_s, u"DROP TABLE o3;"_s);
    const QString db = createDatabase(u"order"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s})).exitCode, 0);
    writeMigration(dir, u"0002"_s, u"CREATE TABLE o2 (id int);"_s, u"DROP TABLE o2;"_s);
    const CliRun refused = runCli(cli(db, dir, {u"upgrade"_s}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"0002"_s) && refused.err.contains(u"0003"_s),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"--out-of-order"_s));
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.o2') IS NOT NULL"_s).toBool());
    const CliRun status = runCli(cli(db, dir, {u"status"_s}));
    QVERIFY2(status.out.contains(u"out of order"_s), qPrintable(status.out));
    const CliRun dryRun =
        runCli(cli(db, dir, {u"sql"_s}));  // the dry run says what upgrade would refuse
    QVERIFY2(dryRun.err.contains(u"--out-of-order"_s), qPrintable(dryRun.err));
    const CliRun below = runCli(
        cli(db, dir, {u"upgrade"_s, u"0001"_s}));  // not "already at the target": it is past it
    QVERIFY2(below.exitCode == 0 && below.out.contains(u"at version 0003"_s),
             qPrintable(below.out));
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s, u"--out-of-order"_s})).exitCode, 0);
    QCOMPARE(auditCount(db, u"out-of-order"_s), 1);
}

void TestRunPipeline::missingFileStopsTheUpgradeAndKeepsTheAlembicRevision()
{
    const QString dir = folder(u"missing"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE m1 (id int);"_s, u"DROP TABLE m1;"_s,
                   u"-- revision: rev_one"_s);
    writeMigration(dir, u"0002"_s, u"CREATE TABLE m2 (id int);"_s, u"DROP TABLE m2;"_s,
                   u"-- revision: rev_two"_s);
    const QString db = createDatabase(u"missing"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s})).exitCode, 0);
    QCOMPARE(scalar(db, u"SELECT version_num FROM alembic_version"_s).toString(), u"rev_two"_s);
    const QStringList files = QDir(dir).entryList({u"0002_*.sql"_s});
    QCOMPARE(files.size(), 1);
    QVERIFY(QFile::remove(dir + QLatin1Char('/') + files.constFirst()));
    writeMigration(dir, u"0003"_s, u"CREATE TABLE m3 (id int);"_s, u"DROP TABLE m3;"_s);
    const CliRun refused = runCli(cli(db, dir, {u"upgrade"_s}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"0002"_s) && refused.err.contains(u"--allow-missing"_s),
             qPrintable(refused.err));
    QCOMPARE(scalar(db, u"SELECT version_num FROM alembic_version"_s).toString(), u"rev_two"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s, u"--allow-missing"_s})).exitCode, 0);
    // The revision comes from the history, not from the files: 0002's stays the newest.
    QCOMPARE(scalar(db, u"SELECT version_num FROM alembic_version"_s).toString(), u"rev_two"_s);
    QCOMPARE(auditCount(db, u"allow-missing"_s), 1);
}

void TestRunPipeline::driftNamesTheFileBothChecksumsAndTheChangedLines()
{
    const QString dir = folder(u"drift"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE dr (id int);"_s, u"DROP TABLE dr;"_s);
    const QString db = createDatabase(u"drift"_s);
    QVERIFY(MigrationRun(spec(db), quick()).upgrade(loadCatalog(dir), {}).ok());
    const QString recorded =
        scalar(db, u"SELECT checksum FROM mathakine_admin.schema_history"_s).toString();
    writeMigration(dir, u"0001"_s, u"CREATE TABLE dr (id bigint);"_s, u"DROP TABLE dr;"_s);
    const MigrationCatalog edited = loadCatalog(dir);
    auto refused = MigrationRun(spec(db), quick()).upgrade(edited, {});
    QCOMPARE(refused.error().kind, ErrorKind::Drift);
    QCOMPARE(refused.error().remedy.option, u"--accept-drift"_s);
    QVERIFY(refused.error().detail.contains(edited.migrations.constFirst().filePath));
    QVERIFY(refused.error().detail.contains(recorded));
    QVERIFY(refused.error().detail.contains(edited.migrations.constFirst().checksum));
    const CliRun status = runCli(cli(db, dir, {u"status"_s, u"--diff-drift"_s}));
    QVERIFY2(status.out.contains(u"-CREATE TABLE dr (id int);"_s), qPrintable(status.out));
    QVERIFY(status.out.contains(u"+CREATE TABLE dr (id bigint);"_s));
}

void TestRunPipeline::emptyUrlIsAUsageError()
{
    const CliRun run = runCli({u"--url"_s, QString(), u"status"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--url"_s), qPrintable(run.err));
}

void TestRunPipeline::singleTransactionRollsTheWholeRunBack()
{
    const QString dir = folder(u"single"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE s1 (id int);"_s, u"DROP TABLE s1;"_s);
    writeMigration(dir, u"0002"_s, u"CREATE TABLE s2 (id int);"_s, u"DROP TABLE s2;"_s);
    writeMigration(dir, u"0003"_s, u"SELECT 1 / 0;"_s, u"SELECT 1;"_s);
    const QString db = createDatabase(u"single"_s);
    const CliRun failed = runCli(cli(db, dir, {u"upgrade"_s, u"--single-transaction"_s}));
    QCOMPARE(failed.exitCode, 4);
    QVERIFY2(failed.err.contains(u"--single-transaction"_s), qPrintable(failed.err));
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.s1') IS NOT NULL"_s).toBool());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history"_s).toInt(), 0);
    QCOMPARE(auditCount(db, u"failure"_s), 1);

    writeMigration(dir, u"0003"_s, u"CREATE INDEX CONCURRENTLY s1_id ON s1 (id);"_s,
                   u"DROP INDEX CONCURRENTLY s1_id;"_s, u"-- transactional: false"_s);
    const CliRun refused = runCli(cli(db, dir, {u"upgrade"_s, u"--single-transaction"_s}));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(u"0003"_s));
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s, u"--single-transaction"_s, u"0002"_s})).exitCode,
             0);
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history WHERE state = 'applied'"_s)
            .toInt(),
        2);
}

void TestRunPipeline::sigtermDuringALockWaitIsAnsweredWithinTwoSeconds()
{
    const QString db = createDatabase(u"sigterm"_s);
    QVERIFY(
        MigrationRun(spec(db), quick()).upgrade(loadCatalog(realMigrationsDir()), u"0001"_s).ok());
    auto blocker = lockTable(db, u"users"_s);
    QVERIFY(blocker);
    QProcess run;
    run.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"),
              cli(db, realMigrationsDir(), {u"upgrade"_s, u"--lock-timeout"_s, u"60000"_s}));
    QVERIFY(waitForQuery(db, u"ALTER TABLE users"_s));  // waiting for the blocker's lock
    QElapsedTimer timer;
    timer.start();
    run.terminate();  // SIGTERM, as a service manager or `kill` sends it
    QVERIFY(run.waitForFinished(10000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.exitCode(), 4);
    QCOMPARE(auditCount(db, u"cancel"_s), 1);
    QCOMPARE(scalar(db, u"SELECT max(version) FROM mathakine_admin.schema_history"_s).toString(),
             u"0001"_s);
}

QTEST_GUILESS_MAIN(TestRunPipeline)
#include "tst_run_pipeline.moc"
