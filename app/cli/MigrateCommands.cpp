#include "Commands.h"
#include "InterruptGuard.h"
#include "MigrationCli.h"
#include "OpsCli.h"
#include "StallOutput.h"

#include "run/MigrationRun.h"
#include "run/MigrationUseCases.h"

namespace mathakine::cli {

namespace {
// upgrade / downgrade / stamp: one MigrationRun (lock, checks, gate, pre-flight, steps);
// this only parses options and prints what the run reports.
int runMigration(CliContext &context, RunAction action, int minArgs, const QString &synopsis)
{
    CommandArgs args(context.options().commandArgs);
    QString optionError;
    auto options = runOptions(args, &optionError);
    const bool stamp = action == RunAction::Stamp;
    if (options) {
        options->force = args.flag(QStringLiteral("--force"));
        if (!stamp) {  // stamp runs nothing: no step to check, no backup to rely on
            options->stepChecks = !args.flag(QStringLiteral("--no-step-checks"));
            options->backupFile = args.value(QStringLiteral("--backup")).value_or(QString());
        }
    }
    const auto guard =
        stamp ? std::optional<GuardOptions>(GuardOptions{}) : guardOptions(args, &optionError);
    if (!options || !guard || !args.finish(minArgs, 1))
        return context.fail(
            usageError(optionError.isEmpty() ? args.error() : optionError, synopsis));
    options->guard = *guard;
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    MigrationRun run(spec, *options);
    run.setGateHandler([&context](const GateReport &report) { printGate(context, report); });
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    run.setPreflightHandler([&context, verbose](const PreflightReport &report) {
        if (verbose)
            printPreflight(context, report, context.options().verbosity < 1);
    });
    run.setProgressHandler([&context, verbose](const RunProgress &p) {
        if (verbose && p.statementIndex == 0)
            context.err() << CliContext::tr("[%1/%2] %3 %4…")
                                 .arg(p.migrationIndex)
                                 .arg(p.migrationCount)
                                 .arg(p.version, p.title)
                          << Qt::endl;
    });
    run.setStallHandler(stallPrinter(context));
    const QString target = args.positionals().value(0);
    const InterruptGuard interrupt([&run] { run.cancel(); });
    const auto result = action == RunAction::Upgrade ? run.upgrade(catalog, target)
        : action == RunAction::Downgrade             ? run.downgrade(catalog, target)
                                                     : run.stamp(catalog, target);
    return printRunReport(context, result,
                          stamp                              ? QStringLiteral("stamp")
                              : action == RunAction::Upgrade ? QStringLiteral("upgrade")
                                                             : QStringLiteral("downgrade"));
}
}  // namespace

int runUpgrade(CliContext &context)
{
    return runMigration(
        context, RunAction::Upgrade, 0,
        CliContext::tr(
            "Usage: upgrade [TARGET] [--single-transaction] [--accept-drift] [--out-of-order] [--allow-missing] [--override-preflight REASON] [--lock-timeout MS] [--lock-retries N] [--lock-retry-timeout MS] [--max-app-wait MS] [--max-replica-lag MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON] [--no-step-checks] [--backup FILE]"));
}

int runDowngrade(CliContext &context)
{
    return runMigration(
        context, RunAction::Downgrade, 1,
        CliContext::tr(
            "Usage: downgrade TARGET|base [--override-preflight REASON] [--lock-timeout MS] [--lock-retries N] [--lock-retry-timeout MS] [--max-app-wait MS] [--max-replica-lag MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON] [--no-step-checks] [--backup FILE]"));
}

int runStamp(CliContext &context)
{
    return runMigration(context, RunAction::Stamp, 1,
                        CliContext::tr("Usage: stamp TARGET|base [--force]"));
}

int runSql(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const bool down = args.flag(QStringLiteral("--down"));
    QString optionError;
    auto options = runOptions(args, &optionError);
    if (!options || !args.finish(down ? 1 : 0, 1))
        return context.fail(
            usageError(optionError.isEmpty() ? args.error() : optionError,
                       CliContext::tr("Usage: sql [TARGET] | sql --down TARGET|base")));
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    auto inspection = usecase::inspect(spec, catalog, options->language,
                                       options->historySchema);  // read-only: creates nothing
    if (!inspection)
        return context.fail(inspection.error());
    auto plan =
        usecase::plan(inspection.value(), catalog, down ? RunAction::Downgrade : RunAction::Upgrade,
                      args.positionals().value(0));
    if (!plan)
        return context.fail(plan.error());
    if (plan->steps.isEmpty()) {
        context.err() << CliContext::tr(
                             "Nothing to do for this target: the database is at version %1.")
                             .arg(inspection->status.currentVersion.isEmpty()
                                      ? QStringLiteral("base")
                                      : inspection->status.currentVersion)
                      << Qt::endl;
        return 0;
    }
    if (!down
        && !inspection->status.outOfOrderVersions
                .isEmpty())  // what upgrade would refuse, said before the script
        context.err()
            << CliContext::tr(
                   "Note: %1 older than the current version %2; upgrade refuses it without --out-of-order.")
                   .arg(inspection->status.outOfOrderVersions.join(QLatin1String(", ")),
                        inspection->status.currentVersion)
            << Qt::endl;
    context.out() << plan->sqlScript(options->historySchema, options->lockTimeoutMs,
                                     options->statementTimeoutMs, options->language);
    context.out().flush();
    return 0;
}

}  // namespace mathakine::cli
