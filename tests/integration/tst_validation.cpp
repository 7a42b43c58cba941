// The validation engine against the real server: a head database validates, a missing
// required column fails naming it, a missing index only warns, smoke tests leave no row,
// cancel is prompt, and the row counts of a migration run are kept and checked.
#include "CheckText.h"
#include "MigrationFixtures.h"
#include "TestServer.h"
#include "tst_validation_fixture.h"

#include "connection/DatabaseSession.h"
#include "rowcount/RowCountStore.h"
#include "rowcount/RowCounter.h"
#include "run/MigrationRun.h"
#include "validate/BenchmarkRunner.h"
#include "validate/SchemaDiffChecks.h"
#include "validate/ValidationReport.h"
#include "validate/Validator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mathakine;
using namespace Qt::Literals::StringLiterals;
using namespace testsupport;
using namespace validationfixture;

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void headDatabaseValidates_data();
    void headDatabaseValidates();
    void removingARequiredObjectFailsNamingIt_data();
    void removingARequiredObjectFailsNamingIt();
    void missingIndexIsAWarningNotAFailure_data();
    void missingIndexIsAWarningNotAFailure();
    void smokeTestsLeaveNoRowBehind();
    void brokenForeignKeyFailsTheSmokeTests();
    void benchmarkGivesClientAndServerPercentilesAndIndexUse();
    void queriesOnEmptyTablesSayThereIsNoDataInsteadOfPassing();
    void cancelInterruptsTheStatementInFlight();
    void migrationRunKeepsRowCountsAndReportsLosses_data();
    void migrationRunKeepsRowCountsAndReportsLosses();
    void cliValidateExitsOneAndNamesTheDroppedColumn();
    void schemaDiffIsOneCheckFamily();
    void cliUpgradeRecordsRowCountsAndANoOpRunKeepsThem();

private:
    static ValidationResult validate(const QString &db, const ValidationPlan &plan,
                                     bool benchmark = true);
};

namespace {
const CheckResult *findCheck(const ValidationResult &r, const QString &id)
{
    for (const CheckResult &c : r.checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString failures(const ValidationResult &r)
{
    QStringList list;
    for (const CheckResult &c : r.checks) {
        if (c.status != CheckStatus::Pass)
            list << ValidationResult::statusId(c.status) + QStringLiteral(": ") + c.message
                    + QLatin1Char(' ') + c.detail;
    }
    return list.join(QLatin1Char('\n'));
}
}  // namespace

ValidationResult TestValidation::validate(const QString &db, const ValidationPlan &plan,
                                          bool benchmark)
{
    Validator validator(
        spec(db), plan,
        {0, -1, benchmark, QStringLiteral("mathakine_admin"), QStringLiteral("en")});
    validator.addCheckProvider(std::make_shared<SchemaDiffChecks>(realMigrationsDir()));
    auto result = validator.run();
    if (!result)
        qFatal("validation error: %s", qPrintable(result.error().fullText()));
    return result.value();
}

void TestValidation::initTestCase()
{
    REQUIRE_SERVER();
    templateDatabase(false);
    templateDatabase(true);
}

void TestValidation::headDatabaseValidates_data()
{
    QTest::addColumn<bool>("seeded");
    QTest::newRow("empty tables") << false;
    QTest::newRow("seeded") << true;
}

void TestValidation::headDatabaseValidates()
{
    QFETCH(bool, seeded);
    const QString db = copyOf(templateDatabase(seeded), QStringLiteral("head"));
    QList<int> steps;
    Validator validator(spec(db), realPlan(), {});
    validator.addCheckProvider(std::make_shared<SchemaDiffChecks>(realMigrationsDir()));
    validator.setProgressHandler([&steps](const ValidationProgress &p) {
        steps << p.step;
        QVERIFY(p.step <= p.stepCount);
    });
    auto result = validator.run();
    QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
    QVERIFY2(result->passed(), qPrintable(failures(result.value())));
    QCOMPARE(result->count(CheckStatus::Fail), 0);
    QVERIFY(findCheck(result.value(), QStringLiteral("column:users.jedi_rank"))->status
            == CheckStatus::Pass);
    QCOMPARE(result->benchmarks.size(), 5);
    QCOMPARE(steps.constLast(), steps.size());  // progress counted every step once
    if (seeded)  // with rows and statistics, every expected index is used
        QCOMPARE(result->count(CheckStatus::Warning),
                 0);  // the template's own run recorded its row counts
    QVERIFY(result->durationMs < 30000);
    QCOMPARE(findCheck(result.value(), QStringLiteral("diff:summary"))->status, CheckStatus::Pass);
}

void TestValidation::removingARequiredObjectFailsNamingIt_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QString>("named");
    QTest::newRow("users.jedi_rank")
        << u"ALTER TABLE users DROP COLUMN jedi_rank CASCADE"_s << u"users.jedi_rank"_s;
    QTest::newRow("exercises.likes_count")
        << u"ALTER TABLE exercises DROP COLUMN likes_count CASCADE"_s << u"exercises.likes_count"_s;
    QTest::newRow("table notifications") << u"DROP TABLE notifications"_s << u"notifications"_s;
}

void TestValidation::removingARequiredObjectFailsNamingIt()
{
    QFETCH(QString, ddl);
    QFETCH(QString, named);
    const QString db = copyOf(templateDatabase(false), QStringLiteral("broken"));
    QVERIFY(exec(db, ddl));
    const ValidationResult result = validate(db, realPlan(3));
    QVERIFY(!result.passed());
    const bool namedInAFailure =
        std::any_of(result.checks.begin(), result.checks.end(), [&](const CheckResult &c) {
            return c.status == CheckStatus::Fail && c.critical && c.subject == named
                && c.message.contains(named);
        });
    QVERIFY2(namedInAFailure, qPrintable(failures(result)));
}

void TestValidation::missingIndexIsAWarningNotAFailure_data()
{
    QTest::addColumn<QString>("index");
    QTest::newRow("idx_users_total_points") << u"idx_users_total_points"_s;
    QTest::newRow("idx_notifications_type") << u"idx_notifications_type"_s;
}

void TestValidation::missingIndexIsAWarningNotAFailure()
{
    QFETCH(QString, index);
    const QString db = copyOf(templateDatabase(false), QStringLiteral("noindex"));
    QVERIFY(exec(db, QStringLiteral("DROP INDEX %1").arg(index)));
    const ValidationResult result = validate(db, realPlan(3), false);
    QVERIFY2(result.passed(), qPrintable(failures(result)));
    const CheckResult *check = findCheck(result, QStringLiteral("index:") + index);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Warning);
    QVERIFY(!check->critical);
    QVERIFY(check->message.contains(index));
}

void TestValidation::smokeTestsLeaveNoRowBehind()
{
    const QString db = copyOf(templateDatabase(true), QStringLiteral("smoke"));
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    const auto before = RowCounter::count(*session.value(), QStringLiteral("mathakine_admin"));
    const ValidationResult result = validate(db, realPlan(3), false);
    const auto after = RowCounter::count(*session.value(), QStringLiteral("mathakine_admin"));
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(after.value(), before.value());
    QCOMPARE(findCheck(result, QStringLiteral("smoke:no-rows-left"))->status, CheckStatus::Pass);
    for (const char *id : {"smoke:phase1_objects", "smoke:phase1_defaults",
                           "smoke:foreign_keys_reject_orphans", "smoke:on_delete_cascade"})
        QVERIFY2(findCheck(result, QLatin1String(id))->status == CheckStatus::Pass,
                 qPrintable(failures(result)));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE username LIKE 'validation%'"))
            .toInt(),
        0);
}

void TestValidation::brokenForeignKeyFailsTheSmokeTests()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("nofk"));
    QVERIFY(exec(
        db,
        QStringLiteral("ALTER TABLE notifications DROP CONSTRAINT notifications_user_id_fkey")));
    const ValidationResult result = validate(db, realPlan(3), false);
    QVERIFY(!result.passed());
    const CheckResult *orphans =
        findCheck(result, QStringLiteral("smoke:foreign_keys_reject_orphans"));
    QCOMPARE(orphans->status, CheckStatus::Fail);
    QVERIFY2(orphans->message.contains(QLatin1String("23503")), qPrintable(orphans->message));
    QCOMPARE(findCheck(result, QStringLiteral("smoke:on_delete_cascade"))->status,
             CheckStatus::Fail);
    QCOMPARE(findCheck(result, QStringLiteral("smoke:no-rows-left"))->status,
             CheckStatus::Pass);  // still rolled back
}

void TestValidation::benchmarkGivesClientAndServerPercentilesAndIndexUse()
{
    const QString db = copyOf(templateDatabase(true), QStringLiteral("bench"));
    const ValidationResult result = validate(db, realPlan(12));
    for (const QueryBenchmarkResult &b : result.benchmarks) {
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.client.count, 12);
        QCOMPARE(b.server.count, 12);
        QVERIFY(b.client.min > 0 && b.client.p50 <= b.client.p95 && b.client.p95 <= b.client.p99
                && b.client.p99 <= b.client.max);
        QVERIFY(b.server.p50 > 0 && b.server.p50 < b.client.max * 10);
        QCOMPARE(b.budgetMs, 200.0);
        QVERIFY(!b.planExcerpt.isEmpty());
        for (const QString &parameter : b.parameters)  // seeded: a representative value was found
            QVERIFY2(!parameter.endsWith(QLatin1String("NULL")), qPrintable(parameter));
        const CheckResult *p95 = findCheck(result, QStringLiteral("p95:") + b.id);
        QCOMPARE(*p95->measured, b.client.p95);
        QCOMPARE(*p95->threshold, 200.0);
    }
    for (const char *id :
         {"index-use:unread_notifications", "index-use:leaderboard_by_points_index"})
        QVERIFY2(findCheck(result, QLatin1String(id))->status == CheckStatus::Pass,
                 qPrintable(failures(result)));
    QVERIFY(!findCheck(result, QStringLiteral("p95:leaderboard"))
                 ->critical);  // the original form only warns
}

void TestValidation::queriesOnEmptyTablesSayThereIsNoDataInsteadOfPassing()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("empty"));
    const ValidationResult result = validate(db, realPlan(3));
    QVERIFY(result.passed());                         // nothing failed…
    QVERIFY(!result.queriesWithoutData().isEmpty());  // …but nothing was measured either
    for (const QueryBenchmarkResult &b : result.benchmarks) {
        if (!b.ranOnNoData())
            continue;
        QVERIFY(b.parameters.join(QLatin1Char(' ')).contains(QLatin1String("NULL")));
        const CheckResult *p95 = findCheck(result, QStringLiteral("p95:") + b.id);
        QCOMPARE(p95->status, CheckStatus::Warning);  // not a green pass built on nothing
        QVERIFY(!p95->critical);
        QVERIFY2(p95->message.contains(QLatin1String("no data to measure"))
                     && p95->message.contains(QLatin1String("seed")),
                 qPrintable(p95->message));
        QCOMPARE(findCheck(result, QStringLiteral("index-use:") + b.id),
                 nullptr);  // no index verdict on empty tables
        QCOMPARE(BenchmarkRunner::status(b), CheckStatus::Warning);
    }
    ValidationReport report;
    report.result = result;
    QCOMPARE(CheckText::verdict(report), QStringLiteral("NO DATA"));
    QVERIFY(CheckText::verdictExplanation(report).contains(QLatin1String("mathakine-admin seed")));
}

void TestValidation::cancelInterruptsTheStatementInFlight()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("cancel"));
    ValidationPlan plan = realPlan(3);
    plan.smokeTests.prepend(SmokeTest{
        QStringLiteral("slow"),
        QStringLiteral("Lent"),
        QStringLiteral("Slow"),
        Severity::Critical,
        {SmokeStep{QStringLiteral("INSERT INTO achievements (code, name) VALUES ('slow', 'slow')"),
                   {},
                   {},
                   {}},
         SmokeStep{QStringLiteral("SELECT pg_sleep(60)"), {}, {}, {}}}});
    Validator validator(spec(db), plan, {});
    std::atomic_bool sleeping{false};
    validator.setProgressHandler([&sleeping](const ValidationProgress &p) {
        sleeping = p.label.contains(QLatin1String("Slow"));
    });
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&] {
        while (!sleeping)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        validator.cancel();
    });
    auto result = validator.run();
    canceller.join();
    QVERIFY(!result.ok());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.error().message.contains(QLatin1String("canceled")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM achievements")).toInt(), 0);
}

void TestValidation::migrationRunKeepsRowCountsAndReportsLosses_data()
{
    QTest::addColumn<bool>("allowed");
    QTest::newRow("loss not declared fails") << false;
    QTest::newRow("loss declared in the plan passes") << true;
}

void TestValidation::migrationRunKeepsRowCountsAndReportsLosses()
{
    QFETCH(bool, allowed);
    const QString db = copyOf(templateDatabase(true), QStringLiteral("counts"));
    QTemporaryDir dir;
    copyRealMigrations(dir.path());
    writeMigration(dir.path(), QStringLiteral("0007"),
                   QStringLiteral("DELETE FROM notifications WHERE id % 2 = 0;"),
                   QStringLiteral("SELECT 1;"));
    const qint64 before =
        scalar(db, QStringLiteral("SELECT count(*) FROM notifications")).toLongLong();
    auto report = MigrationRun(spec(db), {})
                      .upgrade(loadCatalog(dir.path()), {});  // counts the tables it can change
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));

    ValidationPlan plan = realPlan(3);
    if (allowed)
        plan.allowedRowChanges << AllowedRowChange{QStringLiteral("7"),
                                                   {QStringLiteral("notifications")}};
    const ValidationResult result = validate(db, plan, false);
    QVERIFY(result.rowCounts.has_value());
    QCOMPARE(result.rowCounts->fromVersion, QStringLiteral("0006"));
    QCOMPARE(result.rowCounts->toVersion, QStringLiteral("0007"));
    const auto row = std::find_if(
        result.rowCounts->tables.begin(), result.rowCounts->tables.end(),
        [](const TableRowCount &t) { return t.table == QLatin1String("public.notifications"); });
    QCOMPARE(row->before, before);
    QVERIFY(row->after < before);
    const CheckResult *check = findCheck(result, QStringLiteral("rows:public.notifications"));
    QCOMPARE(check->status, allowed ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(result.passed(), allowed);
    QCOMPARE(findCheck(result, QStringLiteral("rows:public.users")),
             nullptr);  // unchanged tables pass silently
}

void TestValidation::cliValidateExitsOneAndNamesTheDroppedColumn()
{
    const QString good = copyOf(templateDatabase(true), QStringLiteral("cli_ok"));
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json"));
    const CliRun ok =
        runCli({QStringLiteral("--url"), url(good), QStringLiteral("validate"),
                QStringLiteral("--runs"), QStringLiteral("5"), QStringLiteral("--json"), json});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
    QVERIFY(ok.out.contains(QLatin1String("PASSED")));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("verdict")).toString(),
        QStringLiteral("pass"));

    const QString bad = copyOf(templateDatabase(false), QStringLiteral("cli_bad"));
    QVERIFY(exec(bad, QStringLiteral("ALTER TABLE users DROP COLUMN jedi_rank CASCADE")));
    const CliRun failed = runCli({QStringLiteral("--url"), url(bad), QStringLiteral("validate"),
                                  QStringLiteral("--runs"), QStringLiteral("3")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.out.contains(QLatin1String("users.jedi_rank")), qPrintable(failed.out));
    QVERIFY(failed.out.contains(QLatin1String("FAILED")));
}

void TestValidation::schemaDiffIsOneCheckFamily()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("diff"));
    QVERIFY(exec(db, QStringLiteral("ALTER TABLE users ALTER COLUMN jedi_rank DROP DEFAULT")));
    QVERIFY(exec(
        db,
        QStringLiteral("ALTER TABLE user_sessions DROP CONSTRAINT user_sessions_user_id_fkey")));
    const ValidationResult result = validate(db, realPlan(3), false);
    const QList<CheckResult> diff = result.family(CheckFamily::Diff);
    const auto about = [&](const QString &path) {
        return std::find_if(diff.begin(), diff.end(),
                            [&](const CheckResult &c) { return c.subject.startsWith(path); });
    };
    QVERIFY2(about(u"public.users.jedi_rank"_s) != diff.end(), qPrintable(failures(result)));
    QCOMPARE(about(u"public.users.jedi_rank"_s)->status,
             CheckStatus::Warning);  // a default differs: a warning
    QVERIFY(about(u"public.user_sessions.user_sessions_user_id_fkey"_s) != diff.end());
    QCOMPARE(about(u"public.user_sessions.user_sessions_user_id_fkey"_s)->status,
             CheckStatus::Fail);  // a missing foreign key fails
    QVERIFY(!result.passed());
}

void TestValidation::cliUpgradeRecordsRowCountsAndANoOpRunKeepsThem()
{
    const QString db = createDatabase(QStringLiteral("cli_counts"));
    QTemporaryDir dir;
    copyRealMigrations(dir.path());
    const QStringList base{u"--url"_s, url(db), u"--migrations"_s, dir.path()};
    QCOMPARE(runCli(base + QStringList{u"upgrade"_s, u"0001"_s}).exitCode, 0);
    QVERIFY(exec(
        db,
        QStringLiteral(
            "INSERT INTO users (username, email, hashed_password) SELECT 'u' || g, 'u' || g || '@x.invalid', 'x' FROM generate_series(1, 25) g")));
    QCOMPARE(runCli(base + QStringList{u"upgrade"_s}).exitCode, 0);
    QCOMPARE(runCli(base + QStringList{u"upgrade"_s}).exitCode,
             0);  // nothing to do: not a run worth showing
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    auto latest = RowCountStore(*session.value()).latest();
    QVERIFY(latest.ok() && latest.value().has_value());
    const RowCountRun &run = *latest.value();
    QCOMPARE(run.fromVersion, u"0001"_s);
    QCOMPARE(run.toVersion, u"0006"_s);
    QVERIFY(run.success);
    const auto users =
        std::find_if(run.tables.begin(), run.tables.end(),
                     [](const TableRowCount &t) { return t.table == u"public.users"_s; });
    QCOMPARE(users->before, 25);
    QCOMPARE(users->after, 25);
    const auto sessions =
        std::find_if(run.tables.begin(), run.tables.end(),
                     [](const TableRowCount &t) { return t.table == u"public.user_sessions"_s; });
    QCOMPARE(sessions->before, -1);  // created by the run
    QCOMPARE(sessions->after, 0);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
