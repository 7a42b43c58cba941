#include "validate/ValidationJob.h"

#include "migrate/MigrationCatalog.h"
#include "gate/ValidationRecords.h"
#include "validate/ReportArchive.h"
#include "validate/ReportBuilder.h"
#include "validate/SchemaDiffChecks.h"
#include "validate/ValidationPlanReader.h"

#include <QDir>

namespace mathakine {

namespace {
// The gate's record: one line a reviewer can read in validations.json.
QString gateSummary(const ValidationReport &report)
{
    double worstP95 = 0;
    for (const QueryBenchmarkResult &b : report.result.benchmarks)
        worstP95 = qMax(worstP95, b.client.p95);
    return QStringLiteral("%1 checks, %2 failed, %3 warnings; worst p95 %4 ms")
        .arg(report.result.checks.size()).arg(report.result.count(CheckStatus::Fail))
        .arg(report.result.count(CheckStatus::Warning)).arg(worstP95, 0, 'f', 1);
}
} // namespace

ValidationJob::ValidationJob(ValidationRequest request) : m_request(std::move(request)) {}

QString ValidationJob::planFile() const
{
    return m_request.planFile.isEmpty() ? QDir(m_request.migrationsDir).filePath(ValidationPlanReader::defaultFileName())
                                        : m_request.planFile;
}

void ValidationJob::cancel()
{
    std::lock_guard lock(m_mutex);
    m_canceled = true;
    if (m_validator)
        m_validator->cancel();
}

Outcome<ValidationRun> ValidationJob::run()
{
    auto plan = ValidationPlanReader::load(planFile());
    if (!plan)
        return plan.error();
    // The catalog only adds titles and the head version: a broken folder does not stop a validation.
    const auto catalog = MigrationCatalogLoader::load(m_request.migrationsDir);
    Validator validator(m_request.spec, plan.value(), m_request.options);
    validator.addCheckProvider(std::make_shared<SchemaDiffChecks>(m_request.migrationsDir, m_request.options.toolSchema));
    if (m_progress)
        validator.setProgressHandler(m_progress);
    {
        std::lock_guard lock(m_mutex);
        m_validator = &validator;
        if (m_canceled)
            validator.cancel();
    }
    auto result = validator.run();
    {
        std::lock_guard lock(m_mutex);
        m_validator = nullptr;
    }
    if (!result)
        return result.error();

    auto report = ReportBuilder::build({m_request.spec, result.value(), catalog.ok() ? &catalog.catalog : nullptr,
                                        plan->filePath, m_request.options.language, m_request.options.toolSchema});
    if (!report)
        return report.error();
    ValidationRun run{report.value(), {}, {}};
    if (auto archived = ReportArchive::store(run.report))
        run.archived = archived.value();
    else
        run.warnings << archived.error().message;
    // The production gate asks whether this migration set passed on a test profile.
    if (catalog.ok()) {
        if (Status s = ValidationRecords().recordValidation(m_request.spec.profile, catalog.catalog, run.report.migrationVersion,
                                                            run.report.passed(), gateSummary(run.report));
            !s)
            run.warnings << s.error().message;
    }
    return run;
}

} // namespace mathakine
