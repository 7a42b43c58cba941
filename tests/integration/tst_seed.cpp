// Synthetic data: the requested volumes land in every table in one server-side pass, a
// second run adds rows without collisions, a canceled parallel seed removes what it had
// committed, production profiles and unmigrated databases are refused.
#include "TestServer.h"
#include "tst_validation_fixture.h"

#include "validate/DataSeeder.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace mathakine;
using namespace testsupport;
using namespace validationfixture;

class TestSeed : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seedFillsEveryTableWithTheRequestedVolumes();
    void secondSeedAddsRowsWithoutCollisions();
    void ordinaryRoleSeedsWithPerRowForeignKeyChecks();
    void parallelSeedSlicesTablesAcrossSessions();
    void achievementsLookEarnedOverTime();
    void canceledParallelSeedRemovesTheRowsItCommitted();
    void seedIsRefusedOnProductionProfiles();
    void seedIsRefusedBeforeThePhaseOneMigrations();
    void cliSeedReportsRowsPerSecond();
};

namespace {
qint64 rows(const QString &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

SeedOptions tiny()
{
    SeedOptions o;
    o.users = 500;
    o.exercises = 100;
    o.attempts = 3000;
    o.achievements = 20;
    o.notifications = 1500;
    o.sessions = 700;
    return o;
}
// The rows of the six generated tables (users, exercises, attempts, achievements,
// notifications, user_sessions), as volumes() gives them for a seed of an empty database.
QList<qint64> generatedRows(const QString &db)
{
    QList<qint64> counts;
    for (const char *table :
         {"users", "exercises", "attempts", "achievements", "notifications", "user_sessions"})
        counts << rows(db, table);
    return counts;
}

QList<qint64> volumes(const SeedOptions &o)
{
    return {o.users, o.exercises, o.attempts, o.achievements, o.notifications, o.sessions};
}

// Whether a SELECT of one boolean returns true in db.
bool holds(const QString &db, const QString &sql)
{
    return scalar(db, sql).toBool();
}
}  // namespace

void TestSeed::initTestCase()
{
    REQUIRE_SERVER();
    templateDatabase(false);
}

void TestSeed::seedFillsEveryTableWithTheRequestedVolumes()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seed"));
    QList<QString> tables;
    DataSeeder seeder(spec(db), tiny());
    seeder.setProgressHandler([&tables](const SeedProgress &p) { tables << p.table; });
    auto report = seeder.run();
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(generatedRows(db), volumes(tiny()));
    QVERIFY(rows(db, "user_achievements") > 500);
    QCOMPARE(report->totalRows, 500 + 100 + 3000 + 20 + 1500 + 700 + rows(db, "user_achievements"));
    QVERIFY(report->rowsPerSecond() > 0);
    QCOMPARE(tables.size(), 8);  // seven tables, then ANALYZE
    // Realistic shapes: every rank is present, points spread, some sessions active and unexpired.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT jedi_rank) FROM users")).toInt(), 6);
    QVERIFY(scalar(db, QStringLiteral("SELECT max(total_points) - min(total_points) FROM users"))
                .toInt()
            > 10000);
    QVERIFY(scalar(db,
                   QStringLiteral(
                       "SELECT count(*) FROM user_sessions WHERE is_active AND expires_at > now()"))
                .toInt()
            > 0);
    QVERIFY(
        scalar(db, QStringLiteral("SELECT count(*) FROM notifications WHERE NOT is_read")).toInt()
        > 0);
    // A superuser skips the per-row foreign key triggers; with its parents locked no key dangles.
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM attempts a WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = a.user_id)"
                " OR NOT EXISTS (SELECT 1 FROM exercises e WHERE e.id = a.exercise_id)"))
            .toInt(),
        0);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM notifications n WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = n.user_id)"))
            .toInt(),
        0);
    // ANALYZE ran: the planner knows the sizes.
    QVERIFY(scalar(db, QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'attempts'"))
                .toDouble()
            > 1000);
}

void TestSeed::secondSeedAddsRowsWithoutCollisions()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seed2"));
    QVERIFY(DataSeeder(spec(db), tiny()).run().ok());
    auto again = DataSeeder(spec(db), tiny()).run();
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    QCOMPARE(rows(db, "users"), 1000);
    QCOMPARE(rows(db, "user_sessions"), 1400);
}

void TestSeed::ordinaryRoleSeedsWithPerRowForeignKeyChecks()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seed_role"));
    const QString role = QStringLiteral("seed_writer_%1").arg(QCoreApplication::applicationPid());
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'seed-writer'").arg(role)));
    QVERIFY(exec(
        db,
        QStringLiteral(
            "GRANT ALL ON ALL TABLES IN SCHEMA public TO %1; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1")
            .arg(role)));
    ConnectionSpec writer = spec(db);
    writer.profile.user = role;
    writer.password = QStringLiteral("seed-writer");
    auto report = DataSeeder(writer, tiny()).run();
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(rows(db, "attempts"), 3000);
    QCOMPARE(rows(db, "user_sessions"), 700);
}

void TestSeed::parallelSeedSlicesTablesAcrossSessions()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seed_jobs"));
    SeedOptions options = tiny();
    options.users = 25000;  // slices of user_achievements and sessions in parallel
    options.sessions = 30000;
    options.jobs = 3;
    // The users' ids start well above their old maximum, as after rolled-back inserts.
    QVERIFY(exec(
        db,
        QStringLiteral(
            "SELECT setval('users_id_seq', (SELECT coalesce(max(id), 0) + 5000 FROM users))")));
    auto report = DataSeeder(spec(db), options).run();
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(report->jobs, 3);
    QCOMPARE(rows(db, "users"), 25000);
    QCOMPARE(rows(db, "user_sessions"), 30000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT username) FROM users")).toInt(),
             25000);
    // Every new user got its achievements, in whichever slice it fell.
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM users u WHERE u.id % 6 <> 0"
                   " AND NOT EXISTS (SELECT 1 FROM user_achievements a WHERE a.user_id = u.id)"))
            .toInt(),
        0);
    // Timestamps grow along the rows (as in a table filled over time) yet span their whole
    // window: a year of achievements, sessions created over 20 days and expiring 14 days later.
    QVERIFY(holds(
        db,
        QStringLiteral(
            "SELECT min(earned_at) >= now() - interval '365 days' AND max(earned_at) <= now()"
            " AND max(earned_at) - min(earned_at) > interval '360 days' FROM user_achievements")));
    QVERIFY(holds(
        db,
        QStringLiteral(
            "SELECT min(created_at) >= now() - interval '20 days' AND max(created_at) <= now()"
            " AND max(created_at) - min(created_at) > interval '19 days'"
            " AND bool_and(expires_at = created_at + interval '336 hours') FROM user_sessions")));
    // Sorted by user within a slice only: user_id is not laid out in order across the table.
    QVERIFY(
        scalar(
            db,
            QStringLiteral(
                "SELECT abs(correlation) FROM pg_stats WHERE tablename = 'user_sessions' AND attname = 'user_id'"))
            .toDouble()
        < 0.7);
}

void TestSeed::achievementsLookEarnedOverTime()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seed_earned"));
    SeedOptions options = tiny();
    options.users = 80000;  // 8 slices of user_achievements
    options.jobs = 2;
    auto report = DataSeeder(spec(db), options).run();
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    // earned_at follows the rows (fast appends to its index) but not the user: user_id stays
    // scattered, a user's achievements lie days apart, and recent ones belong to users of the
    // whole id range.
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT correlation FROM pg_stats WHERE tablename = "
                                  "'user_achievements' AND attname = 'earned_at'"))
                .toDouble()
            > 0.9);
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT abs(correlation) FROM pg_stats WHERE tablename = "
                                  "'user_achievements' AND attname = 'user_id'"))
                .toDouble()
            < 0.5);
    QVERIFY(
        holds(db,
              QStringLiteral(
                  "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY spread) > interval '5 days'"
                  " FROM (SELECT max(earned_at) - min(earned_at) AS spread FROM user_achievements"
                  " GROUP BY user_id HAVING count(*) > 1) s")));
    QVERIFY(
        holds(db,
              QStringLiteral(
                  "SELECT min(user_id) < (SELECT min(id) + 20000 FROM users) FROM user_achievements"
                  " WHERE earned_at > now() - interval '30 days'")));
}

void TestSeed::canceledParallelSeedRemovesTheRowsItCommitted()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seed_cancel"));
    QVERIFY(DataSeeder(spec(db), tiny()).run().ok());  // rows of an earlier seed stay
    const qint64 earned = rows(db, "user_achievements");
    SeedOptions big = tiny();
    big.users = 20000;
    big.attempts = 4000000;  // long enough to be canceled in the middle
    DataSeeder seeder(spec(db), big);
    Outcome<SeedReport> report = AppError{};
    std::thread running([&] { report = seeder.run(); });
    QElapsedTimer waited;
    waited.start();
    while (rows(db, "users") <= 500 && waited.elapsed() < 60000)
        QTest::qWait(20);  // the first slices of users are committed
    seeder.cancel();
    running.join();
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QLatin1String("canceled")),
             qPrintable(report.error().fullText()));
    QCOMPARE(generatedRows(db), volumes(tiny()));
    QCOMPARE(rows(db, "user_achievements"), earned);
}

void TestSeed::seedIsRefusedOnProductionProfiles()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seedprod"));
    ConnectionSpec production = spec(db);
    production.profile.name = QStringLiteral("prod");
    production.profile.environment = Environment::Production;
    auto report = DataSeeder(production, tiny()).run();
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(QLatin1String("production")));
    QCOMPARE(rows(db, "users"), 0);
}

void TestSeed::seedIsRefusedBeforeThePhaseOneMigrations()
{
    const QString db = createDatabase(QStringLiteral("seedbase"));
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE users (id serial PRIMARY KEY, username text)")));
    auto report = DataSeeder(spec(db), tiny()).run();
    QVERIFY(!report.ok());
    QVERIFY(report.error().hint.contains(QLatin1String("upgrade")));
}

void TestSeed::cliSeedReportsRowsPerSecond()
{
    const QString db = copyOf(templateDatabase(false), QStringLiteral("seedcli"));
    const CliRun run = runCli(
        {QStringLiteral("--url"), url(db), QStringLiteral("seed"), QStringLiteral("--users"),
         QStringLiteral("300"), QStringLiteral("--exercises"), QStringLiteral("50"),
         QStringLiteral("--attempts"), QStringLiteral("1000"), QStringLiteral("--notifications"),
         QStringLiteral("0"), QStringLiteral("--sessions"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String("rows/s")));
    QCOMPARE(rows(db, "users"), 300);
    QCOMPARE(rows(db, "notifications"), 0);
    const CliRun bad = runCli({QStringLiteral("--url"), url(db), QStringLiteral("seed"),
                               QStringLiteral("--users"), QStringLiteral("many")});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
