// Validation benchmarks, both in one run against the same server:
//  1. synthetic data: our seed's rows/s against pgbench -i (server-side generation);
//  2. timing fidelity: our p50 for the leaderboard query against pgbench -n -M extended -f
//     on the same query (goal: within 10%), in alternated rounds; the verdict is the median of
//     the per-round ratios, so a machine whose load drifts hits both sides of a round alike.
// Full size (100k users, 1M attempts): tests/bench/validation/run-bench (README, Performance).
#include "MigrationFixtures.h"
#include "PgBench.h"
#include "TestServer.h"

#include "connection/CancelToken.h"
#include "connection/DatabaseSession.h"
#include "run/MigrationRun.h"
#include "validate/BenchmarkRunner.h"
#include "validate/DataSeeder.h"
#include "validate/PgExecutor.h"
#include "validate/ValidationPlanReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace mathakine;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_validation: %s\n", qPrintable(message));
    std::exit(2);
}

SeedOptions scaled(qint64 users)
{
    SeedOptions o;
    const double f = static_cast<double>(users) / static_cast<double>(o.users);
    o.users = users;
    for (qint64 *n : {&o.exercises, &o.attempts, &o.notifications, &o.sessions})
        *n = std::max<qint64>(1, std::llround(static_cast<double>(*n) * f));
    return o;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

void seedBenchmark(const QString &db, qint64 users, bool compare)
{
    auto seeded = DataSeeder(testsupport::spec(db), scaled(users)).run();
    if (!seeded)
        die(seeded.error().fullText());
    const SeedReport &r = seeded.value();
    std::printf("seed: %s rows in %s s = %s rows/s (ANALYZE %s s more)\n",
                qPrintable(number(r.totalRows)), qPrintable(number(r.totalMs / 1000.0, 2)),
                qPrintable(number(r.rowsPerSecond())), qPrintable(number(r.analyzeMs / 1000.0, 2)));
    for (const SeedStep &s : r.steps)
        std::printf("  %-18s %12s rows %8s ms\n", qPrintable(s.table), qPrintable(number(s.rows)),
                    qPrintable(number(s.durationMs)));
    if (!compare)
        return;

    const int scale = std::max(1, static_cast<int>(std::lround(r.totalRows / 100000.0)));
    const QString reference = testsupport::createDatabase(QStringLiteral("bench_pgbench_init"));
    const PgBench::InitTimes times =
        PgBench(testsupport::spec(reference).profile).initialise(scale);
    testsupport::dropDatabase(reference);
    if (times.generate <= 0 || times.primaryKeys < 0)
        die(QStringLiteral("pgbench -i did not report its step times"));
    const double rows = scale * 100000.0 + scale * 11.0;  // accounts + branches + tellers
    const double withKeys = times.generate + times.primaryKeys;
    std::printf(
        "pgbench -i -I dtGp -s %d: %s rows; generate %s s = %s rows/s; with primary keys %s s = %s rows/s\n",
        scale, qPrintable(number(rows)), qPrintable(number(times.generate, 2)),
        qPrintable(number(rows / times.generate)), qPrintable(number(withKeys, 2)),
        qPrintable(number(rows / withKeys)));
    std::printf(
        "seed rows/s relative to pgbench -i: %.3f (generate only), %.3f (with keys); ours also maintains every\n"
        "  secondary index as it inserts (34 indexes in all)\n",
        r.rowsPerSecond() / (rows / times.generate), r.rowsPerSecond() / (rows / withKeys));
}

bool fidelityBenchmark(const QString &db, int runs, int rounds)
{
    auto plan = ValidationPlanReader::load(testsupport::realMigrationsDir()
                                           + QStringLiteral("/validation-plan.json"));
    if (!plan)
        die(plan.error().fullText());
    const BenchmarkQuery query = plan->queries.constFirst();  // the leaderboard
    auto session = DatabaseSession::open(testsupport::spec(db), QStringLiteral("bench"));
    if (!session)
        die(session.error().fullText());
    const PgExecutor executor(*session.value());
    const CancelToken cancel;
    const BenchmarkRunner runner(executor, cancel, 5, runs, 0);  // client side only, as pgbench
    const PgBench pgbench(testsupport::spec(db).profile);
    QList<double> ours, theirs, ratios;
    for (int round = 0; round < rounds; ++round) {
        const QueryBenchmarkResult r = runner.run(query, 200, QStringLiteral("en"));
        if (!r.error.isEmpty())
            die(r.error);
        ours << r.client.p50;
        const QList<double> latencies = pgbench.latencies(query.sql, {}, runs);
        if (latencies.size() != runs)
            die(QStringLiteral("pgbench gave %1 latencies instead of %2")
                    .arg(latencies.size())
                    .arg(runs));
        theirs << LatencyStats::of(latencies).p50;
        ratios << ours.constLast() / theirs.constLast();
    }
    const auto list = [](const QList<double> &values) {
        QStringList texts;
        for (double v : values)
            texts << number(v, 3);
        return texts.join(QLatin1String(" / "));
    };
    const double ratio = median(ratios);
    std::printf("fidelity: %s, %d runs per round, %d alternated rounds\n",
                qPrintable(query.titleEn), runs, rounds);
    std::printf("  mathakine-admin p50 per round (ms): %s\n", qPrintable(list(ours)));
    std::printf("  pgbench -n -M extended -f p50 per round (ms): %s\n", qPrintable(list(theirs)));
    std::printf("  ratio per round: %s\n", qPrintable(list(ratios)));
    const bool within = std::abs(ratio - 1.0) <= 0.10;
    std::printf("  median ratio %.3f: %s the 10%% goal\n", ratio, within ? "within" : "outside");
    return within;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("users"),
                      QStringLiteral("Users to seed; other tables scale with it (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per round (default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Alternated rounds (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("skip-seed"),
                      QStringLiteral("Seed without timing it against pgbench -i.")});
    parser.addOption({QStringLiteral("strict"),
                      QStringLiteral("Exit 1 when the fidelity goal (10%) is missed.")});
    parser.process(app);
    if (!testsupport::serverRunning())
        die(QStringLiteral(
            "no server: set MATHAKINE_TEST_SANDBOX to a running sandbox (run-bench does it)"));

    const QString db = testsupport::createDatabase(QStringLiteral("bench_validation"));
    const MigrationCatalog catalog = testsupport::loadCatalog(testsupport::realMigrationsDir());
    if (catalog.migrations.isEmpty())
        die(QStringLiteral("no migrations in %1: set MATHAKINE_SOURCE_DIR to the source tree")
                .arg(testsupport::realMigrationsDir()));
    auto migrated = MigrationRun(testsupport::spec(db), {}).upgrade(catalog, {});
    if (!migrated)
        die(migrated.error().fullText());
    seedBenchmark(db, parser.value(QStringLiteral("users")).toLongLong(),
                  !parser.isSet(QStringLiteral("skip-seed")));
    const bool within =
        fidelityBenchmark(db, parser.value(QStringLiteral("runs")).toInt(),
                          std::max(1, parser.value(QStringLiteral("rounds")).toInt()));
    testsupport::dropDatabase(db);
    return within || !parser.isSet(QStringLiteral("strict")) ? 0 : 1;
}
