#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/ProfileStore.h"
#include "gate/MaintenanceMode.h"
#include "migrate/HistoryStore.h"
#include "run/MigrationRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

// Maintenance mode: on while a guarded run applies migrations, off afterwards even when
// the run fails, visible to the backend's query and in `status`.
class TestMaintenance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void flagIsOnDuringTheRunAndClearedAfterAFailingMigration();
    void failingProductionUpgradeFromTheCliClearsTheFlag();
    void manualMaintenanceShowsInStatusAndInTheBackendQuery();
    void interruptedProductionUpgradeRollsBackAndClearsTheFlag();

private:
    QProcessEnvironment cliEnv() const;
    ConnectionProfile savedProductionProfile(const QString &db);
    QString m_migrations;
    QTemporaryDir m_dir;
    QStringList m_profiles;
};

namespace {
// Fails unless the maintenance flag is on, so reaching "division by zero" proves it was.
const QString kAssertMaintenance = QStringLiteral(
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM mathakine_admin.maintenance WHERE ended_at IS NULL)"
    " THEN RAISE EXCEPTION 'maintenance flag is off during the run'; END IF; END $$;");

struct PeriodRow {
    QString outcome;
    bool ended = false;
};

QList<PeriodRow> periods(const QString &db)
{
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    auto query = session.value()->run(QStringLiteral(
        "SELECT coalesce(outcome, ''), ended_at IS NOT NULL FROM mathakine_admin.maintenance ORDER BY id"));
    QList<PeriodRow> rows;
    while (query && query->next())
        rows << PeriodRow{query->value(0).toString(), query->value(1).toBool()};
    return rows;
}

bool backendSeesMaintenance(const QString &db)
{
    return scalar(db, MaintenanceMode::checkSql()).toBool();
}
}  // namespace

void TestMaintenance::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    isolateAppData(m_dir.path());
    m_migrations = m_dir.filePath(QStringLiteral("migrations"));
    writeMigration(m_migrations, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE mm_items (id int PRIMARY KEY);"),
                   QStringLiteral("DROP TABLE mm_items;"));
    writeMigration(m_migrations, QStringLiteral("0002"),
                   kAssertMaintenance + QStringLiteral("\nSELECT 1 / 0;"),
                   QStringLiteral("SELECT 1;"));
}

void TestMaintenance::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_profiles))
        ProfileStore().remove(name);
}

ConnectionProfile TestMaintenance::savedProductionProfile(const QString &db)
{
    const ConnectionProfile prod = productionSpec(db).profile;
    ProfileStore().save(prod);
    m_profiles << prod.name;
    return prod;
}

QProcessEnvironment TestMaintenance::cliEnv() const
{
    return appDataEnv(m_dir.path());
}

void TestMaintenance::flagIsOnDuringTheRunAndClearedAfterAFailingMigration()
{
    const QString db = createDatabase(QStringLiteral("mm_api"));
    GuardOptions guard;
    guard.maintenance = true;  // on request outside production
    guard.maintenanceReason = QStringLiteral("Phase 1 migration");
    RunOptions options;
    options.lockTimeoutMs = 2000;
    options.guard = guard;
    MigrationRun migration(spec(db), options);
    auto report = migration.upgrade(loadCatalog(m_migrations), {});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().exitCode, ExitCode::MigrationFailed);
    QVERIFY2(report.error().detail.contains(QStringLiteral("division by zero")),
             qPrintable(report.error().fullText()));
    QVERIFY(!migration.gateReport().has_value());  // no gate outside production

    QVERIFY(!backendSeesMaintenance(db));
    const QList<PeriodRow> rows = periods(db);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.constFirst().ended);
    QCOMPARE(rows.constFirst().outcome, QStringLiteral("failed"));
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    QVERIFY(MaintenanceMode(*session.value()).active()->isEmpty());
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.audit_log WHERE action IN ('maintenance-on', 'maintenance-off')"))
            .toInt(),
        2);
}

void TestMaintenance::failingProductionUpgradeFromTheCliClearsTheFlag()
{
    const QString db = createDatabase(QStringLiteral("mm_cli"));
    const ConnectionProfile prod = savedProductionProfile(db);
    const auto run =
        runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                m_migrations, QStringLiteral("upgrade"), QStringLiteral("--confirm"), db,
                QStringLiteral("--override-gate"), QStringLiteral("test of the flag")},
               cliEnv());
    QVERIFY2(run.exitCode == 4, qPrintable(run.out + run.err));
    QVERIFY(run.err.contains(QStringLiteral("division by zero")));
    QVERIFY(!backendSeesMaintenance(db));
    QCOMPARE(periods(db).size(), 1);
    QCOMPARE(periods(db).constFirst().outcome, QStringLiteral("failed"));

    const auto status =
        runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                m_migrations, QStringLiteral("status")},
               cliEnv());
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral("Maintenance mode: off")), qPrintable(status.out));
}

void TestMaintenance::manualMaintenanceShowsInStatusAndInTheBackendQuery()
{
    const QString db = createDatabase(QStringLiteral("mm_manual"));
    const QStringList target{QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                             m_migrations};
    const auto refused =
        runCli(target + QStringList{QStringLiteral("maintenance"), QStringLiteral("on")});
    QCOMPARE(refused.exitCode, 2);
    const auto on =
        runCli(target
               + QStringList{QStringLiteral("maintenance"), QStringLiteral("on"),
                             QStringLiteral("--reason"), QStringLiteral("Mise à jour")});
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    QVERIFY(backendSeesMaintenance(db));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT reason FROM (%1) AS m").arg(MaintenanceMode::checkSql()))
            .toString(),
        QStringLiteral("Mise à jour"));

    const auto status = runCli(target + QStringList{QStringLiteral("status")});
    QVERIFY2(status.out.contains(QStringLiteral("Maintenance mode: ON")), qPrintable(status.out));
    QVERIFY(status.out.contains(QStringLiteral("Mise à jour")));
    const auto json = runCli(QStringList{QStringLiteral("--json")} + target
                             + QStringList{QStringLiteral("status")});
    QVERIFY2(json.out.contains(QStringLiteral("\"active\": true")), qPrintable(json.out));

    const auto off =
        runCli(target + QStringList{QStringLiteral("maintenance"), QStringLiteral("off")});
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QVERIFY(off.out.contains(QStringLiteral("Maintenance mode: off")));
    QVERIFY(!backendSeesMaintenance(db));
    QCOMPARE(periods(db).constFirst().outcome, QStringLiteral("cleared"));
}

// Ctrl-C / SIGTERM during a production run: the CLI cancels, the migration rolls back and
// the maintenance flag is ended as "canceled" instead of staying on for the backend.
void TestMaintenance::interruptedProductionUpgradeRollsBackAndClearsTheFlag()
{
    const QString slow = m_dir.filePath(QStringLiteral("slow"));
    writeMigration(slow, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE mm_slow (id int);\nSELECT pg_sleep(60);"),
                   QStringLiteral("DROP TABLE mm_slow;"));
    const QString db = createDatabase(QStringLiteral("mm_int"));
    const ConnectionProfile prod = savedProductionProfile(db);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(cliEnv());
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"),
              {QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"), slow,
               QStringLiteral("upgrade"), QStringLiteral("--confirm"), db,
               QStringLiteral("--override-gate"), QStringLiteral("test of the interrupt")});
    QVERIFY(cli.waitForStarted());
    QElapsedTimer wait;
    wait.start();
    while (!backendSeesMaintenance(db) && wait.elapsed() < 20000)
        QTest::qWait(100);
    QVERIFY2(backendSeesMaintenance(db), qPrintable(QString::fromUtf8(cli.readAllStandardError())));
    QTest::qWait(500);  // inside pg_sleep
    QElapsedTimer clock;
    clock.start();
    cli.terminate();  // SIGTERM, as a service manager or Ctrl-C (SIGINT) would
    QVERIFY(cli.waitForFinished(10000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY(cli.exitCode() != 0);
    QVERIFY(!backendSeesMaintenance(db));
    QCOMPARE(periods(db).size(), 1);
    QCOMPARE(periods(db).constFirst().outcome, QStringLiteral("canceled"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'mm_slow'"))
            .toInt(),
        0);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM mathakine_admin.schema_history WHERE state = 'applied'"))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
