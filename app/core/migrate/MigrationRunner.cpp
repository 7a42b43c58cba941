#include "migrate/MigrationRunner.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "migrate/CreatedObjects.h"
#include "migrate/HistoryStore.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace mathakine {

namespace {

// A session holding the migration lock (released on every exit path), with the history
// and status read once the lock was taken.
struct LockedRun {
    std::unique_ptr<DatabaseSession> session;
    QList<AppliedMigration> history;
    MigrationStatus status;
    ~LockedRun()
    {
        if (session)
            MigrationLock::release(*session);
    }
};

Outcome<std::unique_ptr<LockedRun>> lockAndLoad(const ConnectionSpec &spec, const QString &purpose,
                                                const MigrationCatalog &catalog, const MigrationRunner::Options &options)
{
    auto opened = DatabaseSession::open(spec, purpose);
    if (!opened)
        return opened.error();
    auto run = std::make_unique<LockedRun>();
    auto acquired = MigrationLock::tryAcquire(*opened.value());
    if (!acquired)
        return acquired.error();
    if (!acquired.value())
        return MigrationLock::lockedError(MigrationLock::holder(*opened.value()));
    run->session = std::move(opened.value());
    HistoryStore history(*run->session, options.historySchema);
    if (Status s = history.ensure(); !s)
        return s.error();
    auto rows = history.load();
    if (!rows)
        return rows.error();
    run->history = rows.value();
    run->status = MigrationStatus::compute(catalog, run->history, options.language);
    return run;
}

bool sessionAlive(const DatabaseSession &session)
{
    return session.scalar(QStringLiteral("SELECT 1")).ok();
}

QString hintFor(const QString &serverText)
{
    if (serverText.contains(QLatin1String("lock timeout")))
        return MigrationRunner::tr("Another session holds a lock on a table this migration alters; find it in pg_stat_activity / pg_locks, or retry when traffic is lower.");
    if (serverText.contains(QLatin1String("already exists")))
        return MigrationRunner::tr("The database already has this object: if it matches the migration, adopt it with stamp; otherwise compare with diff.");
    if (serverText.contains(QLatin1String("permission denied")) || serverText.contains(QLatin1String("must be owner")))
        return MigrationRunner::tr("The database user lacks a privilege: GRANT it (or run as the tables' owner) and retry.");
    if (serverText.contains(QLatin1String("statement timeout")))
        return MigrationRunner::tr("The statement ran longer than the statement timeout (--statement-timeout).");
    return {};
}

} // namespace

MigrationRunner::MigrationRunner(ConnectionSpec spec, Options options)
    : m_spec(std::move(spec)), m_options(std::move(options))
{
}

MigrationRunner::~MigrationRunner()
{
    std::lock_guard lock(m_cancelMutex);
    if (m_cancelHandle)
        PQfreeCancel(static_cast<PGcancel *>(m_cancelHandle));
}

void MigrationRunner::armCancel(const DatabaseSession &session)
{
    const QVariant handle = session.database().driver()->handle();
    PGconn *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    std::lock_guard lock(m_cancelMutex);
    if (m_cancelHandle)
        PQfreeCancel(static_cast<PGcancel *>(m_cancelHandle));
    m_cancelHandle = conn ? PQgetCancel(conn) : nullptr;
}

void MigrationRunner::cancel()
{
    m_cancelRequested = true;
    std::lock_guard lock(m_cancelMutex);
    if (m_cancelHandle) {
        char message[256] = {};
        // PQcancel is meant to be called from another thread than the connection's.
        PQcancel(static_cast<PGcancel *>(m_cancelHandle), message, sizeof(message));
    }
    log::warn(QStringLiteral("cancel requested"));
}

Outcome<RunReport> MigrationRunner::upgrade(const MigrationCatalog &catalog, const QString &target)
{
    return runPlanned(catalog, [&](const MigrationStatus &status) { return MigrationPlan::forUpgrade(catalog, status, target); });
}

Outcome<RunReport> MigrationRunner::downgrade(const MigrationCatalog &catalog, const QString &target)
{
    return runPlanned(catalog, [&](const MigrationStatus &status) { return MigrationPlan::forDowngrade(catalog, status, target); });
}

Status MigrationRunner::checkDrift(const DatabaseSession &session, const MigrationStatus &status, const MigrationCatalog &catalog)
{
    if (status.driftedVersions.isEmpty())
        return {};
    if (!m_options.acceptDrift) {
        AppError error;
        error.exitCode = ExitCode::Failed;
        error.message = tr("Applied migrations were edited since they ran: %1.").arg(status.driftedVersions.join(QLatin1String(", ")));
        error.hint = tr("Restore the files as they were applied, or re-run with --accept-drift to record the new checksums (audited).");
        return error;
    }
    HistoryStore history(session, m_options.historySchema);
    for (const QString &version : status.driftedVersions) {
        const Migration *m = catalog.find(version);
        if (Status s = history.updateChecksum(version, m->checksum); !s)
            return s;
        history.audit({QStringLiteral("accept-drift"), version, true, 0,
                       QStringLiteral("checksum now %1").arg(m->checksum)});
        log::warn(QStringLiteral("drift of %1 accepted; checksum updated").arg(version));
    }
    return {};
}

Outcome<RunReport> MigrationRunner::runPlanned(const MigrationCatalog &catalog, const Planner &planner)
{
    QElapsedTimer total;
    total.start();
    m_catalog = &catalog;
    auto locked = lockAndLoad(m_spec, QStringLiteral("migrate"), catalog, m_options);
    if (!locked)
        return locked.error();
    const DatabaseSession &session = *locked.value()->session;
    const MigrationStatus &status = locked.value()->status;
    auto plan = planner(status);
    if (!plan)
        return plan.error();
    if (plan->upgrade) {
        if (Status s = checkDrift(session, status, catalog); !s)
            return s.error();
    }
    m_appliedVersions.clear();
    for (const AppliedMigration &row : locked.value()->history) {
        if (row.state == QLatin1String("applied"))
            m_appliedVersions << row.version;
    }

    armCancel(session);
    RunReport report;
    const int count = static_cast<int>(plan->steps.size());
    for (int i = 0; i < count; ++i) {
        auto step = runStep(session, plan->steps.at(i), i + 1, count);
        if (!step)
            return step.error();
        report.steps << step.value();
    }
    report.totalMs = total.elapsed();
    log::info(QStringLiteral("%1 finished: %2 migration(s) in %3 ms")
                  .arg(plan->upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade"))
                  .arg(count).arg(report.totalMs));
    return report;
}

Outcome<StepReport> MigrationRunner::runStep(const DatabaseSession &session, const PlanStep &step, int index, int count)
{
    const Migration &m = step.migration;
    const MigrationSection &section = step.up ? m.up : m.down;
    const int statementCount = static_cast<int>(section.statements.size());
    if (m_progress)
        m_progress({index, count, 0, statementCount, m.version, m.displayTitle(m_options.language)});
    log::info(QStringLiteral("%1 %2 %3 (%4 statements, %5)")
                  .arg(step.up ? QStringLiteral("applying") : QStringLiteral("reverting"), m.version, m.title)
                  .arg(statementCount)
                  .arg(m.transactional ? QStringLiteral("one transaction") : QStringLiteral("non-transactional")));
    QElapsedTimer timer;
    timer.start();
    const QString scope = m.transactional ? QStringLiteral("SET LOCAL ") : QStringLiteral("SET ");
    if (m.transactional && !session.database().transaction())
        return stepError(step, 0, session.database().lastError().text());
    for (const QString &setting : {scope + QStringLiteral("lock_timeout = %1").arg(m_options.lockTimeoutMs),
                                   scope + QStringLiteral("statement_timeout = %1").arg(m_options.statementTimeoutMs)}) {
        if (auto done = session.run(setting); !done) {
            session.database().rollback();
            return stepError(step, 0, done.error().detail);
        }
    }
    for (int j = 0; j < statementCount; ++j) {
        const SqlStatement &statement = section.statements.at(j);
        if (m_progress)
            m_progress({index, count, j + 1, statementCount, m.version, m.displayTitle(m_options.language)});
        QElapsedTimer statementTimer;
        statementTimer.start();
        auto done = m_cancelRequested ? Outcome<QSqlQuery>(AppError{ExitCode::MigrationFailed, {}, QStringLiteral("canceling statement due to user request"), {}, {}, 0, 0})
                                      : session.run(statement.sql);
        if (!done) {
            if (m.transactional)
                session.database().rollback();
            const AppError error = stepError(step, j + 1, done.error().detail);
            recordFailure(session, step, j + 1, error);
            return error;
        }
        log::info(QStringLiteral("  %1 statement %2/%3 (line %4): %5 ms")
                      .arg(m.version).arg(j + 1).arg(statementCount).arg(statement.line).arg(statementTimer.elapsed()));
    }
    if (Status s = finishStep(session, step, timer.elapsed()); !s) {
        if (m.transactional)
            session.database().rollback();
        const AppError error = stepError(step, statementCount, s.error().detail);
        recordFailure(session, step, statementCount, error);
        return error;
    }
    if (m.transactional && !session.database().commit()) {
        const AppError error = stepError(step, statementCount, session.database().lastError().text());
        recordFailure(session, step, statementCount, error);
        return error;
    }
    if (!m.transactional) {
        session.run(QStringLiteral("RESET lock_timeout"));
        session.run(QStringLiteral("RESET statement_timeout"));
    }
    return StepReport{m.version, m.displayTitle(m_options.language), step.up, statementCount, timer.elapsed()};
}

Status MigrationRunner::finishStep(const DatabaseSession &session, const PlanStep &step, qint64 durationMs)
{
    const Migration &m = step.migration;
    HistoryStore history(session, m_options.historySchema);
    if (step.up) {
        if (Status s = history.recordApplied(m, durationMs, QStringLiteral("run")); !s)
            return s;
        m_appliedVersions << m.version;
    } else {
        if (Status s = history.forget(m.version); !s)
            return s;
        m_appliedVersions.removeIf([&](const QString &v) { return v.toLongLong() == m.version.toLongLong(); });
    }
    if (Status s = history.syncAlembicVersion(newestRevision()); !s)
        return s;
    return history.audit({step.up ? QStringLiteral("upgrade") : QStringLiteral("downgrade"), m.version, true, durationMs, {}});
}

QString MigrationRunner::newestRevision() const
{
    QString revision;
    for (const Migration &m : m_catalog->migrations) {
        const bool applied = std::any_of(m_appliedVersions.begin(), m_appliedVersions.end(),
                                         [&](const QString &v) { return v.toLongLong() == m.version.toLongLong(); });
        if (applied && !m.revision.isEmpty())
            revision = m.revision;
    }
    return revision;
}

AppError MigrationRunner::stepError(const PlanStep &step, int statementIndex, const QString &serverText) const
{
    const Migration &m = step.migration;
    const MigrationSection &section = step.up ? m.up : m.down;
    AppError error;
    error.exitCode = ExitCode::MigrationFailed;
    error.file = m.filePath;
    error.detail = serverText.trimmed();
    const bool canceled = serverText.contains(QLatin1String("canceling statement due to user request"));
    if (statementIndex > 0 && statementIndex <= section.statements.size())
        error.line = section.statements.at(statementIndex - 1).line;
    if (canceled)
        error.message = tr("Migration %1 was canceled at statement %2 of %3.").arg(m.version).arg(statementIndex).arg(section.statements.size());
    else
        error.message = tr("Migration %1 (%2) failed at statement %3 of %4.").arg(m.version, m.displayTitle(m_options.language)).arg(statementIndex).arg(section.statements.size());
    if (m.transactional)
        error.message += QLatin1Char(' ') + tr("It was rolled back; the history is unchanged.");
    else
        error.message += QLatin1Char(' ') + tr("Statements before it took effect (non-transactional migration).");
    error.hint = hintFor(serverText);
    return error;
}

void MigrationRunner::recordFailure(const DatabaseSession &session, const PlanStep &step, int statementIndex, const AppError &error)
{
    log::error(error.fullText());
    // A killed connection cannot write the audit row: use a fresh one.
    std::unique_ptr<DatabaseSession> fresh;
    const DatabaseSession *target = &session;
    if (!sessionAlive(session)) {
        auto reopened = DatabaseSession::open(m_spec, QStringLiteral("audit"));
        if (!reopened)
            return;
        fresh = std::move(reopened.value());
        target = fresh.get();
    }
    HistoryStore history(*target, m_options.historySchema);
    if (!step.migration.transactional && step.up)
        history.recordFailed(step.migration, statementIndex, error.detail);
    history.audit({m_cancelRequested ? QStringLiteral("cancel") : QStringLiteral("failure"), step.migration.version, false, 0,
                   error.located() + QLatin1Char('\n') + error.detail});
}

Outcome<RunReport> MigrationRunner::stamp(const MigrationCatalog &catalog, const QString &target, bool force)
{
    m_catalog = &catalog;
    const auto targetIndex = catalog.resolveTarget(target);
    if (!targetIndex || target.isEmpty())
        return unknownTargetError(target);
    auto locked = lockAndLoad(m_spec, QStringLiteral("stamp"), catalog, m_options);
    if (!locked)
        return locked.error();
    const DatabaseSession &session = *locked.value()->session;
    const MigrationStatus &status = locked.value()->status;
    HistoryStore history(session, m_options.historySchema);

    QStringList missing;
    QList<const Migration *> toRecord;
    for (int i = 0; i <= *targetIndex; ++i) {
        const Migration &m = catalog.migrations.at(i);
        const bool applied = std::any_of(status.entries.begin(), status.entries.end(), [&](const MigrationStatusEntry &e) {
            return e.version == m.version && e.state == MigrationState::Applied;
        });
        if (applied)
            continue;
        toRecord << &m;
        for (const CreatedObject &object : CreatedObjects::of(m)) {
            if (!CreatedObjects::exists(session, object))
                missing << QStringLiteral("%1 (%2)").arg(object.describe(), m.version);
        }
    }
    if (!missing.isEmpty() && !force) {
        AppError error;
        error.exitCode = ExitCode::Failed;
        error.message = tr("The database lacks %n object(s) that these migrations create; stamping would record a schema it does not have.", nullptr, static_cast<int>(missing.size()));
        error.detail = missing.join(QLatin1Char('\n'));
        error.hint = tr("Apply the migrations instead, or use --force if you are sure (audited).");
        return error;
    }

    RunReport report;
    if (!session.database().transaction())
        return AppError{ExitCode::Failed, tr("Cannot start a transaction."), session.database().lastError().text(), {}, {}, 0, 0};
    m_appliedVersions.clear();
    for (const AppliedMigration &row : locked.value()->history) {
        if (row.state == QLatin1String("applied") && row.version.toLongLong() <= catalog.migrations.at(*targetIndex).version.toLongLong())
            m_appliedVersions << row.version;
        else if (row.version.toLongLong() > (*targetIndex >= 0 ? catalog.migrations.at(*targetIndex).version.toLongLong() : -1))
            history.forget(row.version);
    }
    for (const Migration *m : toRecord) {
        if (Status s = history.recordApplied(*m, 0, QStringLiteral("stamp")); !s) {
            session.database().rollback();
            return s.error();
        }
        m_appliedVersions << m->version;
        report.steps << StepReport{m->version, m->displayTitle(m_options.language), true, 0, 0};
    }
    history.syncAlembicVersion(newestRevision());
    history.audit({QStringLiteral("stamp"), *targetIndex >= 0 ? catalog.migrations.at(*targetIndex).version : QStringLiteral("base"), true, 0,
                   force && !missing.isEmpty() ? QStringLiteral("forced; missing: ") + missing.join(QLatin1String(", ")) : QString()});
    if (!session.database().commit())
        return AppError{ExitCode::Failed, tr("Cannot commit the stamp."), session.database().lastError().text(), {}, {}, 0, 0};
    return report;
}

} // namespace mathakine
