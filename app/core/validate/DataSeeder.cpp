#include "validate/DataSeeder.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "validate/PgExecutor.h"
#include "validate/SeedStatements.h"
#include "validate/SeedWorkers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>

namespace mathakine {

namespace {

AppError seedError(const QString &message, const QString &detail = {}, const QString &hint = {})
{
    return AppError{
        .exitCode = ExitCode::Failed, .message = message, .detail = detail, .hint = hint};
}

// Per table: the rows of its chunks and the time they took, summed over the sessions.
SeedReport reportOf(const QList<SeedChunk> &chunks, const QList<SeedChunkResult> &results)
{
    SeedReport report;
    for (int t = 0; t < seedTables().size(); ++t) {
        SeedStep step{seedTables().at(t), 0, 0};
        for (const SeedChunkResult &r : results) {
            if (chunks.at(r.chunk).tableIndex == t) {
                step.rows += r.rows;
                step.durationMs += r.endMs - r.startMs;
            }
        }
        report.steps << step;
        report.totalRows += step.rows;
    }
    return report;
}

// Deletes the rows a parallel run committed (children first, per-row triggers off: the
// children go first, so no key can dangle). Returns the server's message when it failed.
QString removeRunRows(const PgExecutor &executor, const SeedPlanInput &input)
{
    executor.exec(QStringLiteral("BEGIN"));
    executor.exec(QStringLiteral("SET LOCAL session_replication_role = replica"));
    for (const SeedChunk &remove : cleanupStatements(input)) {
        if (const PgResult removed = executor.exec(remove.sql, remove.values); !removed.ok) {
            executor.exec(QStringLiteral("ROLLBACK"));
            return removed.message;
        }
    }
    const PgResult committed = executor.exec(QStringLiteral("COMMIT"));
    return committed.ok ? QString() : committed.message;
}

}  // namespace

struct DataSeeder::Plan {
    SeedPlanInput input;
    QList<QList<SeedChunk>> phases;
    bool skipKeyTriggers = false;
    int jobs = 1;
};

DataSeeder::DataSeeder(ConnectionSpec spec, SeedOptions options, CancelToken cancel)
    : m_spec(std::move(spec)), m_options(options), m_cancel(std::move(cancel))
{}

void DataSeeder::reportStarted(int tableIndex, QList<bool> &reported) const
{
    if (tableIndex < 0 || reported.value(tableIndex))
        return;
    reported[tableIndex] = true;
    if (m_progress)
        m_progress({tableIndex + 1, static_cast<int>(seedTables().size()) + 1,
                    seedTables().at(tableIndex)});
}

Outcome<SeedReport> DataSeeder::run()
{
    if (m_spec.profile.isProduction()) {
        AppError error = seedError(
            tr("Refused: profile %1 is tagged production; synthetic data is for test databases only.")
                .arg(m_spec.profile.name));
        error.exitCode = ExitCode::Usage;
        return error;
    }
    auto opened = DatabaseSession::open(m_spec, QStringLiteral("seed"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    const PgExecutor executor(session);
    const PgResult ready = executor.exec(QStringLiteral(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND ((table_name = 'users' AND column_name IN ('jedi_rank', 'total_points')) OR (table_name = 'exercises' AND column_name = 'likes_count')"
        " OR (table_name IN ('user_sessions', 'achievements', 'user_achievements', 'notifications') AND column_name = 'id'))"));
    if (!ready.ok || ready.value().toInt() != 7)
        return seedError(tr("The database lacks the Phase 1 schema the synthetic data needs."),
                         ready.message, tr("Apply the migrations first: mathakine-admin upgrade."));

    Plan plan;
    plan.input.options = m_options;
    plan.input.tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    // A role that may set session_replication_role skips the per-row foreign key triggers (two
    // thirds of the insert time) and locks the parents instead (parentLocks).
    plan.skipKeyTriggers =
        executor.exec(QStringLiteral("SELECT current_setting('is_superuser')")).value()
        == QLatin1String("on");
    const PgResult bases = executor.exec(QStringLiteral(
        "SELECT (SELECT coalesce(max(id), 0) FROM users), (SELECT coalesce(max(id), 0) FROM exercises),"
        " (SELECT coalesce(max(id), 0) FROM attempts), (SELECT coalesce(max(id), 0) FROM achievements),"
        " (SELECT coalesce(max(id), 0) FROM user_achievements), (SELECT coalesce(max(id), 0) FROM notifications),"
        " (SELECT coalesce(max(id), 0) FROM user_sessions)"));
    if (!bases.ok)
        return seedError(tr("The database lacks the Phase 1 schema the synthetic data needs."),
                         bases.message);
    for (const QString &base : bases.rows.value(0))
        plan.input.baseIds << base.toLongLong();
    const int jobs = m_options.jobs > 0 ? m_options.jobs : QThread::idealThreadCount();
    plan.jobs = plan.skipKeyTriggers ? qBound(1, jobs, kMaxSeedJobs) : 1;
    // Up to kMaxSlices per table (users: one), so a phase has several slices per session: one
    // that finishes early takes another instead of idling. More slices cost more than they balance:
    // each reads its parents' id array again (20 ms for 100,000 users).
    plan.phases = seedPhases(plan.input);

    auto seeded =
        plan.jobs > 1 ? seedInParallel(session, plan) : seedInOneTransaction(session, plan);
    if (!seeded)
        return seeded;
    SeedReport report = seeded.value();
    report.jobs = plan.jobs;
    for (const SeedStep &step : report.steps)
        log::info(QCoreApplication::translate("Journal", "seed: %1 rows into %2 in %3 ms")
                      .arg(step.rows)
                      .arg(step.table)
                      .arg(step.durationMs));
    if (m_progress)
        m_progress({static_cast<int>(seedTables().size()) + 1,
                    static_cast<int>(seedTables().size()) + 1, QStringLiteral("ANALYZE")});
    QElapsedTimer analyze;
    analyze.start();
    // Fresh statistics, or the benchmark would time plans made for empty tables.
    executor.exec(QStringLiteral(
        "ANALYZE users, exercises, attempts, achievements, user_achievements, notifications, user_sessions"));
    report.analyzeMs = analyze.elapsed();
    return report;
}

Outcome<SeedReport> DataSeeder::seedInOneTransaction(const DatabaseSession &lead, const Plan &plan)
{
    const PgExecutor executor(lead);
    m_cancel.arm(lead);
    const auto disarm = qScopeGuard([this] { m_cancel.disarm(); });
    const qint64 started = seedClockMs();
    executor.exec(QStringLiteral("BEGIN"));
    // JIT costs more than it saves on these one-pass statements; the id arrays and sorts stay in
    // memory.
    executor.exec(QStringLiteral("SET LOCAL jit = off"));
    executor.exec(QStringLiteral("SET LOCAL work_mem = '64MB'"));
    if (plan.skipKeyTriggers)
        executor.exec(QStringLiteral("SET LOCAL session_replication_role = replica"));
    QList<SeedChunk> chunks;
    QList<SeedChunkResult> results;
    QList<bool> reported(seedTables().size(), false);
    for (qsizetype p = 0; p < plan.phases.size(); ++p) {
        if (const QString lock = parentLocks().value(p); plan.skipKeyTriggers && !lock.isEmpty()) {
            if (const PgResult locked = executor.exec(lock); !locked.ok) {
                executor.exec(QStringLiteral("ROLLBACK"));
                return seedError(tr("Seeding %1 failed; nothing was kept.")
                                     .arg(seedTables().at(plan.phases.at(p).value(0).tableIndex)),
                                 locked.message);
            }
        }
        for (const SeedChunk &chunk : plan.phases.at(p)) {
            reportStarted(chunk.tableIndex, reported);
            SeedChunkResult result{static_cast<int>(chunks.size()), 0, {}, seedClockMs(), 0};
            chunks << chunk;
            const PgResult inserted =
                m_cancel.isCanceled() ? PgResult{} : runSeedChunk(executor, chunk);
            if (!inserted.ok || m_cancel.isCanceled()) {
                executor.exec(QStringLiteral("ROLLBACK"));
                return m_cancel.isCanceled()
                    ? seedError(tr("Seeding was canceled; nothing was kept."))
                    : seedError(tr("Seeding %1 failed; nothing was kept.")
                                    .arg(seedTables().at(chunk.tableIndex)),
                                inserted.message);
            }
            result.rows = inserted.affectedRows;
            result.endMs = seedClockMs();
            results << result;
        }
    }
    if (const PgResult committed = executor.exec(QStringLiteral("COMMIT")); !committed.ok)
        return seedError(tr("Seeding could not be committed."), committed.message);
    SeedReport report = reportOf(chunks, results);
    report.totalMs = seedClockMs() - started;
    return report;
}

Outcome<SeedReport> DataSeeder::seedInParallel(const DatabaseSession &lead, const Plan &plan)
{
    const PgExecutor executor(lead);
    // Session settings of every worker: see the class comment for synchronous_commit.
    const SeedWorkers workers(m_spec, plan.jobs,
                              {QStringLiteral("SET synchronous_commit = off"),
                               QStringLiteral("SET jit = off"),
                               QStringLiteral("SET work_mem = '64MB'"),
                               QStringLiteral("SET session_replication_role = replica")},
                              m_cancel);
    const qint64 started = seedClockMs();
    QList<SeedChunk> chunks;
    QList<SeedChunkResult> results;
    QList<bool> reported(seedTables().size(), false);
    // Removes what the run wrote, then returns `error` (with what could not be removed, if
    // anything).
    const auto undo = [&](AppError error) -> Outcome<SeedReport> {
        executor.exec(QStringLiteral("ROLLBACK"));  // the parents' locks, if taken
        if (const QString kept = removeRunRows(executor, plan.input); !kept.isEmpty())
            return seedError(
                tr("Seeding stopped and the rows already written could not be removed."),
                error.message + QLatin1Char('\n') + kept);
        return error;
    };
    // The lead's transaction holds the parents' locks (parentLocks) until every child is committed.
    executor.exec(QStringLiteral("BEGIN"));
    for (qsizetype p = 0; p < plan.phases.size(); ++p) {
        const QList<SeedChunk> &phase = plan.phases.at(p);
        if (const QString lock = parentLocks().value(p); !lock.isEmpty()) {
            if (const PgResult taken = executor.exec(lock); !taken.ok)
                return undo(seedError(tr("Seeding %1 failed; nothing was kept.")
                                          .arg(seedTables().at(phase.value(0).tableIndex)),
                                      taken.message));
        }
        const SeedWorkersOutcome done = m_cancel.isCanceled()
            ? SeedWorkersOutcome{.canceled = true}
            : workers.run(phase, [&](int table) { reportStarted(table, reported); });
        for (SeedChunkResult r : done.results) {
            r.chunk += static_cast<int>(chunks.size());
            results << r;
        }
        chunks << phase;
        if (done.canceled)
            return undo(seedError(tr("Seeding was canceled; nothing was kept.")));
        if (done.failed) {
            const int table = phase.value(qMax(0, done.failedChunk)).tableIndex;
            return undo(
                seedError(tr("Seeding %1 failed; nothing was kept.").arg(seedTables().value(table)),
                          done.message));
        }
    }
    if (const PgResult released = executor.exec(QStringLiteral("COMMIT")); !released.ok)
        return undo(seedError(tr("Seeding could not be committed."), released.message));
    SeedReport report = reportOf(chunks, results);
    report.totalMs = seedClockMs() - started;
    return report;
}

}  // namespace mathakine
