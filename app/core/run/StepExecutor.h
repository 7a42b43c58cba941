#pragma once

#include "migrate/HistoryStore.h"
#include "migrate/MigrationPlan.h"
#include "run/RunTypes.h"

#include <functional>
#include <optional>

namespace mathakine {

class CancelToken;
class DatabaseSession;
class RunRecorder;
class StallGuard;

// Runs one step of a plan on the session that holds the migration lock.
//
// Transactional migration: its statements, its history row, public.alembic_version and its
// audit row commit together or not at all. Between its first statement (its first lock) and
// COMMIT the tool sends nothing else but one bookkeeping statement, prepared beforehand.
// Non-transactional: the history row says "running" first and counts each statement as it commits,
// so a failure — or a killed process — leaves the truth: failed at statement k, with k-1 statements
// in effect. Before a non-transactional step is recorded applied, every index on the tables it
// touched must be valid (a failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind;
// PostgreSQL docs, "Building Indexes Concurrently").
//
// Lock retries (--lock-retries, header lock_retries): a transactional step then waits at most
// lockRetryTimeoutMs for each lock (SET LOCAL lock_timeout), so the application is never
// queued behind its lock request longer than that; on a lock timeout (55P03) it rolls back,
// sleeps a jittered exponential backoff (cancellable) and starts again, up to N more times.
class StepExecutor {
    Q_DECLARE_TR_FUNCTIONS(StepExecutor)

public:
    using ProgressHandler = std::function<void(const RunProgress &)>;

    StepExecutor(const DatabaseSession &session, const RunOptions &options,
                 const CancelToken &cancel, RunRecorder &recorder, History &history);
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // The caller holds one transaction around every step (--single-transaction): steps
    // neither begin nor commit, and a failure rolls the whole run back.
    void setOuterTransaction(bool outer) { m_outer = outer; }
    // The stall guard watching this session (StallGuard.h), or null: a statement it trips on
    // fails with ErrorKind::ApplicationBlocked, and a step with lock retries is retried.
    void setStallGuard(StallGuard *guard) { m_guard = guard; }

    // Runs the step (index and count 1-based, for progress). Errors: exit 4 with the kind of
    // the server's SQLSTATE, the file and line of the statement, and the state it left; after
    // the last lock retry, ErrorKind::LockTimeout naming the number of attempts.
    Outcome<StepReport> run(const PlanStep &step, int index, int count);

private:
    Outcome<StepReport> runWithLockRetries(const PlanStep &step, int index, int count);
    Outcome<StepReport> runTransactional(const PlanStep &step, int index, int count);
    int lockRetriesOf(const Migration &m) const;
    int backoffMs(int attempt) const;
    Outcome<StepReport> runAutocommit(const PlanStep &step, int index, int count);
    Status runStatement(const PlanStep &step, int j, int index, int count);
    // The history once the step is recorded, and the Alembic revision it gives.
    struct HistoryAfter {
        bool appends = false;  // an upgrade past the newest row: m_history just grows
        History changed;       // otherwise, the whole history after the step
        QString revision;
    };
    HistoryAfter historyAfter(const PlanStep &step) const;
    Status prepareRecord(const PlanStep &step, const QString &revision, bool &alembicPresent);
    Status record(const PlanStep &step, qint64 durationMs, const HistoryAfter &after,
                  bool alembicPresent);
    Status keepRunLimits(const SqlStatement &statement, const Migration &m);
    Status checkIndexesValid(const PlanStep &step);
    std::optional<AppError> guardTrip() const;
    // Where a step failed: in a statement of the file, or in the tool's own history afterwards.
    enum class Stage { Statements, Bookkeeping };
    AppError stepError(const PlanStep &step, int statementIndex, AppError cause, int statementsDone,
                       Stage stage) const;
    AppError fail(const PlanStep &step, int statementIndex, int statementsDone,
                  const AppError &cause, Stage stage = Stage::Statements);

    const DatabaseSession &m_session;
    const RunOptions &m_options;
    const CancelToken &m_cancel;
    RunRecorder &m_recorder;
    History &m_history;  // kept in step with the database during the run
    ProgressHandler m_progress;
    bool m_outer = false;
    bool m_alembicPresent = false;  // public.alembic_version seen or created during this run
    int m_attempt = 1;              // of the transactional step running (lock retries)
    bool m_mayRetry = false;        // a lock timeout of this attempt is retried, not a failure
    bool m_lockTimedOut = false;    // this attempt ended in a lock timeout to retry
    ErrorKind m_retryCause = ErrorKind::LockTimeout;  // why the last attempt is retried
    StallGuard *m_guard = nullptr;
};

}  // namespace mathakine
