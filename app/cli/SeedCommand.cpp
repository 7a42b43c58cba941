#include "CommandArgs.h"
#include "Commands.h"

#include "validate/DataSeeder.h"

#include <QJsonArray>
#include <QLocale>

namespace mathakine::cli {

namespace {
AppError usage(const QString &message)
{
    return usageError(
        message,
        CliContext::tr(
            "Usage: seed [--users N] [--exercises N] [--attempts N] [--achievements N] "
            "[--achievements-per-user N] [--notifications N] [--sessions N] [--random-seed N] [--jobs N]"));
}
}  // namespace

int runSeed(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    SeedOptions options;
    QString error;
    const QList<std::pair<QString, qint64 *>> counts = {
        {QStringLiteral("--users"), &options.users},
        {QStringLiteral("--exercises"), &options.exercises},
        {QStringLiteral("--attempts"), &options.attempts},
        {QStringLiteral("--achievements"), &options.achievements},
        {QStringLiteral("--notifications"), &options.notifications},
        {QStringLiteral("--sessions"), &options.sessions}};
    qint64 perUser = options.achievementsPerUser;
    qint64 randomSeed = options.randomSeed;
    qint64 jobs = options.jobs;
    for (const auto &[name, slot] : counts
             + QList<std::pair<QString, qint64 *>>{
                 {QStringLiteral("--achievements-per-user"), &perUser},
                 {QStringLiteral("--random-seed"), &randomSeed},
                 {QStringLiteral("--jobs"), &jobs}}) {
        if (const auto value = args.value(name)) {
            bool ok = false;
            *slot = value->toLongLong(&ok);
            if ((!ok || *slot < 0 || *slot > 100'000'000) && error.isEmpty())
                error = CliContext::tr("%1: \"%2\" is not a number between 0 and 100000000.")
                            .arg(name, *value);
        }
    }
    options.achievementsPerUser = static_cast<int>(qMin<qint64>(perUser, 1000));
    options.randomSeed = static_cast<int>(randomSeed);
    options.jobs = static_cast<int>(qMin<qint64>(jobs, kMaxSeedJobs));
    if (!args.finish(0, 0) || !error.isEmpty())
        return context.fail(usage(error.isEmpty() ? args.error() : error));
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());

    DataSeeder seeder(spec.value(), options);
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    seeder.setProgressHandler([&context, verbose](const SeedProgress &p) {
        if (verbose)
            context.err() << QStringLiteral("[%1/%2] ").arg(p.step).arg(p.stepCount) << p.table
                          << "…" << Qt::endl;
    });
    auto report = seeder.run();
    if (!report)
        return context.fail(report.error());
    if (context.options().json) {
        QJsonArray steps;
        for (const SeedStep &s : report->steps)
            steps.append(QJsonObject{{QStringLiteral("table"), s.table},
                                     {QStringLiteral("rows"), s.rows},
                                     {QStringLiteral("durationMs"), s.durationMs}});
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("steps"), steps},
                           {QStringLiteral("totalRows"), report->totalRows},
                           {QStringLiteral("totalMs"), report->totalMs},
                           {QStringLiteral("analyzeMs"), report->analyzeMs},
                           {QStringLiteral("rowsPerSecond"), report->rowsPerSecond()},
                           {QStringLiteral("jobs"), report->jobs}});
        return 0;
    }
    const QLocale locale;
    QTextStream &out = context.out();
    for (const SeedStep &s : report->steps)
        out << "  " << s.table.leftJustified(20) << locale.toString(s.rows).rightJustified(12)
            << "  " << CliContext::tr("%1 ms").arg(locale.toString(s.durationMs)) << "\n";
    out << CliContext::tr("%1 rows in %2 s (%3 rows/s), then ANALYZE in %4 s.")
               .arg(locale.toString(report->totalRows),
                    locale.toString(static_cast<double>(report->totalMs) / 1000.0, 'f', 1),
                    locale.toString(report->rowsPerSecond(), 'f', 0),
                    locale.toString(static_cast<double>(report->analyzeMs) / 1000.0, 'f', 1))
        << Qt::endl;
    return 0;
}

}  // namespace mathakine::cli
