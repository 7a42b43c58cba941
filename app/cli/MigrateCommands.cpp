#include "Commands.h"
#include "InterruptGuard.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"

namespace mathakine::cli {

namespace {
// upgrade / downgrade / stamp share everything but the runner call. Upgrade and downgrade
// go through the production gate and maintenance mode (GuardedMigration) after pre-flight.
template<typename Run>
int runMigration(CliContext &context, int minArgs, const QString &action, const QString &synopsis, Run run)
{
    CommandArgs args(context.options().commandArgs);
    QString optionError;
    auto options = runnerOptions(args, &optionError);
    const bool force = args.flag(QStringLiteral("--force"));
    const bool guarded = action != QLatin1String("stamp");
    const auto guard = guarded ? guardOptions(args, &optionError) : std::optional<GuardOptions>(GuardOptions{});
    if (!options || !guard || !args.finish(minArgs, 1))
        return context.fail(usageError(optionError.isEmpty() ? args.error() : optionError, synopsis));
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    GuardedMigration migration(spec, *options, *guard);
    MigrationRunner &runner = migration.runner();
    migration.setGateHandler([&context](const GateReport &report) { printGate(context, report); });
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    runner.setProgressHandler([&context, verbose](const RunProgress &p) {
        if (verbose && p.statementIndex == 0)
            context.err() << CliContext::tr("[%1/%2] %3 %4…").arg(p.migrationIndex).arg(p.migrationCount).arg(p.version, p.title) << Qt::endl;
    });
    const QString target = args.positionals().value(0);
    if (guarded)
        preflightBeforeRun(context, spec, catalog, *options, target, action == QLatin1String("upgrade"));
    const InterruptGuard interrupt([&migration] { migration.cancel(); });
    const auto result = run(migration, catalog, target, force);
    return printRunReport(context, result, action);
}
} // namespace

int runUpgrade(CliContext &context)
{
    return runMigration(context, 0, QStringLiteral("upgrade"),
                        CliContext::tr("Usage: upgrade [TARGET] [--accept-drift] [--lock-timeout MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON]"),
                        [](GuardedMigration &m, const MigrationCatalog &c, const QString &t, bool) { return m.upgrade(c, t); });
}

int runDowngrade(CliContext &context)
{
    return runMigration(context, 1, QStringLiteral("downgrade"),
                        CliContext::tr("Usage: downgrade TARGET|base [--lock-timeout MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON]"),
                        [](GuardedMigration &m, const MigrationCatalog &c, const QString &t, bool) { return m.downgrade(c, t); });
}

int runStamp(CliContext &context)
{
    return runMigration(context, 1, QStringLiteral("stamp"), CliContext::tr("Usage: stamp TARGET|base [--force]"),
                        [](GuardedMigration &m, const MigrationCatalog &c, const QString &t, bool force) { return m.runner().stamp(c, t, force); });
}

int runSql(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const bool down = args.flag(QStringLiteral("--down"));
    QString optionError;
    auto options = runnerOptions(args, &optionError);
    if (!options || !args.finish(down ? 1 : 0, 1))
        return context.fail(usageError(optionError.isEmpty() ? args.error() : optionError,
                                       CliContext::tr("Usage: sql [TARGET] | sql --down TARGET|base")));
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    auto session = DatabaseSession::open(spec, QStringLiteral("dry-run"));
    if (!session)
        return context.fail(session.error());
    auto history = HistoryStore(*session.value(), options->historySchema).load();  // read-only: creates nothing
    if (!history)
        return context.fail(history.error());
    const MigrationStatus status = MigrationStatus::compute(catalog, history.value(), options->language);
    const QString target = args.positionals().value(0);
    auto plan = down ? MigrationPlan::forDowngrade(catalog, status, target) : MigrationPlan::forUpgrade(catalog, status, target);
    if (!plan)
        return context.fail(plan.error());
    if (plan->steps.isEmpty()) {
        context.err() << CliContext::tr("Nothing to do: the database is already at the target.") << Qt::endl;
        return 0;
    }
    context.out() << plan->sqlScript(options->historySchema, options->lockTimeoutMs, options->statementTimeoutMs, options->language);
    context.out().flush();
    return 0;
}

} // namespace mathakine::cli
