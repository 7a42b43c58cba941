#include "validate/BenchmarkRunner.h"

#include "connection/CancelToken.h"
#include "validate/PgExecutor.h"
#include "validate/PlanInspector.h"
#include "validate/ResultText.h"
#include "validate/SqlParameters.h"

namespace mathakine {

BenchmarkRunner::BenchmarkRunner(const PgExecutor &executor, const CancelToken &cancel,
                                 int warmupRuns, int runs, int serverRuns)
    : m_executor(executor), m_cancel(cancel), m_warmupRuns(warmupRuns), m_runs(qMax(1, runs)),
      m_serverRuns(serverRuns < 0 ? m_runs : serverRuns)
{}

QueryBenchmarkResult BenchmarkRunner::run(const BenchmarkQuery &query, double budgetMs,
                                          const QString &language) const
{
    QueryBenchmarkResult result;
    result.id = query.id;
    result.title = query.displayTitle(language);
    result.sql = query.sql;
    result.budgetMs = budgetMs;
    result.critical = query.severity == Severity::Critical;
    result.expectedIndexes = query.expectedIndexes;

    const PgResult begun = m_executor.exec(QStringLiteral("BEGIN TRANSACTION READ ONLY"));
    QHash<QString, QString> values;
    if (!begun.ok) {
        result.error = begun.message;
    } else if (resolveParameters(query, values, result)) {
        auto bound = SqlParameters::bind(query.sql, values);
        if (bound)
            measure(bound->sql, bound->values, result);
        else
            result.error = bound.error().message;
    }
    m_executor.exec(QStringLiteral("ROLLBACK"));
    return result;
}

bool BenchmarkRunner::resolveParameters(const BenchmarkQuery &query,
                                        QHash<QString, QString> &values,
                                        QueryBenchmarkResult &result) const
{
    for (const auto &[name, sql] : query.parameters) {
        const PgResult picked = m_executor.exec(sql);
        if (!picked.ok) {
            result.error =
                tr("Choosing the value of parameter %1 failed: %2").arg(name, picked.message);
            return false;
        }
        values.insert(name, picked.value());  // no row: NULL (an empty table)
        if (picked.value().isNull())
            result.emptyParameters << name;
        result.parameters << QStringLiteral("%1 = %2").arg(
            name, picked.value().isNull() ? QStringLiteral("NULL") : picked.value());
    }
    return true;
}

void BenchmarkRunner::measure(const QString &sql, const QStringList &values,
                              QueryBenchmarkResult &result) const
{
    for (int i = 0; i < m_warmupRuns; ++i) {
        const PgResult warm = m_executor.exec(sql, values);
        if (!warm.ok) {
            result.error = warm.message;
            return;
        }
    }
    const PgResult explained =
        m_executor.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ") + sql, values);
    if (!explained.ok) {
        result.error = explained.message;
        return;
    }
    const PlanSummary plan = PlanInspector::inspect(explained.value().toUtf8());
    result.usedIndexes = plan.indexes;
    result.planExcerpt = plan.outline;

    QList<double> client;
    QList<double> server;
    for (int i = 0; i < m_runs && !m_cancel.isCanceled(); ++i) {
        const PgResult timed = m_executor.exec(sql, values);
        if (!timed.ok) {
            result.error = timed.message;
            return;
        }
        client << static_cast<double>(timed.elapsedNs) / 1e6;
    }
    // TIMING OFF: the per-node clock reads of ANALYZE would inflate the figure.
    const QString serverSql = QStringLiteral("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ") + sql;
    for (int i = 0; i < m_serverRuns && !m_cancel.isCanceled(); ++i) {
        const PgResult timed = m_executor.exec(serverSql, values);
        if (!timed.ok) {
            result.error = timed.message;
            return;
        }
        const PlanSummary s = PlanInspector::inspect(timed.value().toUtf8());
        server << s.planningMs + s.executionMs;
    }
    if (m_cancel.isCanceled())
        result.error = tr("Canceled.");
    result.client = LatencyStats::of(client);
    result.server = LatencyStats::of(server);
}

QList<CheckResult> BenchmarkRunner::checks(const QueryBenchmarkResult &r)
{
    QList<CheckResult> list;
    CheckResult p95;
    p95.family = CheckFamily::Performance;
    p95.id = QStringLiteral("p95:") + r.id;
    p95.subject = r.title;
    p95.unit = QStringLiteral("ms");
    p95.threshold = r.budgetMs;
    p95.critical = r.critical;
    const CheckStatus breach = r.critical ? CheckStatus::Fail : CheckStatus::Warning;
    if (!r.error.isEmpty()) {
        p95.status = breach;
        p95.message = tr("%1: the query failed.").arg(r.title);
        p95.detail = r.error;
        list << p95;
        return list;
    }
    p95.measured = r.client.p95;
    if (r.ranOnNoData()) {
        // Timings of a query that found nothing to read say nothing: neither a pass nor a breach.
        p95.status = CheckStatus::Warning;
        p95.critical = false;
        p95.message =
            tr("%1: no data to measure: %2 found no row (empty tables), so the query read nothing. "
               "Seed a test database (mathakine-admin seed) and validate again.")
                .arg(r.title, r.emptyParameters.join(QLatin1String(", ")));
        list << p95;
        return list;  // an index check on empty tables would only report the planner's shortcut
    }
    p95.status = r.client.p95 <= r.budgetMs ? CheckStatus::Pass : breach;
    p95.message = tr("%1: p95 %2 over %n run(s) (budget %3).", nullptr, r.client.count)
                      .arg(r.title, ResultText::measure(r.client.p95, p95.unit),
                           ResultText::measure(r.budgetMs, p95.unit));
    list << p95;
    if (r.expectedIndexes.isEmpty())
        return list;
    CheckResult index;
    index.family = CheckFamily::Performance;
    index.id = QStringLiteral("index-use:") + r.id;
    index.subject = r.title;
    index.critical = false;
    const bool used =
        std::any_of(r.expectedIndexes.begin(), r.expectedIndexes.end(),
                    [&](const QString &name) { return r.usedIndexes.contains(name); });
    index.status = used ? CheckStatus::Pass : CheckStatus::Warning;
    const QString expected = r.expectedIndexes.join(tr(" or "));
    index.message = used
        ? tr("%1: the plan uses %2.").arg(r.title, r.usedIndexes.join(QLatin1String(", ")))
        : r.usedIndexes.isEmpty()
        ? tr("%1: the plan does not use %2; it uses no index.").arg(r.title, expected)
        : tr("%1: the plan does not use %2 (it uses %3).")
              .arg(r.title, expected, r.usedIndexes.join(QLatin1String(", ")));
    index.detail = r.planExcerpt;
    list << index;
    return list;
}

CheckStatus BenchmarkRunner::status(const QueryBenchmarkResult &result)
{
    return ValidationResult::worst(checks(result));
}

}  // namespace mathakine
