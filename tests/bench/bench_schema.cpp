// Schema introspection benchmark: builds a synthetic catalog, then times in one run
// (a) our introspection, (b) pg_dump --schema-only, (c) the same catalog queries in psql,
// and the diff of two snapshots. Full size: tests/bench/run-bench (see README, Performance).
// With --tables 20 it is the ctest smoke test tst_schema_bench_smoke.
#include "SyntheticCatalog.h"
#include "TestServer.h"

#include "schema/CatalogQueries.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"
#include "schema/SnapshotJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mathakine;

namespace {

// Median wall time of runs calls, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
}

QStringList connectionArgs(const ConnectionProfile &p)
{
    return {QStringLiteral("-h"), p.host, QStringLiteral("-p"), QString::number(p.port),
            QStringLiteral("-U"), p.user, QStringLiteral("-d"), p.database};
}

SchemaSnapshot introspect(const QString &db, int *statements = nullptr)
{
    auto session = DatabaseSession::open(testsupport::spec(db), QStringLiteral("bench"));
    if (!session)
        qFatal("%s", qPrintable(session.error().fullText()));
    SchemaIntrospector introspector(*session.value());
    auto snapshot = introspector.snapshot();
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().fullText()));
    if (statements)
        *statements = introspector.statementCount();
    return snapshot.value();
}

// The same text the introspector sends, as one psql script.
QString writePsqlScript(QTemporaryFile &file)
{
    QString script = QStringLiteral(
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\nSET LOCAL search_path = public;\n");
    for (const auto &[name, sql] : CatalogQueries::all())
        script += sql.trimmed() + QStringLiteral(";\n");
    script += QStringLiteral("COMMIT;\n");
    file.open();
    file.write(script.toUtf8());
    file.close();
    return file.fileName();
}

// A copy of the snapshot with `changes` differences spread over it: dropped indexes and
// changed defaults, as a drifted production database would show.
SchemaSnapshot drifted(SchemaSnapshot snapshot, int changes)
{
    const qsizetype step = qMax<qsizetype>(1, snapshot.tables.size() / qMax(1, changes));
    int made = 0;
    for (qsizetype i = 0; i < snapshot.tables.size() && made < changes; i += step, ++made) {
        SchemaTable &t = snapshot.tables[i];
        if (made % 2 == 0)
            t.indexes.removeFirst();  // "_code", a plain index (the last is the primary key's)
        else
            t.columns[3].defaultValue = QStringLiteral("1");
    }
    return snapshot;
}

void print(const char *label, double ms)
{
    std::printf("  %-52s %9.1f ms\n", label, ms);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tables"), QStringLiteral("Synthetic tables to create."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per measure (median)."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the database afterwards.")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Reuse a database a --keep run left (skips creation)."),
                      QStringLiteral("NAME")});
    parser.process(app);
    const int tables = parser.value(QStringLiteral("tables")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (!testsupport::serverRunning())
        qFatal(
            "no server: set MATHAKINE_TEST_SANDBOX to a running sandbox (tests/bench/run-bench does)");

    const bool reuse = parser.isSet(QStringLiteral("database"));
    const QString db = reuse ? parser.value(QStringLiteral("database"))
                             : testsupport::createDatabase(QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        auto session = DatabaseSession::open(testsupport::spec(db), QStringLiteral("bench"));
        if (Status created = bench::SyntheticCatalog::create(*session.value(), tables); !created)
            qFatal("%s", qPrintable(created.error().fullText()));
    }
    std::printf(
        "Synthetic catalog: %d tables x %d columns, PK + %d indexes + 1 FK each (created in %.1f s)\n",
        tables, bench::SyntheticCatalog::columnsPerTable, bench::SyntheticCatalog::indexesPerTable,
        timer.elapsed() / 1000.0);
    std::printf("Median of %d runs, each with a fresh connection:\n", runs);

    int statements = 0;
    const SchemaSnapshot snapshot = introspect(db, &statements);  // also warms the server's caches
    const ConnectionProfile profile = testsupport::spec(db).profile;
    QTemporaryFile script;
    const QString scriptPath = writePsqlScript(script);
    const QStringList psqlArgs =
        QStringList{QStringLiteral("-X"), QStringLiteral("-q"),
                    QStringLiteral("-A"), QStringLiteral("-t"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-f"), scriptPath}
        + connectionArgs(profile);
    const QStringList dumpArgs =
        QStringList{QStringLiteral("--schema-only")} + connectionArgs(profile);
    const QStringList cliArgs = {QStringLiteral("--url"),    testsupport::url(db),
                                 QStringLiteral("-q"),       QStringLiteral("snapshot"),
                                 QStringLiteral("--actual"), QStringLiteral("--out"),
                                 QProcess::nullDevice()};

    const double ours = medianMs(runs, [&] { introspect(db); });
    const double oursJson = medianMs(runs, [&] { SnapshotJson::write(introspect(db)); });
    const double cli =
        medianMs(runs, [&] { runTool(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), cliArgs); });
    const double dump = medianMs(runs, [&] { runTool(QStringLiteral("pg_dump"), dumpArgs); });
    const double raw = medianMs(runs, [&] { runTool(QStringLiteral("psql"), psqlArgs); });
    print("(a) our introspection, in process (connect + read)", ours);
    print("    ... and canonical JSON", oursJson);
    print("    mathakine-admin snapshot --actual (whole process)", cli);
    print("(b) pg_dump --schema-only (whole process)", dump);
    print("(c) the same catalog queries in psql (whole process)", raw);
    std::printf("  statements per snapshot: %d, whatever the size\n", statements);
    std::printf(
        "  ratio pg_dump -s / ours: %.1fx in process, %.1fx process to process (goal >= 3x)\n",
        dump / ours, dump / cli);
    std::printf(
        "  ratio ours / raw psql queries: %.2fx in process, %.2fx process to process (goal <= 2x)\n",
        ours / raw, cli / raw);

    const int changes = qMax(2, tables / 50);
    const SchemaSnapshot other = drifted(snapshot, changes);
    SchemaDiff found;
    const double same =
        medianMs(runs, [&] { found = SchemaComparer::compare(snapshot, snapshot); });
    const bool sameOk = found.isEmpty();
    const double changed =
        medianMs(runs, [&] { found = SchemaComparer::compare(snapshot, other); });
    print("diff of two identical snapshots", same);
    print(qPrintable(QStringLiteral("diff with %1 differences").arg(changes)), changed);
    std::printf("  diff goal: < 50 ms\n");

    if (!parser.isSet(QStringLiteral("keep")) && !reuse)
        testsupport::dropDatabase(db);
    // Sanity, so the smoke test checks the numbers are about the right thing.
    const bool ok =
        snapshot.tables.size() == tables && sameOk && found.differences.size() == changes;
    if (!ok)
        std::printf("FAILED: %lld tables read, %lld differences found (expected %d and %d)\n",
                    static_cast<long long>(snapshot.tables.size()),
                    static_cast<long long>(found.differences.size()), tables, changes);
    return ok ? 0 : 1;
}
