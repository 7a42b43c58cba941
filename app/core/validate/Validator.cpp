#include "validate/Validator.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "rowcount/RowCountStore.h"
#include "rowcount/RowCounter.h"
#include "validate/BenchmarkRunner.h"
#include "validate/BudgetChecks.h"
#include "validate/PgExecutor.h"
#include "validate/RequiredObjectsCheck.h"
#include "validate/ResultText.h"
#include "validate/RowCountChecks.h"
#include "validate/SmokeTestRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace mathakine {

Validator::Validator(ConnectionSpec spec, ValidationPlan plan, Options options, CancelToken cancel)
    : m_spec(std::move(spec)), m_plan(std::move(plan)), m_options(std::move(options)),
      m_cancel(std::move(cancel))
{}

int Validator::stepCount() const
{
    const int benchmarks = m_options.benchmark ? static_cast<int>(m_plan.queries.size()) : 0;
    return 1 + static_cast<int>(m_providers.size()) + static_cast<int>(m_plan.smokeTests.size()) + 1
        + benchmarks + 1;
}

void Validator::report(const QString &label)
{
    ++m_step;
    log::info(QCoreApplication::translate("Journal", "validation step %1/%2: %3")
                  .arg(m_step)
                  .arg(stepCount())
                  .arg(label));
    if (m_progress)
        m_progress({m_step, stepCount(), label});
}

AppError Validator::canceledError() const
{
    AppError error;
    error.exitCode = ExitCode::Failed;
    error.message = tr("The validation was canceled; its test transactions were rolled back.");
    return error;
}

Outcome<ValidationResult> Validator::run()
{
    QElapsedTimer timer;
    timer.start();
    m_step = 0;
    ValidationResult result;
    result.startedAt = QDateTime::currentDateTimeUtc();
    auto opened = DatabaseSession::open(m_spec, QStringLiteral("validate"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    const PgExecutor executor(session);
    m_cancel.arm(session);
    // A runaway plan query must not hold the validation forever.
    executor.exec(QStringLiteral("SET statement_timeout = '120s'"));

    report(tr("Checking the required tables, columns and indexes"));
    auto required = RequiredObjectsCheck::run(session, m_plan);
    if (!required)
        return required.error();
    result.checks << required.value();

    for (const auto &provider : std::as_const(m_providers)) {
        if (m_cancel.isCanceled())
            return canceledError();
        report(provider->progressLabel());
        auto checks = provider->check(session);
        if (!checks)
            return checks.error();
        result.checks << checks.value();
    }
    if (Status s = runSmokeTests(session, executor, result); !s)
        return s.error();
    if (m_options.benchmark)
        runBenchmarks(executor, result);
    if (m_cancel.isCanceled())
        return canceledError();
    report(tr("Checking the budgets and the row counts"));
    if (Status s = runBookkeepingChecks(session, result); !s)
        return s.error();
    m_cancel.disarm();
    result.durationMs = timer.elapsed();
    result.checks << BudgetChecks::validationDuration(result.durationMs, m_plan.budgets);
    log::info(QCoreApplication::translate("Journal", "validation finished in %1 ms: %2")
                  .arg(result.durationMs)
                  .arg(ResultText::counts(result)));
    return result;
}

Status Validator::runSmokeTests(const DatabaseSession &session, const PgExecutor &executor,
                                ValidationResult &result)
{
    auto before = RowCounter::count(session, m_options.toolSchema);
    if (!before)
        return before.error();
    const SmokeTestRunner runner(executor, m_cancel, m_options.language);
    for (const SmokeTest &test : std::as_const(m_plan.smokeTests)) {
        report(tr("Smoke test: %1").arg(test.displayTitle(m_options.language)));
        result.checks << runner.run(test);
        if (m_cancel.isCanceled())
            return canceledError();
    }
    report(tr("Checking that the smoke tests left no row behind"));
    auto after = RowCounter::count(session, m_options.toolSchema);
    if (!after)
        return after.error();
    const QStringList changed = RowCounter::differences(before.value(), after.value());
    CheckResult leak;
    leak.family = CheckFamily::Smoke;
    leak.id = QStringLiteral("smoke:no-rows-left");
    leak.subject = tr("Row counts around the smoke tests");
    leak.status = changed.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
    leak.message = changed.isEmpty()
        ? tr("No test row was left behind (%n table(s) counted before and after).", nullptr,
             static_cast<int>(after->size()))
        : tr(
            "Row counts changed during the smoke tests in %n table(s) (other sessions writing, or a test row left behind).",
            nullptr, static_cast<int>(changed.size()));
    leak.detail = changed.join(QLatin1Char('\n'));
    result.checks << leak;
    return {};
}

void Validator::runBenchmarks(const PgExecutor &executor, ValidationResult &result)
{
    const int runs = m_options.runs > 0 ? m_options.runs : m_plan.runs;
    const int warmup = m_options.warmupRuns >= 0 ? m_options.warmupRuns : m_plan.warmupRuns;
    const BenchmarkRunner runner(executor, m_cancel, warmup, runs);
    for (const BenchmarkQuery &query : std::as_const(m_plan.queries)) {
        if (m_cancel.isCanceled())
            return;
        report(tr("Benchmark: %1").arg(query.displayTitle(m_options.language)));
        const double budget = query.p95BudgetMs > 0 ? query.p95BudgetMs : m_plan.budgets.p95Ms;
        const QueryBenchmarkResult timed = runner.run(query, budget, m_options.language);
        result.benchmarks << timed;
        result.checks << BenchmarkRunner::checks(timed);
    }
}

Status Validator::runBookkeepingChecks(const DatabaseSession &session, ValidationResult &result)
{
    auto history = HistoryStore(session, m_options.toolSchema).load();
    if (!history)
        return history.error();
    if (!m_plan.budgets.migrationVersions.isEmpty())
        result.checks << BudgetChecks::migrationDuration(history->rows, m_plan.budgets);
    auto run = RowCountStore(session, m_options.toolSchema).latest();
    if (!run)
        return run.error();
    result.rowCounts = run.value();
    result.checks << RowCountChecks::check(run.value(), m_plan);
    return {};
}

}  // namespace mathakine
