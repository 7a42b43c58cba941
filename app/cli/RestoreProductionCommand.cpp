#include "Commands.h"
#include "InterruptGuard.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "ops/ProductionRestore.h"

namespace mathakine::cli {

// restore-production FILE --confirm DBNAME: the last resort (ProductionRestore). Steps on
// stderr; the outcome on stdout only once the swap is committed.
int runRestoreProduction(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString synopsis = CliContext::tr("Usage: restore-production FILE --confirm DBNAME [--jobs N] [--maintenance-reason TEXT]");
    const auto confirm = args.value(QStringLiteral("--confirm"));
    const auto jobs = args.value(QStringLiteral("--jobs"));
    const auto reason = args.value(QStringLiteral("--maintenance-reason"));
    if (!args.finish(1, 1))
        return context.fail(usageError(args.error(), synopsis));
    bool jobsOk = true;
    const int jobCount = jobs ? jobs->toInt(&jobsOk) : 0;
    if (!jobsOk || jobCount < 0)
        return context.fail(usageError(CliContext::tr("--jobs: \"%1\" is not a number.").arg(*jobs), synopsis));
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    const bool chatty = !context.options().json && context.options().verbosity >= 0;

    ProductionRestoreRequest request;
    request.live = spec.value();
    request.file = args.positionals().constFirst();
    request.confirmation = confirm.value_or(QString());
    request.maintenanceReason = reason.value_or(QString());
    request.jobs = jobCount;
    ProductionRestore restore(request);
    restore.setGateHandler([&context](const GateReport &gate) { printGate(context, gate); });
    restore.setStepHandler([&context, chatty](const QString &step) {
        if (chatty)
            context.err() << step << Qt::endl;
    });
    restore.setRestoreProgressHandler([&context, chatty](const RestoreProgress &p) {
        if (chatty && p.phase == RestoreProgress::Phase::Restoring)
            context.err() << CliContext::tr("[%1/%2] %3").arg(p.tablesDone).arg(p.tablesTotal).arg(p.table) << Qt::endl;
    });
    const InterruptGuard interrupt([&restore] { restore.cancel(); });
    auto report = restore.run();
    if (!report)
        return context.fail(report.error());
    if (context.options().json) {
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("database"), report->database},
                           {QStringLiteral("previousDatabase"), report->previousDatabase}, {QStringLiteral("file"), report->file},
                           {QStringLiteral("tables"), report->restore.rowCounts.size()},
                           {QStringLiteral("sessionsTerminated"), report->sessionsTerminated},
                           {QStringLiteral("durationMs"), report->durationMs}});
        return 0;
    }
    context.out() << CliContext::tr("Database %1 restored from %2 in %3: %4 tables, row counts identical to the backup's.")
                         .arg(report->database, report->file, formatDuration(report->durationMs))
                         .arg(report->restore.rowCounts.size()) << "\n"
                  << CliContext::tr("%n session(s) terminated.", nullptr, report->sessionsTerminated) << "\n"
                  << CliContext::tr("The previous database is kept as %1; drop it once checked: DROP DATABASE %1;")
                         .arg(report->previousDatabase) << Qt::endl;
    return 0;
}

} // namespace mathakine::cli
