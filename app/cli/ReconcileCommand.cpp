#include "Commands.h"
#include "InterruptGuard.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "generate/ReconcileRun.h"

#include <QJsonArray>

namespace mathakine::cli {

namespace {
QString synopsis()
{
    return CliContext::tr(
        "Usage: reconcile [--to VERSION] [--sql] [--concurrent-from ROWS] [--lock-timeout MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON]");
}

void printReport(CliContext &context, const ReconcileReport &report)
{
    if (context.options().json) {
        QJsonObject json = report.script.toJson();
        json.insert(QStringLiteral("ok"), true);
        json.insert(QStringLiteral("recorded"), QJsonArray::fromStringList(report.recorded));
        json.insert(QStringLiteral("alembicRevision"), report.alembicRevision);
        json.insert(QStringLiteral("replacedAlembicRevision"), report.replacedAlembic);
        json.insert(QStringLiteral("totalMs"), report.totalMs);
        context.printJson(json);
        return;
    }
    QTextStream &out = context.out();
    out << report.script.text();
    for (const QString &line : report.summary())
        out << line << "\n";
    out.flush();
}
}  // namespace

int runReconcile(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const auto to = args.value(QStringLiteral("--to"));
    const bool sqlOnly = args.flag(QStringLiteral("--sql"));
    ReconcileOptions reconcile;
    QString optionError;
    if (const auto rows = args.value(QStringLiteral("--concurrent-from"))) {
        bool ok = false;
        reconcile.concurrentFromRows = rows->toLongLong(&ok);
        if (!ok || reconcile.concurrentFromRows < 1)
            optionError =
                CliContext::tr("--concurrent-from: \"%1\" is not a number of rows of at least 1.")
                    .arg(*rows);
    }
    auto options = runOptions(args, &optionError);
    const auto guard = guardOptions(args, &optionError);
    if (!optionError.isEmpty() || !options || !guard || !args.finish(0, 0))
        return context.fail(
            usageError(optionError.isEmpty() ? args.error() : optionError, synopsis()));
    options->guard = *guard;
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    ReconcileRun run(spec, *options, reconcile);
    const InterruptGuard interrupt([&run] { run.cancel(); });
    if (sqlOnly) {
        auto script = run.preview(catalog, to.value_or(QString()));
        if (!script)
            return context.fail(script.error());
        if (context.options().json)
            context.printJson(script->toJson());
        else
            context.out() << script->text();
        context.out().flush();
        return script->canRun() ? 0 : toInt(ExitCode::Failed);
    }
    run.setGateHandler([&context](const GateReport &report) { printGate(context, report); });
    const bool verbose = !context.options().json && context.options().verbosity > 0;
    run.setProgressHandler([&context, verbose](int index, int count, const QString &statement) {
        if (verbose)
            context.err() << QStringLiteral("[%1/%2] %3")
                                 .arg(index)
                                 .arg(count)
                                 .arg(statement.section(QLatin1Char('\n'), 0, 0))
                          << Qt::endl;
    });
    auto report = run.run(catalog, to.value_or(QString()), std::nullopt);
    if (!report)
        return context.fail(report.error());
    printReport(context, report.value());
    return 0;
}

}  // namespace mathakine::cli
