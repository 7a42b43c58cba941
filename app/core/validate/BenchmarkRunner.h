#pragma once

#include "validate/ValidationPlan.h"
#include "validate/ValidationResult.h"

#include <QCoreApplication>
#include <QHash>

namespace mathakine {

class CancelToken;
class PgExecutor;

// Times one plan query: parameters chosen once, warm-up runs, then N client-side round
// trips and N server-side EXPLAIN (ANALYZE, TIMING OFF) figures, plus one EXPLAIN
// (ANALYZE, BUFFERS, FORMAT JSON) for the plan's index use. Everything runs in a READ ONLY
// transaction that is rolled back, so a plan query can never write.
class BenchmarkRunner {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkRunner)

public:
    // serverRuns: EXPLAIN ANALYZE runs; -1 for as many as runs.
    BenchmarkRunner(const PgExecutor &executor, const CancelToken &cancel, int warmupRuns, int runs,
                    int serverRuns = -1);
    QueryBenchmarkResult run(const BenchmarkQuery &query, double budgetMs,
                             const QString &language) const;
    // The verdicts of a result: p95 against the budget (critical) and index use (warning).
    // A query that ran on empty tables (a parameter found no row) gets one non-critical warning
    // saying so instead (issue 17 item 7).
    static QList<CheckResult> checks(const QueryBenchmarkResult &result);
    // The one status of a query wherever it is shown (checks, EXPLAIN list, chart, PDF): the worst
    // of checks().
    static CheckStatus status(const QueryBenchmarkResult &result);

private:
    bool resolveParameters(const BenchmarkQuery &query, QHash<QString, QString> &values,
                           QueryBenchmarkResult &result) const;
    void measure(const QString &sql, const QStringList &values, QueryBenchmarkResult &result) const;

    const PgExecutor &m_executor;
    const CancelToken &m_cancel;
    int m_warmupRuns;
    int m_runs;
    int m_serverRuns;
};

}  // namespace mathakine
