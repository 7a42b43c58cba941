#include "MigrationFixtures.h"
#include "TestServer.h"

#include "migrate/HistoryStore.h"
#include "run/MigrationRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

class TestMigrationRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeAppliesThePhaseOneSchemaAndAlembicRevision();
    void upgradeDowngradeBaseUpgradeLeavesAnIdenticalSchema();
    void everyDownUndoesExactlyItsUp();
    void brokenMigrationRollsBackAndKeepsEarlierOnesApplied();
    void stampAdoptsABaselineDatabaseWithoutRunningIt();
    void stampRefusesADatabaseThatLacksTheObjects();
    void dryRunPrintsTheSqlAndChangesNothing();
    void historyShowsWhoWhenAndHowLong();

private:
    MigrationCatalog m_real;
};

namespace {
RunOptions fastOptions()
{
    RunOptions options;
    options.lockTimeoutMs = 2000;
    return options;
}

QStringList historyVersions(const QString &db)
{
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    auto rows = HistoryStore(*session.value()).load();
    QStringList versions;
    for (const AppliedMigration &row : rows.value())
        versions << row.version + QLatin1Char(':') + row.stateKey();
    return versions;
}
}  // namespace

void TestMigrationRunner::initTestCase()
{
    REQUIRE_SERVER();
    auto loaded = MigrationCatalogLoader::load(realMigrationsDir());
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.errors.constFirst().located()));
    m_real = loaded.catalog;
    QCOMPARE(m_real.migrations.size(), 6);
}

void TestMigrationRunner::upgradeAppliesThePhaseOneSchemaAndAlembicRevision()
{
    const QString db = createDatabase(QStringLiteral("head"));
    MigrationRun runner(spec(db), fastOptions());
    auto report = runner.upgrade(m_real, {});
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(report->steps.size(), 6);
    for (const char *column : {"avatar_url", "jedi_rank", "total_points", "two_factor_enabled"})
        QVERIFY2(
            scalar(
                db,
                QStringLiteral(
                    "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = '%1'")
                    .arg(QLatin1String(column)))
                    .toInt()
                == 1,
            column);
    for (const char *table : {"user_sessions", "achievements", "user_achievements", "notifications",
                              "learning_analytics"})
        QVERIFY2(scalar(db,
                        QStringLiteral("SELECT to_regclass('public.%1') IS NOT NULL")
                            .arg(QLatin1String(table)))
                     .toBool(),
                 table);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'idx\\_%'"))
            .toInt(),
        5 + 14 + 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT version_num FROM alembic_version")).toString(),
             QStringLiteral("exercise_extensions"));

    auto again = runner.upgrade(m_real, {});
    QVERIFY(again.ok());
    QCOMPARE(again->steps.size(), 0);
}

void TestMigrationRunner::upgradeDowngradeBaseUpgradeLeavesAnIdenticalSchema()
{
    const QString db = createDatabase(QStringLiteral("roundtrip"));
    const QString empty = schemaDump(db, {QStringLiteral("--schema=public")});
    QVERIFY(MigrationRun(spec(db), fastOptions()).upgrade(m_real, {}).ok());
    const QString head = schemaDump(db, {QStringLiteral("--schema=public")});
    auto down = MigrationRun(spec(db), fastOptions()).downgrade(m_real, QStringLiteral("base"));
    QVERIFY2(down.ok(), qPrintable(down.error().fullText()));
    QCOMPARE(down->steps.size(), 6);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alembic_version")).toInt(), 0);
    QCOMPARE(schemaDump(db,
                        {QStringLiteral("--schema=public"),
                         QStringLiteral("--exclude-table=public.alembic_version")}),
             empty);
    QVERIFY(MigrationRun(spec(db), fastOptions()).upgrade(m_real, {}).ok());
    QCOMPARE(schemaDump(db, {QStringLiteral("--schema=public")}), head);
}

void TestMigrationRunner::everyDownUndoesExactlyItsUp()
{
    const QString db = createDatabase(QStringLiteral("updown"));
    for (const Migration &m : m_real.migrations) {
        const QString before =
            schemaDump(db,
                       {QStringLiteral("--schema=public"),
                        QStringLiteral("--exclude-table=public.alembic_version")});
        QVERIFY(MigrationRun(spec(db), fastOptions()).upgrade(m_real, m.version).ok());
        const int index = m_real.indexOf(m.version);
        const QString previous =
            index == 0 ? QStringLiteral("base") : m_real.migrations.at(index - 1).version;
        QVERIFY(MigrationRun(spec(db), fastOptions()).downgrade(m_real, previous).ok());
        QCOMPARE(schemaDump(db,
                            {QStringLiteral("--schema=public"),
                             QStringLiteral("--exclude-table=public.alembic_version")}),
                 before);
        QVERIFY(MigrationRun(spec(db), fastOptions()).upgrade(m_real, m.version).ok());
    }
}

void TestMigrationRunner::brokenMigrationRollsBackAndKeepsEarlierOnesApplied()
{
    QTemporaryDir dir;
    copyRealMigrations(dir.path(), 2);
    writeMigration(
        dir.path(), QStringLiteral("0003"),
        QStringLiteral(
            "CREATE TABLE half_done (id int);\nALTER TABLE no_such_table ADD COLUMN x int;"),
        QStringLiteral("DROP TABLE half_done;"));
    writeMigration(dir.path(), QStringLiteral("0004"),
                   QStringLiteral("CREATE TABLE never (id int);"),
                   QStringLiteral("DROP TABLE never;"));
    const MigrationCatalog catalog = loadCatalog(dir.path());
    const QString db = createDatabase(QStringLiteral("broken"));

    auto report = MigrationRun(spec(db), fastOptions()).upgrade(catalog, {});
    QVERIFY(!report.ok());
    const AppError &error = report.error();
    QCOMPARE(error.exitCode, ExitCode::MigrationFailed);
    QVERIFY(error.file.endsWith(QStringLiteral("0003_test.sql")));
    QCOMPARE(error.line, 6);  // the ALTER TABLE, after a 2-line header, a blank line and the marker
    QVERIFY2(error.message.contains(QStringLiteral("statement 2 of 2")), qPrintable(error.message));
    QVERIFY(error.detail.contains(QStringLiteral("no_such_table")));

    QCOMPARE(historyVersions(db),
             (QStringList{QStringLiteral("0001:applied"), QStringLiteral("0002:applied")}));
    QVERIFY(
        !scalar(db, QStringLiteral("SELECT to_regclass('public.half_done') IS NOT NULL")).toBool());
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('public.never') IS NOT NULL")).toBool());
    QCOMPARE(scalar(db, QStringLiteral("SELECT version_num FROM alembic_version")).toString(),
             QStringLiteral("user_extensions"));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'failure' AND version = '0003' AND NOT success"))
            .toInt(),
        1);
}

void TestMigrationRunner::stampAdoptsABaselineDatabaseWithoutRunningIt()
{
    const QString db = createDatabase(QStringLiteral("adopt"));
    // The database as the ORM created it, without the tool: run 0001's SQL by hand.
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    for (const SqlStatement &statement : m_real.migrations.first().up.statements)
        QVERIFY(session.value()->run(statement.sql).ok());
    const QStringList publicOnly{QStringLiteral("--schema=public"),
                                 QStringLiteral("--exclude-table=public.alembic_version")};
    const QString before = schemaDump(db, publicOnly);

    auto stamped = MigrationRun(spec(db), fastOptions()).stamp(m_real, QStringLiteral("0001"));
    QVERIFY2(stamped.ok(), qPrintable(stamped.error().fullText()));
    QCOMPARE(historyVersions(db), QStringList{QStringLiteral("0001:applied")});
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT execution FROM mathakine_admin.schema_history WHERE version = '0001'"))
            .toString(),
        QStringLiteral("stamp"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT version_num FROM alembic_version")).toString(),
             QStringLiteral("baseline"));
    QCOMPARE(schemaDump(db, publicOnly), before);  // nothing ran
    auto upgraded = MigrationRun(spec(db), fastOptions()).upgrade(m_real, {});
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().fullText()));
    QCOMPARE(upgraded->steps.size(), 5);
}

void TestMigrationRunner::stampRefusesADatabaseThatLacksTheObjects()
{
    const QString db = createDatabase(QStringLiteral("stampempty"));
    auto refused = MigrationRun(spec(db), fastOptions()).stamp(m_real, QStringLiteral("0002"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().detail.contains(QStringLiteral("table users")));
    QVERIFY(refused.error().detail.contains(QStringLiteral("column users.jedi_rank")));
    QVERIFY(historyVersions(db).isEmpty());
    RunOptions force = fastOptions();
    force.force = true;
    auto forced = MigrationRun(spec(db), force).stamp(m_real, QStringLiteral("0002"));
    QVERIFY(forced.ok());
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'stamp' AND details LIKE 'forced%'"))
            .toInt(),
        1);
}

void TestMigrationRunner::dryRunPrintsTheSqlAndChangesNothing()
{
    const QString db = createDatabase(QStringLiteral("dryrun"));
    const QString before = schemaDump(db);
    const auto run = runCli({QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                             realMigrationsDir(), QStringLiteral("sql")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("CREATE TABLE users")));
    QVERIFY(run.out.contains(
        QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_jedi_rank")));
    QVERIFY(run.out.startsWith(
        QStringLiteral("SET lock_timeout")));  // for the whole session, as the run does
    const auto french = runCli({QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                                realMigrationsDir(), QStringLiteral("--lang"), QStringLiteral("fr"),
                                QStringLiteral("sql")});
    QVERIFY2(french.out.contains(QStringLiteral("ensuite")),
             qPrintable(french.out.left(400)));  // the comments follow the language
    QVERIFY(!french.out.contains(QStringLiteral("then: record")));
    QCOMPARE(schemaDump(db), before);
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regnamespace('mathakine_admin') IS NOT NULL"))
                 .toBool());
}

void TestMigrationRunner::historyShowsWhoWhenAndHowLong()
{
    const QString db = createDatabase(QStringLiteral("history"));
    const QStringList common{QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                             realMigrationsDir()};
    const auto up = runCli(common + QStringList{QStringLiteral("upgrade")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    QVERIFY(up.out.contains(QStringLiteral("6 migrations done")));
    const auto history =
        runCli(common + QStringList{QStringLiteral("--json"), QStringLiteral("history")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out.count(QStringLiteral("\"appliedBy\": \"postgres / ")), 6);
    QCOMPARE(history.out.count(QStringLiteral("\"durationMs\"")), 6);
    const auto down =
        runCli(common + QStringList{QStringLiteral("downgrade"), QStringLiteral("base")});
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    const auto status = runCli(common + QStringList{QStringLiteral("status")});
    QVERIFY(status.out.contains(QStringLiteral("6 pending migrations")));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migration_runner.moc"
