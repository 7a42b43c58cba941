// Backup verification benchmark: what reading the whole dump back (pg_restore into
// /dev/null, issue 16) costs next to pg_dump itself, both timed by BackupJob in the same run.
// Full size: tests/bench/run-backup-bench (see README, Backups). With --mb 2 it is the ctest
// smoke test tst_backup_bench_smoke.
#include "TestServer.h"

#include "backup/BackupJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>

using namespace mathakine;

namespace {
// gzip (pg_dump's default) keeps about 52 bytes of a row of three md5 strings.
constexpr double kDumpBytesPerRow = 52.0;

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_backup: %s\n", qPrintable(message));
    std::exit(1);
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times pg_dump and the whole-archive verification of one backup."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("mb"),
                      QStringLiteral("Approximate size of the dump, in MB (default 1024)."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Backups of the same database (default 1)."),
                      QStringLiteral("R"), QStringLiteral("1")});
    parser.process(app);
    const double mb = parser.value(QStringLiteral("mb")).toDouble();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (mb <= 0)
        fail(QStringLiteral("--mb must be a positive number"));
    if (!testsupport::serverRunning())
        fail(QStringLiteral(
            "no server: run tests/bench/run-backup-bench, or set MATHAKINE_TEST_SANDBOX"));

    const qint64 rows = qMax<qint64>(1, static_cast<qint64>(mb * 1024 * 1024 / kDumpBytesPerRow));
    const QString db = testsupport::createDatabase(QStringLiteral("bench_backup"));
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!testsupport::exec(
            db,
            QStringLiteral(
                "CREATE TABLE filler AS SELECT g AS id, md5(g::text) || md5((g * 7)::text) || md5((g * 13)::text)"
                " AS payload FROM generate_series(1, %1) g")
                .arg(rows)))
        fail(QStringLiteral("cannot fill the database"));
    std::printf("database %s: %lld rows filled in %.1f s\n", qPrintable(db),
                static_cast<long long>(rows), fillTimer.elapsed() / 1000.0);

    QTemporaryDir dir;
    std::printf("%-4s %12s %12s %12s %10s %14s\n", "run", "dump size", "pg_dump s", "verify s",
                "verify %", "verify MB/s");
    for (int run = 1; run <= runs; ++run) {
        BackupJob job({testsupport::spec(db),
                       {},
                       dir.filePath(QStringLiteral("backups")),
                       dir.filePath(QStringLiteral("backups.json"))});
        auto record = job.run();
        if (!record)
            fail(record.error().fullText());
        const double sizeMb = static_cast<double>(record->sizeBytes) / (1024.0 * 1024.0);
        std::printf("%-4d %9.1f MB %12.2f %12.2f %9.0f%% %14.1f\n", run, sizeMb,
                    record->dumpMs / 1000.0, record->verifyMs / 1000.0,
                    100.0 * static_cast<double>(record->verifyMs)
                        / static_cast<double>(qMax<qint64>(1, record->dumpMs)),
                    sizeMb / (qMax<qint64>(1, record->verifyMs) / 1000.0));
        QFile::remove(record->file);
    }
    testsupport::dropDatabase(db);
    return 0;
}
