// Migration load benchmark (issue 13): writes migration files of N one-line statements
// ("SELECT 1;", 10 bytes a line, so 100k statements make a 1 MB file), loads each with
// MigrationParser::parseFile and prints the time. Loading is linear in the file size:
// each statement's line comes from a table of line starts, found by binary search.
// Full size: tests/bench/run-bench. ctest runs a 10k smoke test (tst_migration_load_bench_smoke).
#include "migrate/Migration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mathakine;

namespace {

QByteArray migrationText(int statements)
{
    QByteArray text = "-- version: 1\n-- title: Charge\n-- migrate:up\n";
    text.reserve(statements * 10 + 100);
    for (int i = 0; i < statements; ++i)
        text += "SELECT 1;\n";
    return text + "-- migrate:down\nSELECT 1;\n";
}

// Best of runs, in seconds: the load itself, without the noise of other processes.
double loadSeconds(const QString &path, int statements, int runs)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto m = MigrationParser::parseFile(path);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!m || m->up.statements.size() != statements) {
            std::fprintf(stderr, "load failed: %s\n",
                         m ? "wrong statement count" : qPrintable(m.error().located()));
            std::exit(1);
        }
        best = std::min(best, seconds);
    }
    return best;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("statements"),
                      QStringLiteral("Comma-separated statement counts."), QStringLiteral("list"),
                      QStringLiteral("10000,40000,100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Loads per size (best is kept)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("max-seconds"),
                      QStringLiteral("Fail when the largest file loads slower."),
                      QStringLiteral("s"), QStringLiteral("0")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    double largest = 0;
    std::printf("%12s %12s %10s %14s\n", "statements", "bytes", "load s", "µs/statement");
    for (const QString &count :
         parser.value(QStringLiteral("statements")).split(QLatin1Char(','))) {
        const int statements = count.toInt();
        const QString path = dir.filePath(QStringLiteral("0001_load_%1.sql").arg(statements));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray text = migrationText(statements);
        file.write(text);
        file.close();
        largest = loadSeconds(path, statements, runs);
        std::printf("%12d %12lld %10.3f %14.2f\n", statements, static_cast<long long>(text.size()),
                    largest, largest * 1e6 / statements);
    }
    const double limit = parser.value(QStringLiteral("max-seconds")).toDouble();
    if (limit > 0 && largest > limit) {
        std::fprintf(stderr, "the largest file took %.3f s, more than %.3f s\n", largest, limit);
        return 1;
    }
    return 0;
}
