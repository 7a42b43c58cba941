#include "CheckText.h"
#include "CommandArgs.h"
#include "Commands.h"

#include "ReportRenderer.h"
#include "common/Translations.h"
#include "validate/ReportArchive.h"
#include "validate/ReportJson.h"
#include "validate/ResultText.h"
#include "validate/ValidationJob.h"

#include <QDir>
#include <QFile>

namespace mathakine::cli {

namespace {

AppError usage(const QString &message)
{
    return usageError(
        message,
        CliContext::tr(
            "Usage: validate [--pdf FILE] [--json FILE] [--plan FILE] [--runs N] [--warmup N] [--no-benchmark]"));
}

void printSummary(QTextStream &out, const ValidationReport &report, bool verbose)
{
    const ValidationResult &r = report.result;
    out << CliContext::tr("Validation of %1 (PostgreSQL %2)")
               .arg(report.target, report.serverVersion)
        << "\n";
    for (const CheckResult &c : r.checks) {
        if (c.status == CheckStatus::Pass && !verbose)
            continue;
        out << "  [" << CheckText::statusName(c.status) << "] " << c.message << "\n";
    }
    if (!r.benchmarks.isEmpty())
        out << CliContext::tr("Benchmark (client side; server side from EXPLAIN ANALYZE):") << "\n";
    for (const QueryBenchmarkResult &b : r.benchmarks) {
        if (!b.error.isEmpty()) {
            out << "  " << b.title << ": " << b.error.section(QLatin1Char('\n'), 0, 0) << "\n";
            continue;
        }
        const auto ms = [](double v) { return ResultText::measure(v, QStringLiteral("ms")); };
        out << "  " << b.title << "\n      "
            << CliContext::tr(
                   "p50 %1  p95 %2  p99 %3  max %4  mean %5  | server p50 %6  p95 %7  | budget %8")
                   .arg(ms(b.client.p50), ms(b.client.p95), ms(b.client.p99), ms(b.client.max),
                        ms(b.client.mean), ms(b.server.p50), ms(b.server.p95), ms(b.budgetMs))
            << "\n";
    }
    out << CliContext::tr("Verdict: %1 — %2, in %3.")
               .arg(CheckText::verdict(report), ResultText::counts(r),
                    ResultText::measure(static_cast<double>(r.durationMs) / 1000.0,
                                        QStringLiteral("s")))
        << "\n";
    if (!r.queriesWithoutData().isEmpty())
        out << CheckText::verdictExplanation(report) << "\n";
}

std::optional<int> number(CommandArgs &args, const QString &name, int minimum, QString *error)
{
    const auto value = args.value(name);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok || n < minimum)
        *error = CliContext::tr("%1: \"%2\" is not a whole number of at least %3.")
                     .arg(name, *value)
                     .arg(minimum);
    return n;
}

}  // namespace

bool needsGuiApplication(const GlobalOptions &options)
{
    return options.command == QLatin1String("validate")
        && std::any_of(
               options.commandArgs.begin(), options.commandArgs.end(), [](const QString &a) {
                   return a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf="));
               });
}

int runValidate(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const auto pdf = args.value(QStringLiteral("--pdf"));
    const auto json = args.value(QStringLiteral("--json"));
    const auto planPath = args.value(QStringLiteral("--plan"));
    QString numberError;
    const auto runs = number(args, QStringLiteral("--runs"), 1, &numberError);
    const auto warmup = number(args, QStringLiteral("--warmup"), 0, &numberError);
    const bool noBenchmark = args.flag(QStringLiteral("--no-benchmark"));
    if (!args.finish(0, 0) || !numberError.isEmpty())
        return context.fail(usage(numberError.isEmpty() ? args.error() : numberError));

    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    ValidationJob job({spec.value(),
                       context.migrationsDir(),
                       planPath.value_or(QString()),
                       {runs.value_or(0), warmup.value_or(-1), !noBenchmark,
                        QStringLiteral("mathakine_admin"), Translations::current()}});
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    job.setProgressHandler([&context, verbose](const ValidationProgress &p) {
        if (verbose)
            context.err() << QStringLiteral("[%1/%2] ").arg(p.step).arg(p.stepCount) << p.label
                          << "…" << Qt::endl;
    });
    auto run = job.run();
    if (!run)
        return context.fail(run.error());
    const ValidationReport &report = run->report;
    QStringList archived = run->archived;
    if (json) {
        QFile file(*json);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(ReportJson::toBytes(report)) < 0)
            return context.fail({.exitCode = ExitCode::Failed,
                                 .message = CliContext::tr("Cannot write %1.").arg(*json),
                                 .detail = file.errorString(),
                                 .file = *json});
    }
    if (pdf) {
        if (Status written = context.reportRenderer().writePdf(report, *pdf); !written)
            return context.fail(written.error());
        // Same archive name as the JSON already filed: adds the PDF beside it.
        if (auto withPdf = ReportArchive::store(report, *pdf))
            archived = withPdf.value();
        else
            run->warnings << withPdf.error().message;
    }
    if (context.options().json) {
        context.printJson(ReportJson::toJson(report));
    } else {
        printSummary(context.out(), report, context.options().verbosity > 0);
        if (pdf || json)
            context.out() << CliContext::tr("Report: %1")
                                 .arg(QStringList{pdf.value_or(QString()), json.value_or(QString())}
                                          .join(QLatin1Char(' '))
                                          .trimmed())
                          << "\n";
        if (!archived.isEmpty())
            context.out() << CliContext::tr("Archived: %1").arg(archived.join(QLatin1String(", ")))
                          << "\n";
        context.out().flush();
    }
    for (const QString &warning : run->warnings)
        context.err() << CliContext::tr("warning: %1").arg(warning) << Qt::endl;
    return toInt(report.passed() ? ExitCode::Ok : ExitCode::Failed);
}

}  // namespace mathakine::cli
