#include "FrenchText.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "backup/BackupCatalog.h"
#include "common/Translations.h"
#include "connection/ProfileStore.h"
#include "gate/ProductionGate.h"
#include "gate/ValidationRecords.h"
#include "migrate/HistoryStore.h"
#include "validate/ValidationJob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

// The production gate: each missing condition refuses with its reason, all of them
// together let the run through, an override is audited; and the CLI acceptance.
class TestGate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void gateRefusesEachMissingConditionWithItsReason_data();
    void gateRefusesEachMissingConditionWithItsReason();
    void gatePassesWhenAllConditionsHold();
    void frenchGateEvidenceIsFrenchWithARecentAgeInMinutes();
    void overrideSkipsBackupAndValidationButNeverTheConfirmation();
    void cliUpgradeOnProductionWithoutConditionsExitsNonZeroNamingEach();
    void cliUpgradeOnProductionRunsOnceEveryConditionHolds();
    void cliOverrideIsWrittenToTheAuditLog();
    void socketAndLoopbackReachTheSameDatabase();

private:
    ConnectionProfile productionProfile(const QString &db);
    QProcessEnvironment cliEnv() const;
    QStringList auditActions(const QString &db) const;

    QTemporaryDir m_dir;
    QString m_migrations;
    MigrationCatalog m_catalog;
    QStringList m_profiles;
};

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 6, 2), QTime(12, 0), Qt::UTC);

ConnectionProfile prodProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("prod");
    p.environment = Environment::Production;
    p.host = QStringLiteral("db.example.org");
    p.database = QStringLiteral("mathakine");
    p.user = QStringLiteral("admin");
    return p;
}
}  // namespace

void TestGate::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    isolateAppData(
        m_dir.path());  // the CLI and this process share one data folder and one settings file
    m_migrations = m_dir.filePath(QStringLiteral("migrations"));
    writeMigration(m_migrations, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE gate_items (id int PRIMARY KEY);"),
                   QStringLiteral("DROP TABLE gate_items;"));
    writeMigration(m_migrations, QStringLiteral("0002"),
                   QStringLiteral("ALTER TABLE gate_items ADD COLUMN label text;"),
                   QStringLiteral("ALTER TABLE gate_items DROP COLUMN label;"));
    m_catalog = loadCatalog(m_migrations);
    QCOMPARE(m_catalog.migrations.size(), 2);
}

void TestGate::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_profiles))
        ProfileStore().remove(name);
}

QProcessEnvironment TestGate::cliEnv() const
{
    return appDataEnv(m_dir.path());
}

ConnectionProfile TestGate::productionProfile(const QString &db)
{
    const ConnectionProfile p = productionSpec(db).profile;
    ProfileStore().save(p);
    m_profiles << p.name;
    return p;
}

QStringList TestGate::auditActions(const QString &db) const
{
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    QStringList actions;
    const auto log = HistoryStore(*session.value()).auditLog();
    for (const AuditEntry &e : log.value())
        actions.prepend(e.action
                        + (e.details.isEmpty()
                               ? QString()
                               : QLatin1Char(':') + e.details.section(QLatin1Char('\n'), -1)));
    return actions;
}

void TestGate::gateRefusesEachMissingConditionWithItsReason_data()
{
    QTest::addColumn<int>("backupAgeHours");  // -1: no backup
    QTest::addColumn<QString>("backupVersion");
    QTest::addColumn<int>("validationAgeHours");  // -1: no validation
    QTest::addColumn<bool>("validationPassed");
    QTest::addColumn<QString>("validatedUpTo");
    QTest::addColumn<QString>("validationEnvironment");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<int>("missingKind");
    QTest::addColumn<QString>("reason");

    const int backup = int(GateCondition::Kind::Backup);
    const int validation = int(GateCondition::Kind::Validation);
    const int confirmation = int(GateCondition::Kind::Confirmation);
    const QString test = QStringLiteral("test");
    const QString db = QStringLiteral("mathakine");
    QTest::newRow("no backup") << -1 << "0001" << 2 << true << "0002" << test << db << backup
                               << "no verified backup";
    QTest::newRow("backup too old")
        << 30 << "0001" << 2 << true << "0002" << test << db << backup << "30 h old";
    QTest::newRow("backup before the last migration")
        << 2 << "" << 2 << true << "0002" << test << db << backup << "at migration version base";
    QTest::newRow("no validation")
        << 2 << "0001" << -1 << true << "0002" << test << db << validation << "no validation";
    QTest::newRow("validation too old")
        << 2 << "0001" << 30 << true << "0002" << test << db << validation << "30 h old";
    QTest::newRow("validation failed")
        << 2 << "0001" << 2 << false << "0002" << test << db << validation << "failed";
    QTest::newRow("other migration set")
        << 2 << "0001" << 2 << true << "0001" << test << db << validation << "no validation";
    QTest::newRow("validated on development") << 2 << "0001" << 2 << true << "0002"
                                              << "development" << db << validation << "test-tagged";
    QTest::newRow("no confirmation")
        << 2 << "0001" << 2 << true << "0002" << test << "" << confirmation << "not given";
    QTest::newRow("wrong confirmation") << 2 << "0001" << 2 << true << "0002" << test
                                        << "mathakine_test" << confirmation << "does not match";
}

void TestGate::gateRefusesEachMissingConditionWithItsReason()
{
    QFETCH(int, backupAgeHours);
    QFETCH(QString, backupVersion);
    QFETCH(int, validationAgeHours);
    QFETCH(bool, validationPassed);
    QFETCH(QString, validatedUpTo);
    QFETCH(QString, validationEnvironment);
    QFETCH(QString, confirmation);
    QFETCH(int, missingKind);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const ConnectionProfile prod = prodProfile();
    if (backupAgeHours >= 0) {
        BackupRecord record;
        record.file = dir.filePath(QStringLiteral("backup.dump"));
        QFile file(record.file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        record.sizeBytes = file.write("PGDMP");
        record.target = BackupCatalog::targetKey(prod);
        record.createdAt = kNow.addSecs(-backupAgeHours * 3600);
        record.migrationVersion = backupVersion;
        QVERIFY(BackupCatalog(dir.filePath(QStringLiteral("backups.json"))).add(record).ok());
    }
    if (validationAgeHours >= 0) {
        ValidationRecord record;
        record.profileName = QStringLiteral("copy");
        record.environment = validationEnvironment;
        record.migrationSet = ValidationRecords::fingerprint(m_catalog, validatedUpTo);
        record.passed = validationPassed;
        record.at = kNow.addSecs(-validationAgeHours * 3600);
        record.summary = validationPassed ? QStringLiteral("all checks passed")
                                          : QStringLiteral("2 checks failed");
        if (!validationPassed) {  // a pass before the failure does not count
            ValidationRecord earlier = record;
            earlier.passed = true;
            earlier.at = record.at.addSecs(-600);
            QVERIFY(ValidationRecords(dir.filePath(QStringLiteral("validations.json")))
                        .add(earlier)
                        .ok());
        }
        QVERIFY(
            ValidationRecords(dir.filePath(QStringLiteral("validations.json"))).add(record).ok());
    }
    const ProductionGate gate(GateSettings{}, dir.filePath(QStringLiteral("backups.json")),
                              dir.filePath(QStringLiteral("validations.json")));
    const GateReport report = gate.evaluate(
        prod, m_catalog, {QStringLiteral("0001"), QStringLiteral("0002"), confirmation, {}}, kNow);

    QVERIFY(!report.passed());
    QCOMPARE(report.unmetTitles().size(), 1);
    for (const GateCondition &c : report.conditions) {
        QCOMPARE(c.satisfied, int(c.kind) != missingKind);
        if (!c.satisfied) {
            QVERIFY2(c.detail.contains(reason), qPrintable(c.detail));
            QVERIFY(!c.fix.isEmpty());
        }
    }
    const AppError refusal = report.refusal();
    QCOMPARE(refusal.exitCode, ExitCode::Failed);
    QVERIFY(refusal.detail.contains(report.unmetTitles().constFirst()));
    QVERIFY(refusal.detail.contains(reason));
}

void TestGate::frenchGateEvidenceIsFrenchWithARecentAgeInMinutes()
{
    Translations::install(QStringLiteral("fr"));
    QTemporaryDir dir;
    const ConnectionProfile prod = prodProfile();
    // The summary a French validation records, from a real report value.
    ValidationReport validated;
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Pass, CheckStatus::Warning})
        validated.result.checks << CheckResult{CheckFamily::Schema,
                                               QStringLiteral("x"),
                                               QStringLiteral("x"),
                                               s,
                                               true,
                                               {},
                                               {},
                                               {},
                                               {},
                                               {}};
    QueryBenchmarkResult slow;
    slow.client.p95 = 158.8;  // shown as 159 ms: three significant figures
    validated.result.benchmarks << slow;
    ValidationRecord record;
    record.profileName = QStringLiteral("copie");
    record.environment = QStringLiteral("test");
    record.migrationSet = ValidationRecords::fingerprint(m_catalog, QStringLiteral("0002"));
    record.passed = true;
    record.at = kNow.addSecs(-12 * 60);
    record.summary = ValidationJob::gateSummary(validated);
    QVERIFY(ValidationRecords(dir.filePath(QStringLiteral("validations.json"))).add(record).ok());
    const ProductionGate gate(GateSettings{}, dir.filePath(QStringLiteral("backups.json")),
                              dir.filePath(QStringLiteral("validations.json")));
    const GateReport report = gate.evaluate(
        prod, m_catalog, {QStringLiteral("0001"), QStringLiteral("0002"), {}, {}}, kNow);
    Translations::install(QStringLiteral("en"));
    const auto validation = std::find_if(
        report.conditions.begin(), report.conditions.end(),
        [](const GateCondition &c) { return c.kind == GateCondition::Kind::Validation; });
    QVERIFY(validation != report.conditions.end() && validation->satisfied);
    QVERIFY2(validation->detail.contains(QStringLiteral("il y a 12 min")),
             qPrintable(validation->detail));
    QVERIFY2(validation->detail.contains(QStringLiteral("p95 le plus lent 159 ms")),
             qPrintable(validation->detail));
    for (const GateCondition &c : report.conditions) {
        for (const QString &text : {c.title, c.detail, c.fix}) {
            const QStringList mistakes = typographyMistakes(text) + englishWords(text);
            QVERIFY2(mistakes.isEmpty(),
                     qPrintable(text + QStringLiteral("\n") + mistakes.join(QStringLiteral("; "))));
        }
    }
}

void TestGate::gatePassesWhenAllConditionsHold()
{
    QTemporaryDir dir;
    const ConnectionProfile prod = prodProfile();
    BackupRecord backup;
    backup.file = dir.filePath(QStringLiteral("b.dump"));
    QFile file(backup.file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    backup.sizeBytes = file.write("PGDMP");
    file.close();
    backup.target = BackupCatalog::targetKey(prod);
    // Real clock here: the validation record below is stamped with the current time.
    backup.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    backup.migrationVersion = QStringLiteral("0001");
    QVERIFY(BackupCatalog(dir.filePath(QStringLiteral("b.json"))).add(backup).ok());
    ConnectionProfile test = prod;
    test.name = QStringLiteral("copy");
    test.environment = Environment::Test;
    QVERIFY(
        ValidationRecords(dir.filePath(QStringLiteral("v.json")))
            .recordValidation(test, m_catalog, QStringLiteral("0002"), true, QStringLiteral("ok"))
            .ok());

    const ProductionGate gate(GateSettings{}, dir.filePath(QStringLiteral("b.json")),
                              dir.filePath(QStringLiteral("v.json")));
    const GateInput input{
        QStringLiteral("0001"), QStringLiteral("0002"), QStringLiteral("mathakine"), {}};
    const GateReport report =
        gate.evaluate(prod, m_catalog, input, QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY2(report.passed(), qPrintable(report.refusal().detail));
    QVERIFY(!report.overridden());
    QVERIFY(report.conditions.at(0).detail.contains(backup.file));

    // The backup file deleted: the condition no longer holds.
    QVERIFY(QFile::remove(backup.file));
    QVERIFY(!gate.evaluate(prod, m_catalog, input, QDateTime::currentDateTimeUtc()).passed());
}

void TestGate::overrideSkipsBackupAndValidationButNeverTheConfirmation()
{
    QTemporaryDir dir;
    const ProductionGate gate(GateSettings{}, dir.filePath(QStringLiteral("b.json")),
                              dir.filePath(QStringLiteral("v.json")));
    const QString reason = QStringLiteral("incident 42: login broken");
    const GateReport withName =
        gate.evaluate(prodProfile(), m_catalog,
                      {{}, QStringLiteral("0002"), QStringLiteral("mathakine"), reason}, kNow);
    QVERIFY(withName.passed());
    QVERIFY(withName.overridden());
    QCOMPARE(withName.unmetTitles().size(), 2);
    const GateReport withoutName =
        gate.evaluate(prodProfile(), m_catalog, {{}, QStringLiteral("0002"), {}, reason}, kNow);
    QVERIFY(!withoutName.passed());
}

void TestGate::cliUpgradeOnProductionWithoutConditionsExitsNonZeroNamingEach()
{
    const QString db = createDatabase(QStringLiteral("gate_refused"));
    const ConnectionProfile prod = productionProfile(db);
    const auto run = runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                             m_migrations, QStringLiteral("upgrade")},
                            cliEnv());
    QVERIFY2(run.exitCode != 0, qPrintable(run.out + run.err));
    for (const QString &expected : {QStringLiteral("Verified backup younger than 24 h"),
                                    QStringLiteral("Validation passed on a test profile"),
                                    QStringLiteral("Database name typed by the operator"),
                                    QStringLiteral("--confirm %1").arg(db)})
        QVERIFY2(run.err.contains(expected), qPrintable(expected + QStringLiteral("\n") + run.err));
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('gate_items') IS NOT NULL")).toBool());
}

void TestGate::cliUpgradeOnProductionRunsOnceEveryConditionHolds()
{
    const QString db = createDatabase(QStringLiteral("gate_pass"));
    const ConnectionProfile prod = productionProfile(db);
    const auto backup =
        runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("backup")}, cliEnv());
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));

    ConnectionProfile test = spec(QStringLiteral("copy")).profile;
    test.name = QStringLiteral("copy-of-") + db;
    test.environment = Environment::Test;
    QVERIFY(ValidationRecords()
                .recordValidation(test, m_catalog, m_catalog.headVersion(), true,
                                  QStringLiteral("all checks passed"))
                .ok());

    const auto unconfirmed =
        runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                m_migrations, QStringLiteral("upgrade")},
               cliEnv());
    QCOMPARE(unconfirmed.exitCode, 1);
    QVERIFY(unconfirmed.err.contains(QStringLiteral("[missing] Database name typed")));
    QVERIFY(unconfirmed.err.contains(QStringLiteral("[ok]      Verified backup")));

    const auto run =
        runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                m_migrations, QStringLiteral("upgrade"), QStringLiteral("--confirm"), db},
               cliEnv());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(scalar(db, QStringLiteral("SELECT to_regclass('gate_items') IS NOT NULL")).toBool());
    const QStringList actions = auditActions(db);
    QVERIFY2(actions.filter(QRegularExpression(QStringLiteral("^gate-pass"))).size() == 1,
             qPrintable(actions.join(QLatin1Char('\n'))));
    QVERIFY(
        !actions.filter(QRegularExpression(QStringLiteral("^maintenance-off:success"))).isEmpty());
}

void TestGate::cliOverrideIsWrittenToTheAuditLog()
{
    const QString db = createDatabase(QStringLiteral("gate_override"));
    const ConnectionProfile prod = productionProfile(db);
    const QString reason = QStringLiteral("incident 42: hotfix");
    const auto empty =
        runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                m_migrations, QStringLiteral("upgrade"), QStringLiteral("--confirm"), db,
                QStringLiteral("--override-gate"), QStringLiteral(" ")},
               cliEnv());
    QCOMPARE(empty.exitCode, 2);
    const auto run = runCli({QStringLiteral("--profile"), prod.name, QStringLiteral("--migrations"),
                             m_migrations, QStringLiteral("upgrade"), QStringLiteral("--confirm"),
                             db, QStringLiteral("--override-gate"), reason},
                            cliEnv());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.err.contains(QStringLiteral("OVERRIDDEN")));
    QVERIFY(!auditActions(db)
                 .filter(QStringLiteral("gate-override:override reason: ") + reason)
                 .isEmpty());
}

// A backup taken through the Unix socket counts for a 127.0.0.1 profile of the same server.
void TestGate::socketAndLoopbackReachTheSameDatabase()
{
    ConnectionProfile socket;
    socket.host = QStringLiteral("/var/run/postgresql");
    socket.port = 5432;
    socket.database = QStringLiteral("mathakine");
    const QString key = BackupCatalog::targetKey(socket);
    for (const char *host : {"", "localhost", "127.0.0.1", "::1", "LOCALHOST"}) {
        ConnectionProfile other = socket;
        other.host = QLatin1String(host);
        QCOMPARE(BackupCatalog::targetKey(other), key);
    }
    ConnectionProfile remote = socket;
    remote.host = QStringLiteral("db.example.org");
    QVERIFY(BackupCatalog::targetKey(remote) != key);
    ConnectionProfile otherPort = socket;
    otherPort.port = 5433;
    QVERIFY(BackupCatalog::targetKey(otherPort) != key);
    ConnectionProfile otherDatabase = socket;
    otherDatabase.database = QStringLiteral("mathakine_test");
    QVERIFY(BackupCatalog::targetKey(otherDatabase) != key);
}

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
