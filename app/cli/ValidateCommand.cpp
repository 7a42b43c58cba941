#include "CommandArgs.h"
#include "Commands.h"

#include "PdfReportWriter.h"
#include "migrate/MigrationCatalog.h"
#include "ops/ValidationRecords.h"
#include "validate/ReportArchive.h"
#include "validate/ReportBuilder.h"
#include "validate/ReportJson.h"
#include "validate/SchemaDiffChecks.h"
#include "validate/ValidationPlanReader.h"
#include "validate/Validator.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace mathakine::cli {

namespace {

AppError usage(const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = message;
    error.hint = CliContext::tr("Usage: validate [--pdf FILE] [--json FILE] [--plan FILE] [--runs N] [--warmup N] [--no-benchmark]");
    return error;
}

QString reportLanguage()
{
    // Translations::install has set the default locale to the chosen language.
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void printSummary(QTextStream &out, const ValidationReport &report, bool verbose)
{
    const ValidationResult &r = report.result;
    out << CliContext::tr("Validation of %1 (PostgreSQL %2)").arg(report.target, report.serverVersion) << "\n";
    for (const CheckResult &c : r.checks) {
        if (c.status == CheckStatus::Pass && !verbose)
            continue;
        out << "  [" << ValidationResult::statusName(c.status) << "] " << c.message << "\n";
    }
    if (!r.benchmarks.isEmpty())
        out << CliContext::tr("Benchmark (client side; server side from EXPLAIN ANALYZE):") << "\n";
    for (const QueryBenchmarkResult &b : r.benchmarks) {
        if (!b.error.isEmpty()) {
            out << "  " << b.title << ": " << b.error.section(QLatin1Char('\n'), 0, 0) << "\n";
            continue;
        }
        const auto ms = [](double v) { return ValidationResult::formatMeasure(v, QStringLiteral("ms")); };
        out << "  " << b.title << "\n      "
            << CliContext::tr("p50 %1  p95 %2  p99 %3  max %4  mean %5  | server p50 %6  p95 %7  | budget %8")
                   .arg(ms(b.client.p50), ms(b.client.p95), ms(b.client.p99), ms(b.client.max), ms(b.client.mean),
                        ms(b.server.p50), ms(b.server.p95), ms(b.budgetMs))
            << "\n";
    }
    out << CliContext::tr("Verdict: %1 — %2 passed, %3 warning(s), %4 failed, in %5.")
               .arg(report.verdictText()).arg(r.count(CheckStatus::Pass)).arg(r.count(CheckStatus::Warning)).arg(r.count(CheckStatus::Fail))
               .arg(ValidationResult::formatMeasure(static_cast<double>(r.durationMs) / 1000.0, QStringLiteral("s")))
        << "\n";
}

std::optional<int> number(CommandArgs &args, const QString &name, int minimum, QString *error)
{
    const auto value = args.value(name);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok || n < minimum)
        *error = CliContext::tr("%1: \"%2\" is not a whole number of at least %3.").arg(name, *value).arg(minimum);
    return n;
}

// The production gate asks whether this migration set passed a validation on a test profile.
void recordForTheGate(CliContext &context, const ConnectionProfile &profile, const MigrationCatalogLoader::Result &catalog,
                      const ValidationReport &report)
{
    if (!catalog.ok())
        return;
    double worstP95 = 0;
    for (const QueryBenchmarkResult &b : report.result.benchmarks)
        worstP95 = qMax(worstP95, b.client.p95);
    const QString summary = QStringLiteral("%1 checks, %2 failed, %3 warnings; worst p95 %4 ms")
                                .arg(report.result.checks.size()).arg(report.result.count(CheckStatus::Fail))
                                .arg(report.result.count(CheckStatus::Warning)).arg(worstP95, 0, 'f', 1);
    if (Status s = ValidationRecords().recordValidation(profile, catalog.catalog, report.migrationVersion, report.passed(), summary); !s)
        context.err() << CliContext::tr("warning: %1").arg(s.error().message) << Qt::endl;
}

} // namespace

bool needsGuiApplication(const GlobalOptions &options)
{
    return options.command == QLatin1String("validate")
           && std::any_of(options.commandArgs.begin(), options.commandArgs.end(),
                          [](const QString &a) { return a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf=")); });
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

    const QString migrations = context.migrationsDir();
    auto plan = ValidationPlanReader::load(planPath.value_or(QDir(migrations).filePath(ValidationPlanReader::defaultFileName())));
    if (!plan)
        return context.fail(plan.error());
    // The catalog only adds titles and the head version: a broken folder does not stop a validation.
    const auto catalog = MigrationCatalogLoader::load(migrations);
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());

    const QString language = reportLanguage();
    Validator validator(spec.value(), plan.value(), {runs.value_or(0), warmup.value_or(-1), !noBenchmark, QStringLiteral("mathakine_admin"), language});
    validator.addCheckProvider(std::make_shared<SchemaDiffChecks>(migrations));
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    validator.setProgressHandler([&context, verbose](const ValidationProgress &p) {
        if (verbose)
            context.err() << QStringLiteral("[%1/%2] ").arg(p.step).arg(p.stepCount) << p.label << "…" << Qt::endl;
    });
    auto result = validator.run();
    if (!result)
        return context.fail(result.error());
    auto report = ReportBuilder::build({spec.value(), result.value(), catalog.ok() ? &catalog.catalog : nullptr,
                                        plan->filePath, language, QStringLiteral("mathakine_admin")});
    if (!report)
        return context.fail(report.error());

    if (json) {
        QFile file(*json);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ReportJson::toBytes(report.value())) < 0)
            return context.fail({ExitCode::Failed, CliContext::tr("Cannot write %1.").arg(*json), file.errorString(), {}, *json, 0, 0});
    }
    if (pdf) {
        auto written = PdfReportWriter::write(report.value(), *pdf);
        if (!written)
            return context.fail(written.error());
    }
    auto archived = ReportArchive::store(report.value(), pdf.value_or(QString()));
    recordForTheGate(context, spec->profile, catalog, report.value());
    if (context.options().json) {
        context.printJson(ReportJson::toJson(report.value()));
    } else {
        printSummary(context.out(), report.value(), context.options().verbosity > 0);
        if (pdf || json)
            context.out() << CliContext::tr("Report: %1").arg(QStringList{pdf.value_or(QString()), json.value_or(QString())}.join(QLatin1Char(' ')).trimmed()) << "\n";
        if (archived)
            context.out() << CliContext::tr("Archived: %1").arg(archived->join(QLatin1String(", "))) << "\n";
        context.out().flush();
    }
    if (!archived)
        context.err() << CliContext::tr("warning: %1").arg(archived.error().message) << Qt::endl;
    return toInt(report->passed() ? ExitCode::Ok : ExitCode::Failed);
}

} // namespace mathakine::cli
