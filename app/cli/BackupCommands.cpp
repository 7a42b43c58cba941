#include "Commands.h"
#include "InterruptGuard.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "backup/DatabaseClone.h"
#include "connection/ConnectionUrl.h"
#include "ops/ProductionRestore.h"

#include <QJsonArray>
#include <QLocale>

namespace mathakine::cli {

namespace {
bool chatty(CliContext &context)
{
    return !context.options().json && context.options().verbosity >= 0;
}

void printBackupProgress(CliContext &context, const BackupProgress &p)
{
    if (!chatty(context))
        return;
    if (p.phase == BackupProgress::Phase::Dumping)
        context.err()
            << CliContext::tr("[%1/%2] %3").arg(p.tablesDone + 1).arg(p.tablesTotal).arg(p.table)
            << Qt::endl;
    else if (p.phase == BackupProgress::Phase::Verifying)
        context.err() << CliContext::tr("Verifying: pg_restore reads the whole dump back…")
                      << Qt::endl;
}

void printRecord(CliContext &context, const BackupRecord &r)
{
    qint64 rows = 0;
    for (const qint64 n : r.rowCounts)
        rows += n;
    const QLocale locale;
    context.out() << CliContext::tr("Backup written and verified: %1").arg(r.file) << "\n"
                  << "  "
                  << CliContext::tr(
                         "%1 in %2; PostgreSQL %3; migration version %4; %5 tables, %6 rows")
                         .arg(locale.formattedDataSize(r.sizeBytes), formatDuration(r.durationMs),
                              r.serverVersion,
                              r.migrationVersion.isEmpty() ? CliContext::tr("base")
                                                           : r.migrationVersion)
                         .arg(r.rowCounts.size())
                         .arg(rows)
                  << Qt::endl;
}

int listBackups(CliContext &context)
{
    auto records = BackupCatalog().load();
    if (!records)
        return context.fail(records.error());
    if (context.options().json) {
        QJsonArray list;
        for (const BackupRecord &r : records.value())
            list.append(r.toJson());
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("backups"), list}});
        return 0;
    }
    const QLocale locale;
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        context.out() << locale.toString(it->createdAt.toLocalTime(), QLocale::ShortFormat) << "  "
                      << it->target << "  " << locale.formattedDataSize(it->sizeBytes) << "  v"
                      << (it->migrationVersion.isEmpty() ? QStringLiteral("-")
                                                         : it->migrationVersion)
                      << "  " << it->file
                      << (it->fileIntact() ? QString()
                                           : CliContext::tr("  (file missing or changed)"))
                      << "\n";
    }
    context.out() << CliContext::tr("%n backup(s) in %1", nullptr,
                                    static_cast<int>(records->size()))
                         .arg(BackupCatalog().path())
                  << Qt::endl;
    return 0;
}

// --jobs N: nullopt when N is not a count.
std::optional<int> parseJobs(const std::optional<QString> &value)
{
    bool ok = true;
    const int count = value ? value->toInt(&ok) : 0;
    return ok && count >= 0 ? std::optional<int>(count) : std::nullopt;
}

void printStep(CliContext &context, const QString &step)
{
    if (chatty(context))
        context.err() << step << Qt::endl;
}

void printRestoreProgress(CliContext &context, const RestoreProgress &p)
{
    if (chatty(context) && p.phase == RestoreProgress::Phase::Restoring)
        context.err()
            << CliContext::tr("[%1/%2] %3").arg(p.tablesDone).arg(p.tablesTotal).arg(p.table)
            << Qt::endl;
}

int printRestore(CliContext &context, const RestoreReport &report)
{
    if (context.options().json) {
        QJsonArray differences;
        for (const RowCountDifference &d : report.differences)
            differences.append(QJsonObject{{QStringLiteral("table"), d.table},
                                           {QStringLiteral("expected"), d.expected},
                                           {QStringLiteral("actual"), d.actual}});
        context.printJson({{QStringLiteral("ok"), report.clean()},
                           {QStringLiteral("database"), report.database},
                           {QStringLiteral("durationMs"), report.durationMs},
                           {QStringLiteral("tables"), report.rowCounts.size()},
                           {QStringLiteral("countsRecorded"), report.countsRecorded},
                           {QStringLiteral("differences"), differences}});
        return report.clean() ? 0 : toInt(ExitCode::Failed);
    }
    QTextStream &out = context.out();
    out << CliContext::tr("Restored %1 into database %2 in %3 (%4 tables).")
               .arg(report.file, report.database, formatDuration(report.durationMs))
               .arg(report.rowCounts.size())
        << "\n";
    if (!report.countsRecorded)
        out << CliContext::tr("No row counts were recorded for this file: nothing to compare.")
            << "\n";
    else if (report.differences.isEmpty())
        out << CliContext::tr("Row counts identical to those recorded with the backup.") << "\n";
    for (const RowCountDifference &d : report.differences) {
        const QString expected =
            d.expected < 0 ? CliContext::tr("absent") : QString::number(d.expected);
        const QString actual = d.actual < 0 ? CliContext::tr("absent") : QString::number(d.actual);
        out << "  "
            << CliContext::tr("%1: %2 rows in the backup, %3 restored")
                   .arg(d.table, expected, actual)
            << "\n";
    }
    out.flush();
    return report.clean() ? 0 : toInt(ExitCode::Failed);
}
}  // namespace

int runBackup(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const auto out = args.value(QStringLiteral("--out"));
    const bool list = args.flag(QStringLiteral("--list"));
    if (!args.finish(0, 0))
        return context.fail(
            usageError(args.error(), CliContext::tr("Usage: backup [--out FILE] | backup --list")));
    if (list)
        return listBackups(context);
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    BackupJob job({spec.value(), out.value_or(QString()), {}, {}});
    job.setProgressHandler(
        [&context](const BackupProgress &p) { printBackupProgress(context, p); });
    if (chatty(context))
        context.err() << CliContext::tr("Backing up %1 to %2…")
                             .arg(spec->profile.displayTarget(), job.plannedFile())
                      << Qt::endl;
    const InterruptGuard interrupt([&job] { job.cancel(); });  // no partial file left behind
    auto record = job.run();
    if (!record)
        return context.fail(record.error());
    if (context.options().json)
        context.printJson(
            {{QStringLiteral("ok"), true}, {QStringLiteral("backup"), record->toJson()}});
    else
        printRecord(context, record.value());
    return 0;
}

int runRestore(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString synopsis =
        CliContext::tr("Usage: restore FILE --into DBNAME [--replace] [--jobs N] [--keep-owners]");
    const auto into = args.value(QStringLiteral("--into"));
    const auto jobs = args.value(QStringLiteral("--jobs"));
    const bool replace = args.flag(QStringLiteral("--replace"));
    const bool keepOwners = args.flag(QStringLiteral("--keep-owners"));
    if (!args.finish(1, 1))
        return context.fail(usageError(args.error(), synopsis));
    if (!into || into->isEmpty())
        return context.fail(usageError(CliContext::tr("restore needs --into DBNAME."), synopsis));
    const auto jobCount = parseJobs(jobs);
    if (!jobCount)
        return context.fail(
            usageError(CliContext::tr("--jobs: \"%1\" is not a number.").arg(*jobs), synopsis));
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    RestoreJob job(
        {spec.value(), args.positionals().constFirst(), *into, replace, keepOwners, *jobCount, {}});
    job.setProgressHandler(
        [&context](const RestoreProgress &p) { printRestoreProgress(context, p); });
    const InterruptGuard interrupt([&job] { job.cancel(); });
    auto report = job.run();
    if (!report)
        return context.fail(report.error());
    return printRestore(context, report.value());
}

int runClone(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString synopsis = CliContext::tr(
        "Usage: clone --into DBNAME [--target-url URL] [--profile-name NAME] [--replace]");
    const auto into = args.value(QStringLiteral("--into"));
    const auto targetUrl = args.value(QStringLiteral("--target-url"));
    const auto profileName = args.value(QStringLiteral("--profile-name"));
    const bool replace = args.flag(QStringLiteral("--replace"));
    if (!args.finish(0, 0))
        return context.fail(usageError(args.error(), synopsis));
    if (!into || into->isEmpty())
        return context.fail(usageError(CliContext::tr("clone needs --into DBNAME."), synopsis));
    auto source = context.resolveConnection();
    if (!source)
        return context.fail(source.error());
    ConnectionSpec targetServer = source.value();
    if (targetUrl) {
        auto parsed = ConnectionUrl::parse(*targetUrl);
        if (!parsed)
            return context.fail(usageError(
                CliContext::tr("--target-url: %1").arg(parsed.error().message), synopsis));
        targetServer = parsed.value();
    }
    DatabaseClone clone(
        {source.value(), targetServer, *into, profileName.value_or(QString()), replace, {}, {}});
    clone.setStepHandler([&context](const QString &step) { printStep(context, step); });
    clone.setBackupProgressHandler(
        [&context](const BackupProgress &p) { printBackupProgress(context, p); });
    const InterruptGuard interrupt([&clone] { clone.cancel(); });
    auto result = clone.run();
    if (!result)
        return context.fail(result.error());
    if (context.options().json) {
        context.printJson(
            {{QStringLiteral("ok"), result->restore.clean()},
             {QStringLiteral("backup"), result->backup.toJson()},
             {QStringLiteral("database"), result->restore.database},
             {QStringLiteral("differences"), static_cast<int>(result->restore.differences.size())},
             {QStringLiteral("profile"), result->profile.name}});
        return result->restore.clean() ? 0 : toInt(ExitCode::Failed);
    }
    printRecord(context, result->backup);
    const int code = printRestore(context, result->restore);
    context.out()
        << CliContext::tr(
               "Test profile \"%1\" points at the copy: mathakine-admin --profile \"%1\" upgrade")
               .arg(result->profile.name)
        << Qt::endl;
    return code;
}

// restore-production FILE --confirm DBNAME: the last resort (ProductionRestore). Steps on
// stderr; the outcome on stdout only once the swap is committed.
int runRestoreProduction(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString synopsis = CliContext::tr(
        "Usage: restore-production FILE --confirm DBNAME [--jobs N] [--maintenance-reason TEXT]");
    const auto confirm = args.value(QStringLiteral("--confirm"));
    const auto jobs = args.value(QStringLiteral("--jobs"));
    const auto reason = args.value(QStringLiteral("--maintenance-reason"));
    if (!args.finish(1, 1))
        return context.fail(usageError(args.error(), synopsis));
    const auto jobCount = parseJobs(jobs);
    if (!jobCount)
        return context.fail(
            usageError(CliContext::tr("--jobs: \"%1\" is not a number.").arg(*jobs), synopsis));
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());

    ProductionRestoreRequest request;
    request.live = spec.value();
    request.file = args.positionals().constFirst();
    request.confirmation = confirm.value_or(QString());
    request.maintenanceReason = reason.value_or(QString());
    request.jobs = *jobCount;
    ProductionRestore restore(request);
    restore.setGateHandler([&context](const GateReport &gate) { printGate(context, gate); });
    restore.setStepHandler([&context](const QString &step) { printStep(context, step); });
    restore.setRestoreProgressHandler(
        [&context](const RestoreProgress &p) { printRestoreProgress(context, p); });
    const InterruptGuard interrupt([&restore] { restore.cancel(); });
    auto report = restore.run();
    if (!report)
        return context.fail(report.error());
    if (context.options().json) {
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("database"), report->database},
                           {QStringLiteral("previousDatabase"), report->previousDatabase},
                           {QStringLiteral("file"), report->file},
                           {QStringLiteral("tables"), report->restore.rowCounts.size()},
                           {QStringLiteral("sessionsTerminated"), report->sessionsTerminated},
                           {QStringLiteral("durationMs"), report->durationMs}});
        return 0;
    }
    context.out()
        << CliContext::tr(
               "Database %1 restored from %2 in %3: %4 tables, row counts identical to the backup's.")
               .arg(report->database, report->file, formatDuration(report->durationMs))
               .arg(report->restore.rowCounts.size())
        << "\n"
        << CliContext::tr("%n session(s) terminated.", nullptr, report->sessionsTerminated) << "\n"
        << CliContext::tr(
               "The previous database is kept as %1; drop it once checked: DROP DATABASE %1;")
               .arg(report->previousDatabase)
        << Qt::endl;
    return 0;
}

}  // namespace mathakine::cli
