#pragma once

#include "rowcount/RowCounter.h"
#include "run/PlanTables.h"

namespace mathakine {

// Exact row counts (count(*)) of the tables a plan can change, before and after the run,
// taken on the run's own session inside the migration lock, in one REPEATABLE READ snapshot.
// A table that cannot be counted within the limits — its lock is held (SET LOCAL
// lock_timeout of at most kCountLockWaitMs), or the count outlasts the statement timeout —
// is reported as not counted (RowCounter::kNotCounted), never waited on.
class RunRowCounts {
    Q_DECLARE_TR_FUNCTIONS(RunRowCounts)

public:
    static constexpr int kCountLockWaitMs = 200;

    // tables: (schema, table). lockTimeoutMs, statementTimeoutMs: the run's limits (ms).
    // Errors: only when the snapshot itself cannot be had (connection lost, cancel).
    static Outcome<TableCounts> count(const DatabaseSession &session,
                                      const QList<PlanTables::Table> &tables, int lockTimeoutMs,
                                      int statementTimeoutMs);
};

}  // namespace mathakine
