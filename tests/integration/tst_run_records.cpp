#include "RunPipelineSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;
using namespace testsupport::run;

// Issue 12, what a run records and refuses when the inputs are hostile: versions written two
// ways, stamps below the current version, INVALID indexes anywhere, waived rules, a
// migration's own SET, failed downs, a bookkeeping schema damaged by hand.
class TestRunRecords : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void versionWrittenDifferentlyIsOneHistoryRow();
    void stampBelowTheCurrentVersionSaysWhatItUnrecords();
    void invalidIndexInAnotherSchemaIsNeverStampEvidence();
    void transactionControlCannotBeWaived();
    void aMigrationsOwnSetCannotLiftTheRunsLimits();
    void failedNonTransactionalDownMovesTheAlembicRevisionBack();
    void aBookkeepingSchemaDamagedByHandIsRepaired();

private:
    QString folder(const QString &name) { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestRunRecords::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

void TestRunRecords::versionWrittenDifferentlyIsOneHistoryRow()
{
    const QString dir = folder(u"renumbered"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE vz (id int);"_s, u"DROP TABLE vz;"_s);
    const QString db = createDatabase(u"renumbered"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s})).exitCode, 0);
    QVERIFY(QFile::remove(dir + u"/0001_test.sql"_s));
    writeMigration(dir, u"1"_s, u"CREATE TABLE vz (id int);"_s,
                   u"DROP TABLE vz;"_s);  // "1" is version 0001
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s, u"--accept-drift"_s})).exitCode,
             0);  // the text changed: drift, accepted
    QCOMPARE(runCli(cli(db, dir, {u"downgrade"_s, u"base"_s})).exitCode, 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history"_s).toInt(), 0);
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.vz') IS NOT NULL"_s).toBool());
}

void TestRunRecords::stampBelowTheCurrentVersionSaysWhatItUnrecords()
{
    const QString dir = folder(u"unstamp"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE us1 (id int);"_s, u"DROP TABLE us1;"_s);
    writeMigration(dir, u"0002"_s, u"CREATE TABLE us2 (id int);"_s, u"DROP TABLE us2;"_s);
    const QString db = createDatabase(u"unstamp"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s})).exitCode, 0);
    const CliRun stamp = runCli(cli(db, dir, {u"stamp"_s, u"0001"_s}));
    QCOMPARE(stamp.exitCode, 0);
    QVERIFY2(!stamp.out.contains(u"Nothing to do"_s) && stamp.out.contains(u"0002"_s),
             qPrintable(stamp.out));
    QCOMPARE(scalar(db, u"SELECT string_agg(version, ',') FROM mathakine_admin.schema_history"_s)
                 .toString(),
             u"0001"_s);
}

void TestRunRecords::invalidIndexInAnotherSchemaIsNeverStampEvidence()
{
    const QString dir = folder(u"archive"_s);
    writeMigration(
        dir, u"0001"_s, u"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_x_u ON archive.t (x);"_s,
        u"DROP INDEX CONCURRENTLY IF EXISTS archive.t_x_u;"_s, u"-- transactional: false"_s);
    const QString db = createDatabase(u"archive"_s);
    QVERIFY(exec(db, u"CREATE SCHEMA archive"_s));
    QVERIFY(exec(db, u"CREATE TABLE archive.t (x int)"_s));
    QVERIFY(exec(db, u"INSERT INTO archive.t VALUES (1), (1)"_s));
    QVERIFY(!exec(
        db, u"CREATE UNIQUE INDEX CONCURRENTLY t_x_u ON archive.t (x)"_s));  // leaves it INVALID
    const CliRun stamp = runCli(cli(db, dir, {u"stamp"_s, u"0001"_s, u"--force"_s}));
    QVERIFY2(stamp.exitCode != 0 && stamp.err.contains(u"INVALID"_s), qPrintable(stamp.err));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history"_s).toInt(), 0);
    const CliRun preflight = runCli(cli(db, dir, {u"preflight"_s}));
    QVERIFY2(preflight.out.contains(u"INVALID"_s) && !preflight.out.contains(u"stamp"_s),
             qPrintable(preflight.out));
}

void TestRunRecords::transactionControlCannotBeWaived()
{
    const QString dir = folder(u"waive"_s);
    writeMigration(dir, u"0001"_s,
                   u"CREATE TABLE w1 (id int);\nCOMMIT;\nCREATE TABLE w2 (id int);"_s,
                   u"DROP TABLE w2;\nDROP TABLE w1;"_s, u"-- lint_ignore: transaction-control"_s);
    const QString db = createDatabase(u"waive"_s);
    const CliRun run = runCli(cli(db, dir, {u"upgrade"_s}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.w1') IS NOT NULL"_s).toBool());
}

void TestRunRecords::aMigrationsOwnSetCannotLiftTheRunsLimits()
{
    const QString dir = folder(u"limits"_s);
    writeMigration(dir, u"0001"_s, u"SET statement_timeout = 0;\nCREATE TABLE l1 (id int);"_s,
                   u"DROP TABLE l1;"_s, u"-- transactional: false"_s);
    writeMigration(dir, u"0002"_s, u"SELECT pg_sleep(20);"_s, u"SELECT 1;"_s);
    const QString db = createDatabase(u"limits"_s);
    const CliRun run = runCli(cli(db, dir, {u"upgrade"_s, u"--statement-timeout"_s, u"1500"_s}));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s, u"--lock-timeout"_s, u"0"_s})).exitCode,
             2);  // "no limit" is refused
}

void TestRunRecords::failedNonTransactionalDownMovesTheAlembicRevisionBack()
{
    const QString dir = folder(u"alembic-down"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE a1 (id int);"_s, u"DROP TABLE a1;"_s,
                   u"-- revision: rev_a"_s);
    writeMigration(dir, u"0002"_s, u"CREATE TABLE a2 (id int);"_s,
                   u"DROP TABLE a2;\nDROP TABLE no_such;"_s,
                   u"-- revision: rev_b\n-- transactional: false"_s);
    const QString db = createDatabase(u"alembicdown"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s})).exitCode, 0);
    QCOMPARE(scalar(db, u"SELECT version_num FROM alembic_version"_s).toString(), u"rev_b"_s);
    QCOMPARE(runCli(cli(db, dir, {u"downgrade"_s, u"0001"_s})).exitCode, 4);
    QCOMPARE(historyOf(db, u"0002"_s), u"failed:down:1"_s);
    QCOMPARE(scalar(db, u"SELECT version_num FROM alembic_version"_s).toString(), u"rev_a"_s);
}

void TestRunRecords::aBookkeepingSchemaDamagedByHandIsRepaired()
{
    const QString dir = folder(u"repair"_s);
    writeMigration(dir, u"0001"_s, u"CREATE TABLE rp1 (id int);"_s, u"DROP TABLE rp1;"_s);
    writeMigration(dir, u"0002"_s, u"ALTER TABLE rp1 ADD COLUMN x int;"_s,
                   u"ALTER TABLE rp1 DROP COLUMN x;"_s);
    const QString db = createDatabase(u"repair"_s);
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s, u"0001"_s})).exitCode, 0);
    QVERIFY(exec(db, u"DROP TABLE mathakine_admin.row_counts"_s));
    QVERIFY(exec(db, u"DROP TRIGGER audit_log_append_only ON mathakine_admin.audit_log"_s));
    QCOMPARE(runCli(cli(db, dir, {u"upgrade"_s})).exitCode, 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM mathakine_admin.row_counts WHERE phase = 'after'"_s)
                .toInt()
            > 0);
    QVERIFY2(!exec(db, u"DELETE FROM mathakine_admin.audit_log"_s),
             "the audit log is append-only again");
}

QTEST_GUILESS_MAIN(TestRunRecords)
#include "tst_run_records.moc"
