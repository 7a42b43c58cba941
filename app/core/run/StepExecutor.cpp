#include "run/StepExecutor.h"

#include "connection/CancelToken.h"
#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "run/PlanTables.h"
#include "run/RunRecorder.h"
#include "run/StallGuard.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

#include <algorithm>

namespace mathakine {

namespace {
const MigrationSection &sectionOf(const PlanStep &step)
{
    return step.up ? step.migration.up : step.migration.down;
}

AppError canceledByOperator()
{
    return AppError{.message = StepExecutor::tr("Canceled by the operator."),
                    .sqlState = QStringLiteral("57014"),
                    .kind = ErrorKind::Canceled};
}

QString hintFor(const AppError &cause, const QString &blockers)
{
    switch (cause.kind) {
    case ErrorKind::LockTimeout:
        return blockers.isEmpty()
            ? StepExecutor::tr(
                "Another session held a lock on a table this migration changes; retry when it has ended (--lock-timeout sets the wait).")
            : StepExecutor::tr(
                  "Sessions holding locks on the tables it changes:\n%1\nRetry when they have ended, or end them with pg_terminate_backend(pid).")
                  .arg(blockers);
    case ErrorKind::ObjectExists:
        return StepExecutor::tr(
            "The database already has this object: if it matches the migration, adopt it with stamp; otherwise compare with diff.");
    case ErrorKind::DuplicateData:
        return StepExecutor::tr(
            "Existing rows break a unique rule this migration adds: find and fix the duplicate values named above, then run it again.");
    case ErrorKind::Permission:
        return StepExecutor::tr(
            "The database user lacks a privilege: GRANT it (or run as the tables' owner) and retry; preflight lists the GRANTs.");
    case ErrorKind::StatementTimeout:
        return StepExecutor::tr(
            "The statement ran longer than the statement timeout (--statement-timeout).");
    case ErrorKind::ConnectionLost:
        return StepExecutor::tr(
            "The connection to the server was lost (restart or terminated session); check the server, then run status.");
    default:
        return {};
    }
}
}  // namespace

StepExecutor::StepExecutor(const DatabaseSession &session, const RunOptions &options,
                           const CancelToken &cancel, RunRecorder &recorder, History &history)
    : m_session(session), m_options(options), m_cancel(cancel), m_recorder(recorder),
      m_history(history)
{}

Outcome<StepReport> StepExecutor::run(const PlanStep &step, int index, int count)
{
    const Migration &m = step.migration;
    const int statementCount = static_cast<int>(sectionOf(step).statements.size());
    if (m_progress)
        m_progress(
            {index, count, 0, statementCount, m.version, m.displayTitle(m_options.language)});
    if (m_guard)
        m_guard->beginStep(m.version);
    log::info(tr("%1 %2 %3 (%n statement(s))", nullptr, statementCount)
                  .arg(step.up ? tr("Applying") : tr("Reverting"), m.version,
                       m.displayTitle(m_options.language)));
    return m.transactional ? runWithLockRetries(step, index, count)
                           : runAutocommit(step, index, count);
}

int StepExecutor::lockRetriesOf(const Migration &m) const
{
    if (m_outer)
        return 0;  // one transaction for the whole run: a retry would redo the earlier steps
    return m_options.lockRetries >= 0 ? m_options.lockRetries : m.lockRetries;
}

// Full jitter over an exponential ceiling (AWS Architecture Blog, "Exponential Backoff And
// Jitter"): sessions retrying at once spread out; at most 10 s between attempts.
int StepExecutor::backoffMs(int attempt) const
{
    const qint64 ceiling = std::min<qint64>(
        10000, qint64(std::max(m_options.lockRetryTimeoutMs, 50)) << std::min(attempt - 1, 16));
    return static_cast<int>(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

Outcome<StepReport> StepExecutor::runWithLockRetries(const PlanStep &step, int index, int count)
{
    const int retries = lockRetriesOf(step.migration);
    for (m_attempt = 1;; ++m_attempt) {
        m_mayRetry = m_attempt <= retries;
        m_lockTimedOut = false;
        auto report = runTransactional(step, index, count);
        if (report || !m_lockTimedOut)
            return report;
        const int waitMs = backoffMs(m_attempt);
        if (m_retryCause == ErrorKind::ApplicationBlocked)
            log::warn(
                tr("%1: attempt %2 of %3 kept the application waiting %4 ms; rolled back, next attempt in %5 ms.")
                    .arg(step.migration.version)
                    .arg(m_attempt)
                    .arg(retries + 1)
                    .arg(m_guard->maxAppWaitMs())
                    .arg(waitMs));
        else
            log::warn(
                tr("%1: attempt %2 of %3 found a table locked for %4 ms; rolled back, next attempt in %5 ms.")
                    .arg(step.migration.version)
                    .arg(m_attempt)
                    .arg(retries + 1)
                    .arg(m_options.lockRetryTimeoutMs)
                    .arg(waitMs));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < waitMs && !m_cancel.isCanceled())
            QThread::msleep(
                static_cast<unsigned long>(std::clamp<qint64>(waitMs - waited.elapsed(), 1, 20)));
        if (m_cancel.isCanceled()) {
            return fail(step, 0, 0, canceledByOperator());
        }
        if (m_guard)
            m_guard->reset();
    }
}

// The stall guard's verdict: once it tripped, no statement of the step may run or commit.
std::optional<AppError> StepExecutor::guardTrip() const
{
    if (!m_guard)
        return std::nullopt;
    if (auto session = m_guard->tripped())
        return m_guard->blockedError(*session);
    return std::nullopt;
}

Status StepExecutor::runStatement(const PlanStep &step, int j, int index, int count)
{
    const Migration &m = step.migration;
    const QList<SqlStatement> &statements = sectionOf(step).statements;
    if (m_progress)
        m_progress({index, count, j + 1, static_cast<int>(statements.size()), m.version,
                    m.displayTitle(m_options.language)});
    if (m_cancel.isCanceled())
        return canceledByOperator();
    if (auto blocked = guardTrip())
        return *blocked;
    QElapsedTimer timer;
    timer.start();
    auto done = m_session.run(statements.at(j).sql);
    if (!done) {
        if (auto blocked = guardTrip(); blocked && !m_cancel.isCanceled())
            return *blocked;
        AppError error = done.error();
        error.kind = errorKindOf(error.sqlState, m_cancel.isCanceled());
        if (error.kind == ErrorKind::Other && !m_session.database().isOpen())
            error.kind = ErrorKind::ConnectionLost;
        return error;
    }
    log::info(tr("  %1 statement %2/%3 (line %4): %5 ms")
                  .arg(m.version)
                  .arg(j + 1)
                  .arg(statements.size())
                  .arg(statements.at(j).line)
                  .arg(timer.elapsed()));
    return keepRunLimits(statements.at(j), m);
}

// A session-level SET, RESET (ALL) or DISCARD in a migration would lift the run's limits for
// every statement after it, the tool's own included: they are set again at once.
Status StepExecutor::keepRunLimits(const SqlStatement &statement, const Migration &m)
{
    const QString kind = statement.kind();
    const bool sessionSetting =
        (kind == QLatin1String("VariableSetStmt")
         && !statement.tree.value(kind).toObject().value(QLatin1String("is_local")).toBool())
        || kind == QLatin1String("DiscardStmt");
    if (!sessionSetting)
        return {};
    log::warn(
        tr("%1:%2 changes session settings; the run's lock_timeout (%3 ms) and statement_timeout (%4 ms) are set again.")
            .arg(m.fileName)
            .arg(statement.line)
            .arg(m_options.lockTimeoutMs)
            .arg(m_options.statementTimeoutMs));
    return m_session.setTimeouts(m_options.lockTimeoutMs, m_options.statementTimeoutMs);
}

Outcome<StepReport> StepExecutor::runTransactional(const PlanStep &step, int index, int count)
{
    const int statementCount = static_cast<int>(sectionOf(step).statements.size());
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_session.database();
    if (!m_outer && !db.transaction())
        return fail(step, 0, 0,
                    AppError{.detail = db.lastError().text(), .kind = ErrorKind::ConnectionLost});
    if (lockRetriesOf(step.migration) > 0) {
        if (auto set = m_session.run(
                QStringLiteral("SET LOCAL lock_timeout = %1").arg(m_options.lockRetryTimeoutMs));
            !set) {
            db.rollback();
            return fail(step, 0, 0, set.error());
        }
    }
    // Before the first statement takes a lock: from there to COMMIT the application may wait,
    // so the bookkeeping is then one prepared statement.
    const HistoryAfter after = historyAfter(step);
    bool alembicPresent = m_alembicPresent;
    if (Status s = prepareRecord(step, after.revision, alembicPresent); !s) {
        db.rollback();
        return fail(step, 0, 0, s.error(), Stage::Bookkeeping);
    }
    for (int j = 0; j < statementCount; ++j) {
        if (Status s = runStatement(step, j, index, count); !s) {
            db.rollback();
            const ErrorKind kind = s.error().kind;
            if ((kind == ErrorKind::LockTimeout || kind == ErrorKind::ApplicationBlocked)
                && m_mayRetry) {
                m_lockTimedOut = true;
                m_retryCause = kind;
                return s.error();
            }
            return fail(step, j + 1, 0, s.error());
        }
    }
    Status recorded = record(step, timer.elapsed(), after, alembicPresent);
    if (auto blocked = guardTrip()) {  // the guard tripped during the bookkeeping: nothing commits
        db.rollback();
        if (m_mayRetry) {
            m_lockTimedOut = true;
            m_retryCause = ErrorKind::ApplicationBlocked;
            return *blocked;
        }
        return fail(step, statementCount, 0, *blocked);
    }
    if (!recorded) {
        db.rollback();
        return fail(step, statementCount, 0, recorded.error(), Stage::Bookkeeping);
    }
    if (!m_outer && !db.commit()) {
        AppError cause{.detail = db.lastError().text(),
                       .sqlState = db.lastError().nativeErrorCode()};
        cause.kind = errorKindOf(cause.sqlState);
        return fail(step, statementCount, 0, cause);
    }
    m_alembicPresent =
        alembicPresent;  // only once committed: a rolled-back attempt may have created it
    return StepReport{step.migration.version,
                      step.migration.displayTitle(m_options.language),
                      step.up,
                      statementCount,
                      timer.elapsed(),
                      m_attempt,
                      m_guard ? m_guard->longestWaitMs() : 0,
                      {}};
}

Outcome<StepReport> StepExecutor::runAutocommit(const PlanStep &step, int index, int count)
{
    const Migration &m = step.migration;
    const int statementCount = static_cast<int>(sectionOf(step).statements.size());
    QElapsedTimer timer;
    timer.start();
    HistoryStore history(m_session, m_options.historySchema);
    if (Status s = history.recordRunning(m, !step.up, statementCount); !s)
        return fail(step, 0, 0, s.error());
    for (int j = 0; j < statementCount; ++j) {
        if (Status s = runStatement(step, j, index, count); !s)
            return fail(step, j + 1, j, s.error());
        if (Status s = history.recordProgress(m.version, j + 1); !s)
            return fail(step, j + 1, j + 1, s.error());
    }
    if (Status s = checkIndexesValid(step); !s)
        return fail(step, statementCount, statementCount, s.error());
    QSqlDatabase db = m_session.database();
    if (!db.transaction())
        return fail(step, statementCount, statementCount,
                    AppError{.detail = db.lastError().text(), .kind = ErrorKind::ConnectionLost});
    const HistoryAfter after = historyAfter(step);
    bool alembicPresent = m_alembicPresent;
    Status s = prepareRecord(step, after.revision, alembicPresent);
    if (s)
        s = record(step, timer.elapsed(), after, alembicPresent);
    if (!s || !db.commit()) {
        db.rollback();
        return fail(step, statementCount, statementCount,
                    s ? AppError{.detail = db.lastError().text()} : s.error(), Stage::Bookkeeping);
    }
    m_alembicPresent = alembicPresent;
    return StepReport{
        m.version, m.displayTitle(m_options.language),     step.up, statementCount, timer.elapsed(),
        1,         m_guard ? m_guard->longestWaitMs() : 0, {}};
}

// The history after this step, built without copying it in the usual case (an upgrade appends
// its row), so that a run stays linear in the number of migrations.
StepExecutor::HistoryAfter StepExecutor::historyAfter(const PlanStep &step) const
{
    const Migration &m = step.migration;
    const qint64 version = m.version.toLongLong();
    HistoryAfter after;
    after.appends = step.up
        && (m_history.rows.isEmpty() || m_history.rows.constLast().version.toLongLong() < version);
    if (after.appends) {
        after.revision = m.revision.isEmpty() ? m_history.alembicRevision() : m.revision;
        return after;
    }
    after.changed = m_history;
    after.changed.rows.removeIf(
        [&](const AppliedMigration &row) { return row.version.toLongLong() == version; });
    if (step.up) {
        const auto at = std::find_if(
            after.changed.rows.begin(), after.changed.rows.end(),
            [&](const AppliedMigration &r) { return r.version.toLongLong() > version; });
        after.changed.rows.insert(at, AppliedMigration{m.version, m.title, m.checksum, m.revision});
    }
    after.revision = after.changed.alembicRevision();
    return after;
}

// In the step's transaction, before its statements: public.alembic_version created if the
// revision needs it, and record()'s statement prepared — no PREPARE while locks are held.
Status StepExecutor::prepareRecord(const PlanStep &step, const QString &revision,
                                   bool &alembicPresent)
{
    const HistoryStore history(m_session, m_options.historySchema);
    auto present = history.ensureAlembicVersion(revision, alembicPresent);
    if (!present)
        return present.error();
    alembicPresent = present.value();
    return m_session.prepare(history.recordStepSql(step.up, alembicPresent));
}

// In the step's transaction: history row, public.alembic_version, audit row — one statement.
Status StepExecutor::record(const PlanStep &step, qint64 durationMs, const HistoryAfter &after,
                            bool alembicPresent)
{
    const Migration &m = step.migration;
    // The stall guard's longest application wait so far, for whoever reads the audit later.
    const QString details = m_guard
        ? QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("longestAppWaitMs"),
                                                       m_guard->longestWaitMs()}})
                                .toJson(QJsonDocument::Compact))
        : QString();
    const StepRecord done{step.up,
                          durationMs,
                          m.transactional ? m_attempt : 1,
                          after.revision,
                          {step.up ? QStringLiteral("upgrade") : QStringLiteral("downgrade"),
                           m.version, true, durationMs, details}};
    if (Status s =
            HistoryStore(m_session, m_options.historySchema).recordStep(m, done, alembicPresent);
        !s)
        return s;
    if (after.appends)
        m_history.rows << AppliedMigration{m.version, m.title, m.checksum, m.revision};
    else
        m_history = after.changed;
    return {};
}

Status StepExecutor::checkIndexesValid(const PlanStep &step)
{
    MigrationPlan single;
    single.steps << step;
    auto invalid = PlanTables::invalidIndexes(m_session, single);
    if (!invalid)
        return invalid.error();
    if (invalid->isEmpty())
        return {};
    return AppError{
        .message =
            tr("Index %1 is INVALID: the build did not finish (often duplicate values under a unique index); it enforces nothing and the planner ignores it.")
                .arg(invalid->join(QLatin1String(", "))),
        .hint = tr("Fix the cause, DROP INDEX CONCURRENTLY %1; then run the migration again.")
                    .arg(invalid->constFirst()),
        .kind = ErrorKind::InvalidIndex};
}

AppError StepExecutor::stepError(const PlanStep &step, int statementIndex, AppError cause,
                                 int statementsDone, Stage stage) const
{
    const Migration &m = step.migration;
    const QList<SqlStatement> &statements = sectionOf(step).statements;
    AppError error = cause;
    error.exitCode = ExitCode::MigrationFailed;
    error.file = m.filePath;
    if (statementIndex > 0 && statementIndex <= statements.size())
        error.line = statements.at(statementIndex - 1).line;
    error.detail = cause.detail.trimmed();
    const QString title = m.displayTitle(m_options.language);
    const int n = static_cast<int>(statements.size());
    if (stage == Stage::Bookkeeping)
        error.message =
            tr("Migration %1 (%2): its statements ran, but recording it in the tool's history failed.")
                .arg(m.version, title);
    else if (cause.kind == ErrorKind::Canceled)
        error.message = tr("Migration %1 was canceled at statement %2 of %3.")
                            .arg(m.version)
                            .arg(statementIndex)
                            .arg(n);
    else if (cause.kind == ErrorKind::InvalidIndex)
        error.message = tr("Migration %1 (%2) failed: %3").arg(m.version, title, cause.message);
    else if (cause.kind == ErrorKind::ApplicationBlocked)
        error.message = tr("Migration %1 (%2) stopped at statement %3 of %4: %5")
                            .arg(m.version, title)
                            .arg(statementIndex)
                            .arg(n)
                            .arg(cause.message);
    else
        error.message = tr("Migration %1 (%2) failed at statement %3 of %4.")
                            .arg(m.version, title)
                            .arg(statementIndex)
                            .arg(n);
    if ((cause.kind == ErrorKind::LockTimeout || cause.kind == ErrorKind::ApplicationBlocked)
        && m.transactional && m_attempt > 1)
        error.message += QLatin1Char(' ')
            + tr("It gave up after %n attempt(s), each waiting at most %1 ms for its locks.",
                 nullptr, m_attempt)
                  .arg(m_options.lockRetryTimeoutMs);
    if (m_outer)
        error.message +=
            QLatin1Char(' ')
            + tr(
                "The whole run was rolled back (--single-transaction): none of its migrations is applied.");
    else if (m.transactional)
        error.message += QLatin1Char(' ') + tr("It was rolled back; the history is unchanged.");
    else
        error.message +=
            QLatin1Char(' ')
            + tr(
                "%n statement(s) before it took effect (non-transactional migration); the history records it as failed.",
                nullptr, statementsDone);
    if (error.hint.isEmpty()) {
        QString blockers;
        if (cause.kind == ErrorKind::LockTimeout) {
            MigrationPlan single;
            single.steps << step;
            blockers = PlanTables::holders(m_session, single).join(QLatin1Char('\n'));
        }
        error.hint = hintFor(cause, blockers);
    }
    return error;
}

AppError StepExecutor::fail(const PlanStep &step, int statementIndex, int statementsDone,
                            const AppError &cause, Stage stage)
{
    const AppError error = stepError(step, statementIndex, cause, statementsDone, stage);
    log::error(error.fullText());
    const Migration &m = step.migration;
    const bool canceled = cause.kind == ErrorKind::Canceled;
    m_recorder.attach(&m_session);
    Status written = m_recorder.write([&](const HistoryStore &history) -> Status {
        if (!m.transactional) {
            if (Status s = history.recordFailed(m, !step.up, statementIndex, statementsDone, error);
                !s)
                return s;
            if (!step.up) {  // it is no longer applied: public.alembic_version follows the history
                History without = m_history;
                without.rows.removeIf([&](const AppliedMigration &row) {
                    return row.version.toLongLong() == m.version.toLongLong();
                });
                if (Status s = history.syncAlembicVersion(without.alembicRevision()); !s)
                    return s;
            }
        }
        return history.audit({canceled ? QStringLiteral("cancel") : QStringLiteral("failure"),
                              m.version, false, 0,
                              error.located() + QLatin1Char('\n') + error.detail});
    });
    if (written)
        return error;
    AppError unrecorded = error;
    unrecorded.hint += QLatin1Char('\n')
        + tr("The failure could not be written to the audit log: %1").arg(written.error().message);
    log::error(unrecorded.hint);
    return unrecorded;
}

}  // namespace mathakine
