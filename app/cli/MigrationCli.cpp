#include "MigrationCli.h"

#include "common/Translations.h"
#include "run/StepChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace mathakine::cli {

std::optional<MigrationCatalog> loadCatalog(CliContext &context)
{
    auto result = MigrationCatalogLoader::load(context.migrationsDir());
    if (result.ok())
        return result.catalog;
    for (qsizetype i = 0; i + 1 < result.errors.size(); ++i)
        context.err() << CliContext::tr("error: %1").arg(result.errors.at(i).located()) << Qt::endl;
    context.fail(result.errors.constLast());
    return std::nullopt;
}

std::optional<CommandTarget> loadTarget(CliContext &context, int *exitCode)
{
    auto catalog = loadCatalog(context);
    if (!catalog) {
        *exitCode = toInt(ExitCode::Usage);
        return std::nullopt;
    }
    auto spec = context.resolveConnection();
    if (!spec) {
        *exitCode = context.fail(spec.error());
        return std::nullopt;
    }
    return CommandTarget{std::move(*catalog), std::move(spec.value())};
}

std::optional<RunOptions> runOptions(CommandArgs &args, QString *error)
{
    RunOptions options;
    options.language = Translations::current();  // --lang, else the preference or the system locale
    options.acceptDrift = args.flag(QStringLiteral("--accept-drift"));
    options.outOfOrder = args.flag(QStringLiteral("--out-of-order"));
    options.allowMissing = args.flag(QStringLiteral("--allow-missing"));
    options.singleTransaction = args.flag(QStringLiteral("--single-transaction"));
    if (const auto reason = args.value(QStringLiteral("--override-preflight"))) {
        if (reason->trimmed().isEmpty()) {
            *error = CliContext::tr(
                "--override-preflight needs a reason, e.g. --override-preflight \"index checked by hand\".");
            return std::nullopt;
        }
        options.preflightOverride = reason->trimmed();
    }
    if (const auto value = args.value(QStringLiteral("--lock-retries"))) {
        bool ok = false;
        options.lockRetries = value->toInt(&ok);
        if (!ok || options.lockRetries < 0
            || options.lockRetries > MigrationParser::maxLockRetries) {
            *error = CliContext::tr("--lock-retries: \"%1\" must be a whole number from 0 to %2.")
                         .arg(*value)
                         .arg(MigrationParser::maxLockRetries);
            return std::nullopt;
        }
    }
    for (const auto &[name, slot] :
         {std::pair{QStringLiteral("--lock-timeout"), &options.lockTimeoutMs},
          std::pair{QStringLiteral("--lock-retry-timeout"), &options.lockRetryTimeoutMs},
          std::pair{QStringLiteral("--max-app-wait"), &options.maxAppWaitMs},
          std::pair{QStringLiteral("--max-replica-lag"), &options.maxReplicaLagMs},
          std::pair{QStringLiteral("--statement-timeout"), &options.statementTimeoutMs}}) {
        if (const auto value = args.value(name)) {
            bool ok = false;
            *slot = value->toInt(&ok);
            if (!ok || *slot < 1) {  // 0 would mean "no limit", which a run never has
                *error =
                    CliContext::tr(
                        "%1: \"%2\" is not a number of milliseconds of at least 1 (a run always has a limit).")
                        .arg(name, *value);
                return std::nullopt;
            }
        }
    }
    return options;
}

QString formatDuration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return CliContext::tr("%1 ms").arg(locale.toString(ms));
    return CliContext::tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
}

namespace {
QJsonArray standbysJson(const StepReport &step)
{
    QJsonArray standbys;
    for (const StandbyReplay &r : step.standbys)
        standbys.append(QJsonObject{{QStringLiteral("standby"), r.standby},
                                    {QStringLiteral("replayMs"), r.replayMs},
                                    {QStringLiteral("lagBytes"), r.lagBytes}});
    return standbys;
}

// ", the application waited at most 120 ms, standbys replayed it in 40 ms": only what happened.
QString waitsText(const StepReport &step)
{
    QString text;
    if (step.longestAppWaitMs > 0)
        text += CliContext::tr(", the application waited at most %1")
                    .arg(formatDuration(step.longestAppWaitMs));
    if (!step.standbys.isEmpty()) {
        qint64 slowest = 0;
        for (const StandbyReplay &r : step.standbys)
            slowest = std::max(slowest, r.replayMs);
        text += CliContext::tr(", replayed by %n standby(s) in %1", nullptr,
                               static_cast<int>(step.standbys.size()))
                    .arg(formatDuration(slowest));
    }
    return text;
}
}  // namespace

int printRunReport(CliContext &context, const Outcome<RunReport> &report, const QString &action)
{
    if (!report)
        return context.fail(report.error());
    if (context.options().json) {
        QJsonArray steps;
        for (const StepReport &step : report->steps)
            steps.append(QJsonObject{
                {QStringLiteral("version"), step.version},
                {QStringLiteral("title"), step.title},
                {QStringLiteral("direction"),
                 step.up ? QStringLiteral("up") : QStringLiteral("down")},
                {QStringLiteral("statements"), step.statements},
                {QStringLiteral("durationMs"), step.durationMs},
                {QStringLiteral("attempts"), step.attempts},
                {QStringLiteral("longestAppWaitMs"), step.longestAppWaitMs},
                {QStringLiteral("standbys"), standbysJson(step)},
                {QStringLiteral("checks"),
                 QJsonDocument::fromJson(StepChecks::toJson(step.checks).toUtf8()).array()}});
        context.printJson(
            {{QStringLiteral("ok"), true},
             {QStringLiteral("action"), action},
             {QStringLiteral("backup"), report->backup},
             {QStringLiteral("steps"), steps},
             {QStringLiteral("totalMs"), report->totalMs},
             {QStringLiteral("notCounted"), QJsonArray::fromStringList(report->notCounted)}});
        return 0;
    }
    QTextStream &out = context.out();
    if (report->steps.isEmpty()) {
        out << CliContext::tr("Nothing to do for this target: the database is at version %1.")
                   .arg(report->version.isEmpty() ? QStringLiteral("base") : report->version)
            << Qt::endl;
        return 0;
    }
    for (const StepReport &step : report->steps) {
        const QString attempts = step.attempts > 1
            ? CliContext::tr(", %n attempt(s)", nullptr, step.attempts)
            : QString();
        out << (step.up ? "  ↑ " : "  ↓ ") << step.version << "  " << step.title << "  ("
            << formatDuration(step.durationMs) << attempts << waitsText(step) << ")\n";
        if (!step.checks.isEmpty())
            out << "      "
                << StepChecks::describe(step.checks)
                       .replace(QLatin1Char('\n'), QLatin1String("\n      "))
                << "\n";
    }
    if (!report->backup.isEmpty())
        out << CliContext::tr("Backup this run relies on: %1").arg(report->backup) << "\n";
    out << CliContext::tr("%n migration(s) done in %1.", nullptr,
                          static_cast<int>(report->steps.size()))
               .arg(formatDuration(report->totalMs))
        << Qt::endl;
    if (!report->notCounted.isEmpty())
        out << CliContext::tr(
                   "Rows not counted after the run (a lock was held or the count outlasted the timeout): %1")
                   .arg(report->notCounted.join(QLatin1String(", ")))
            << Qt::endl;
    return 0;
}

}  // namespace mathakine::cli
