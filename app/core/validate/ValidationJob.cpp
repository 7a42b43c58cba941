#include "validate/ValidationJob.h"

#include "gate/ValidationRecords.h"
#include "migrate/MigrationCatalog.h"
#include "validate/ReportArchive.h"
#include "validate/ReportBuilder.h"
#include "validate/ResultText.h"
#include "validate/SchemaDiffChecks.h"
#include "validate/ValidationPlanReader.h"

#include <QDir>

namespace mathakine {

// The gate's record: one line a reviewer can read in validations.json.
QString ValidationJob::gateSummary(const ValidationReport &report)
{
    double worstP95 = 0;
    for (const QueryBenchmarkResult &b : report.result.benchmarks)
        worstP95 = qMax(worstP95, b.client.p95);
    // In the language of the run, as every text the gate dialog shows.
    const QString counts = ResultText::counts(report.result);
    if (report.result.benchmarks.isEmpty())
        return counts;
    return tr("%1; slowest p95 %2")
        .arg(counts, ResultText::measure(worstP95, QStringLiteral("ms")));
}

ValidationJob::ValidationJob(ValidationRequest request, CancelToken cancel)
    : m_request(std::move(request)), m_cancel(std::move(cancel))
{}

QString ValidationJob::planFile() const
{
    return m_request.planFile.isEmpty()
        ? QDir(m_request.migrationsDir).filePath(ValidationPlanReader::defaultFileName())
        : m_request.planFile;
}

void ValidationJob::cancel()
{
    m_cancel.cancel();
}

Outcome<ValidationRun> ValidationJob::run()
{
    auto plan = ValidationPlanReader::load(planFile());
    if (!plan)
        return plan.error();
    // The catalog only adds titles and the head version: a broken folder does not stop a
    // validation.
    const auto catalog = MigrationCatalogLoader::load(m_request.migrationsDir);
    Validator validator(m_request.spec, plan.value(), m_request.options, m_cancel);
    validator.addCheckProvider(
        std::make_shared<SchemaDiffChecks>(m_request.migrationsDir, m_request.options.toolSchema));
    if (m_progress)
        validator.setProgressHandler(m_progress);
    auto result = validator.run();
    if (!result)
        return result.error();

    auto report = ReportBuilder::build({m_request.spec, result.value(),
                                        catalog.ok() ? &catalog.catalog : nullptr, plan->filePath,
                                        m_request.options.language, m_request.options.toolSchema});
    if (!report)
        return report.error();
    ValidationRun run{report.value(), {}, {}};
    if (auto archived = ReportArchive::store(run.report))
        run.archived = archived.value();
    else
        run.warnings << archived.error().message;
    // The production gate asks whether this migration set passed on a test profile.
    if (catalog.ok()) {
        if (Status s = ValidationRecords().recordValidation(
                m_request.spec.profile, catalog.catalog, run.report.migrationVersion,
                run.report.passed(), gateSummary(run.report));
            !s)
            run.warnings << s.error().message;
    }
    return run;
}

}  // namespace mathakine
