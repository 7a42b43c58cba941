// Validation benchmarks, both in one run against the same server:
//  1. synthetic data: our seed's rows/s against pgbench -i (server-side generation);
//  2. timing fidelity: our p50 for the leaderboard query against pgbench -n -M extended -f
//     on the same query (goal: within 10%), alternating three rounds to cancel drift.
// Full size (100k users, 1M attempts): tests/bench/validation/run-bench (README, Performance).
#include "MigrationFixtures.h"
#include "PgBench.h"
#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "migrate/MigrationRunner.h"
#include "validate/BenchmarkRunner.h"
#include "validate/CancelToken.h"
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

void seedBenchmark(const QString &db, qint64 users)
{
    auto seeded = DataSeeder(testsupport::spec(db), scaled(users)).run();
    if (!seeded)
        die(seeded.error().fullText());
    const SeedReport &r = seeded.value();
    std::printf("seed: %s rows in %s s = %s rows/s (ANALYZE %s s more)\n", qPrintable(number(r.totalRows)),
                qPrintable(number(r.totalMs / 1000.0, 2)), qPrintable(number(r.rowsPerSecond())), qPrintable(number(r.analyzeMs / 1000.0, 2)));
    for (const SeedStep &s : r.steps)
        std::printf("  %-18s %12s rows %8s ms\n", qPrintable(s.table), qPrintable(number(s.rows)), qPrintable(number(s.durationMs)));

    const int scale = std::max(1, static_cast<int>(std::lround(r.totalRows / 100000.0)));
    const QString reference = testsupport::createDatabase(QStringLiteral("bench_pgbench_init"));
    const double seconds = PgBench(testsupport::spec(reference).profile).initialiseSeconds(scale);
    testsupport::dropDatabase(reference);
    if (seconds <= 0)
        die(QStringLiteral("pgbench -i did not report its generation time"));
    const double rows = scale * 100000.0 + scale * 11.0;  // accounts + branches + tellers
    std::printf("pgbench -i -I dtG -s %d: %s rows in %s s = %s rows/s\n", scale, qPrintable(number(rows)),
                qPrintable(number(seconds, 2)), qPrintable(number(rows / seconds)));
    std::printf("seed rows/s relative to pgbench -i: %.2f (ours writes 7 tables with their indexes and foreign keys)\n",
                r.rowsPerSecond() / (rows / seconds));
}

bool fidelityBenchmark(const QString &db, int runs)
{
    auto plan = ValidationPlanReader::load(testsupport::realMigrationsDir() + QStringLiteral("/validation-plan.json"));
    if (!plan)
        die(plan.error().fullText());
    const BenchmarkQuery query = plan->queries.constFirst();  // the leaderboard
    auto session = DatabaseSession::open(testsupport::spec(db), QStringLiteral("bench"));
    if (!session)
        die(session.error().fullText());
    const PgExecutor executor(*session.value());
    const CancelToken cancel;
    const BenchmarkRunner runner(executor, cancel, 10, runs);
    const PgBench pgbench(testsupport::spec(db).profile);
    QList<double> ours, theirs;
    for (int round = 0; round < 3; ++round) {  // alternated, so a drifting machine hits both alike
        const QueryBenchmarkResult r = runner.run(query, 200, QStringLiteral("en"));
        if (!r.error.isEmpty())
            die(r.error);
        ours << r.client.p50;
        const QList<double> latencies = pgbench.latencies(query.sql, {}, runs);
        if (latencies.size() != runs)
            die(QStringLiteral("pgbench gave %1 latencies instead of %2").arg(latencies.size()).arg(runs));
        theirs << LatencyStats::of(latencies).p50;
    }
    const double ratio = median(ours) / median(theirs);
    std::printf("fidelity: %s, %d runs per round, 3 rounds\n", qPrintable(query.titleEn), runs);
    std::printf("  mathakine-admin p50 %s ms (rounds: %s / %s / %s)\n", qPrintable(number(median(ours), 3)),
                qPrintable(number(ours[0], 3)), qPrintable(number(ours[1], 3)), qPrintable(number(ours[2], 3)));
    std::printf("  pgbench -n -M extended -f p50 %s ms (rounds: %s / %s / %s)\n", qPrintable(number(median(theirs), 3)),
                qPrintable(number(theirs[0], 3)), qPrintable(number(theirs[1], 3)), qPrintable(number(theirs[2], 3)));
    const bool within = std::abs(ratio - 1.0) <= 0.10;
    std::printf("  ratio %.3f: %s the 10%% goal\n", ratio, within ? "within" : "outside");
    return within;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("users"), QStringLiteral("Users to seed; other tables scale with it (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per round (default 200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("strict"), QStringLiteral("Exit 1 when the fidelity goal (10%) is missed.")});
    parser.process(app);
    if (!testsupport::serverRunning())
        die(QStringLiteral("no server: set MATHAKINE_TEST_SANDBOX to a running sandbox (run-bench does it)"));

    const QString db = testsupport::createDatabase(QStringLiteral("bench_validation"));
    auto migrated = MigrationRunner(testsupport::spec(db), {}).upgrade(testsupport::loadCatalog(testsupport::realMigrationsDir()), {});
    if (!migrated)
        die(migrated.error().fullText());
    seedBenchmark(db, parser.value(QStringLiteral("users")).toLongLong());
    const bool within = fidelityBenchmark(db, parser.value(QStringLiteral("runs")).toInt());
    testsupport::dropDatabase(db);
    return within || !parser.isSet(QStringLiteral("strict")) ? 0 : 1;
}
