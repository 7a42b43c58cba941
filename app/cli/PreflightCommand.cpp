#include "Commands.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "gate/PreflightCheck.h"
#include "log/Log.h"

#include <QJsonArray>

namespace mathakine::cli {

namespace {
QString levelLabel(PreflightItem::Level level)
{
    switch (level) {
    case PreflightItem::Level::Ok:
        return CliContext::tr("ok");
    case PreflightItem::Level::Warning:
        return CliContext::tr("warning");
    case PreflightItem::Level::Problem:
        return CliContext::tr("PROBLEM");
    }
    return {};
}

QString levelKey(PreflightItem::Level level)
{
    switch (level) {
    case PreflightItem::Level::Ok:
        return QStringLiteral("ok");
    case PreflightItem::Level::Warning:
        return QStringLiteral("warning");
    case PreflightItem::Level::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

QJsonObject reportJson(const PreflightReport &report)
{
    QJsonArray items;
    for (const PreflightItem &item : report.items)
        items.append(QJsonObject{{QStringLiteral("level"), levelKey(item.level)},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("detail"), item.detail},
                                 {QStringLiteral("fix"), item.fix}});
    return {{QStringLiteral("ok"), !report.hasProblems()},
            {QStringLiteral("target"), report.target},
            {QStringLiteral("serverVersion"), report.serverVersion},
            {QStringLiteral("pending"), report.pendingCount},
            {QStringLiteral("problems"), report.count(PreflightItem::Level::Problem)},
            {QStringLiteral("warnings"), report.count(PreflightItem::Level::Warning)},
            {QStringLiteral("items"), items}};
}
}  // namespace

void printPreflight(CliContext &context, const PreflightReport &report, bool brief)
{
    QTextStream &out = brief ? context.err() : context.out();
    out << (report.upgrade
                ? CliContext::tr("Pre-flight for %1 (PostgreSQL %2): %n migration(s) to apply.",
                                 nullptr, report.pendingCount)
                : CliContext::tr("Pre-flight for %1 (PostgreSQL %2): %n migration(s) to revert.",
                                 nullptr, report.pendingCount))
               .arg(report.target, report.serverVersion)
        << "\n";
    for (const PreflightItem &item : report.items) {
        if (brief && item.level == PreflightItem::Level::Ok)
            continue;
        out << "  " << levelLabel(item.level).leftJustified(8) << " " << item.title << "\n";
        if (!item.detail.isEmpty())
            out << "           "
                << QString(item.detail).replace(QLatin1Char('\n'), QLatin1String("\n           "))
                << "\n";
        if (!item.fix.isEmpty())
            out << "           " << CliContext::tr("fix: %1").arg(item.fix) << "\n";
    }
    out << CliContext::tr("Pre-flight: %1 problem(s), %2 warning(s).")
               .arg(report.count(PreflightItem::Level::Problem))
               .arg(report.count(PreflightItem::Level::Warning))
        << Qt::endl;
}

int runPreflight(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const bool down = args.flag(QStringLiteral("--down"));
    QString optionError;
    auto options = runOptions(args, &optionError);
    if (!options || !args.finish(down ? 1 : 0, 1))
        return context.fail(
            usageError(optionError.isEmpty() ? args.error() : optionError,
                       CliContext::tr("Usage: preflight [TARGET] | preflight --down TARGET|base")));
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    auto report = PreflightCheck::run(
        {spec, args.positionals().value(0), !down, options->historySchema, options->language, {}},
        catalog);
    if (!report)
        return context.fail(report.error());
    if (context.options().json)
        context.printJson(reportJson(report.value()));
    else
        printPreflight(context, report.value(), false);
    return report->hasProblems() ? toInt(ExitCode::Failed) : 0;
}

}  // namespace mathakine::cli
