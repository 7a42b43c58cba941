#include "generate/ReconcileRun.h"

#include "schema/AcceptedDifferences.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"
#include "migrate/ToolSchema.h"
#include "run/RunRecorder.h"
#include "schema/ExpectedSnapshotStore.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <algorithm>

namespace mathakine {

namespace {
const QString kAction = QStringLiteral("reconcile");

QString conflictList(const ReconcileScript &script)
{
    QStringList lines;
    for (const ReconcileConflict &c : script.conflicts) {
        lines << c.path + QStringLiteral(": ") + c.message;
        for (const QString &row : c.blocking)
            lines << QStringLiteral("    ") + row;
    }
    return lines.join(QLatin1Char('\n'));
}

// Releases the migration lock however the run ends.
struct LockRelease {
    const DatabaseSession &session;
    ~LockRelease()
    {
        if (session.database().isOpen())
            MigrationLock::release(session);
    }
};
}  // namespace

QStringList ReconcileReport::summary() const
{
    QStringList lines{
        ReconcileRun::tr("Reconciled with version %1: %n statement(s) run.", nullptr,
                         static_cast<int>(script.statements.size() + script.concurrent.size()))
            .arg(script.version)};
    if (!recorded.isEmpty())
        lines << ReconcileRun::tr("Recorded as applied by reconcile: %1.")
                     .arg(recorded.join(QLatin1String(", ")));
    if (!replacedAlembic.isEmpty())
        lines
            << ReconcileRun::tr(
                   "public.alembic_version held %1, a revision these migrations do not know; it now holds %2.")
                   .arg(replacedAlembic,
                        alembicRevision.isEmpty() ? QStringLiteral("-") : alembicRevision);
    return lines;
}

ReconcileRun::ReconcileRun(ConnectionSpec spec, RunOptions options, ReconcileOptions reconcile,
                           CancelToken cancel)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_reconcile(reconcile),
      m_cancel(std::move(cancel))
{}

ReconcileRun::~ReconcileRun() = default;

Outcome<QString> ReconcileRun::resolve(const MigrationCatalog &catalog, const QString &target) const
{
    const auto index = catalog.resolveTarget(target.isEmpty() ? QStringLiteral("head") : target);
    if (!index || *index < 0)
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("Reconcile needs a migration version to reach; \"%1\" is not one.").arg(target),
            .hint = tr("Give a version of the migrations folder, a revision id or head.")};
    return catalog.migrations.at(*index).version;
}

Outcome<ReconcileScript> ReconcileRun::planOn(const DatabaseSession &session,
                                              const MigrationCatalog &catalog,
                                              const QString &version) const
{
    auto expected =
        ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(catalog.directory)).load(version);
    if (!expected)
        return expected.error();
    return ReconcilePlanner(session, m_reconcile).plan(expected.value());
}

Outcome<ReconcileScript> ReconcileRun::preview(const MigrationCatalog &catalog,
                                               const QString &target)
{
    auto version = resolve(catalog, target);
    if (!version)
        return version.error();
    auto opened = DatabaseSession::open(m_spec, QStringLiteral("reconcile-preview"));
    if (!opened)
        return opened.error();
    m_cancel.arm(*opened.value());
    if (Status s =
            opened.value()->setTimeouts(m_options.lockTimeoutMs, m_options.statementTimeoutMs);
        !s)
        return s.error();
    auto script = planOn(*opened.value(), catalog, version.value());
    m_cancel.disarm();
    return script;
}

Status ReconcileRun::gate(const DatabaseSession &session, const MigrationCatalog &catalog,
                          const QString &current, const QString &version)
{
    if (!m_spec.profile.isProduction())
        return {};
    const GuardOptions &guard = m_options.guard;
    const GateReport report =
        ProductionGate(guard.gate, guard.backupCatalogPath, guard.validationsPath)
            .evaluate(m_spec.profile, catalog,
                      {current, version, guard.confirmation, guard.overrideReason});
    if (m_gateHandler)
        m_gateHandler(report);
    QStringList lines;
    for (const GateCondition &c : report.conditions)
        lines << QStringLiteral("%1 %2: %3")
                     .arg(c.satisfied ? QStringLiteral("[ok]") : QStringLiteral("[missing]"),
                          c.title, c.detail);
    const HistoryStore history(session, m_options.historySchema);
    const QString action = !report.passed() ? QStringLiteral("gate-refused")
        : report.overridden()               ? QStringLiteral("gate-override")
                                            : QStringLiteral("gate-pass");
    if (Status s =
            history.audit({action, version, report.passed(), 0, lines.join(QLatin1Char('\n'))});
        !s)
        return s;
    if (report.passed())
        return {};
    AppError refusal = report.refusal();
    refusal.kind = ErrorKind::GateRefused;
    return refusal;
}

Status ReconcileRun::runStatements(const DatabaseSession &session, const QStringList &statements,
                                   int first, int count)
{
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (m_cancel.isCanceled())
            return AppError{.exitCode = ExitCode::MigrationFailed,
                            .message = tr("Canceled by the operator."),
                            .sqlState = QStringLiteral("57014"),
                            .kind = ErrorKind::Canceled};
        const int index = first + static_cast<int>(i);
        if (m_progress)
            m_progress(index, count, statements.at(i));
        if (auto done = session.run(statements.at(i)); !done) {
            AppError error = done.error();
            if (m_cancel.isCanceled())
                error.kind = ErrorKind::Canceled;
            error.exitCode = ExitCode::MigrationFailed;
            error.message = tr("Reconcile stopped at statement %1 of %2: %3")
                                .arg(index)
                                .arg(count)
                                .arg(statements.at(i));
            return error;
        }
    }
    return {};
}

Status ReconcileRun::record(const DatabaseSession &session, const MigrationCatalog &catalog,
                            const QString &version, const ReconcileScript &script,
                            ReconcileReport &report, qint64 elapsedMs)
{
    const HistoryStore store(session, m_options.historySchema);
    auto history = store.load();
    if (!history)
        return history.error();
    History updated;
    const qint64 ceiling = version.toLongLong();
    for (const AppliedMigration &row : history.value()) {
        if (row.isApplied() && row.version.toLongLong() <= ceiling)
            updated.rows << row;
    }
    for (const Migration &m : catalog.migrations) {
        if (m.version.toLongLong() > ceiling || updated.find(m.version))
            continue;
        if (Status s = store.recordApplied(m, 0, Execution::Reconcile); !s)
            return s;
        updated.rows << AppliedMigration{m.version, m.title, m.checksum, m.revision};
        report.recorded << m.version;
    }
    std::sort(updated.rows.begin(), updated.rows.end(),
              [](const AppliedMigration &a, const AppliedMigration &b) {
                  return a.version.toLongLong() < b.version.toLongLong();
              });
    auto previous = session.scalar(QStringLiteral(
        "SELECT CASE WHEN to_regclass('public.alembic_version') IS NOT NULL"
        " THEN (SELECT string_agg(version_num, ', ') FROM public.alembic_version) END"));
    if (!previous)
        return previous.error();
    report.alembicRevision = updated.alembicRevision();
    if (previous->toString() != report.alembicRevision)
        report.replacedAlembic = previous->toString();
    if (Status s = store.syncAlembicVersion(report.alembicRevision); !s)
        return s;
    const AcceptedDifferences accepted(session, m_options.historySchema);
    for (const SchemaDifference &d : script.accepted) {
        if (Status s = accepted.accept(
                d, QStringLiteral("reconcile %1: PostgreSQL cannot reorder columns").arg(version));
            !s)
            return s;
    }
    QString details = QStringLiteral("recorded: %1").arg(report.recorded.join(QLatin1String(", ")));
    if (!report.replacedAlembic.isEmpty())
        details += QStringLiteral("\nalembic_version: %1 -> %2")
                       .arg(report.replacedAlembic, report.alembicRevision);
    return store.audit(
        {kAction, version, true, elapsedMs, details + QStringLiteral("\n\n") + script.text()});
}

Outcome<ReconcileReport> ReconcileRun::run(const MigrationCatalog &catalog, const QString &target,
                                           const std::optional<QString> &approvedScript)
{
    QElapsedTimer timer;
    timer.start();
    auto version = resolve(catalog, target);
    if (!version)
        return version.error();
    auto opened = MigrationLock::openLocked(m_spec, kAction, m_options.lockTimeoutMs,
                                            m_options.statementTimeoutMs, m_cancel);
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    const LockRelease release{session};
    RunRecorder recorder(m_spec, m_options.historySchema, m_options.auditRetryMs);
    recorder.attach(&session);
    if (Status s = ToolSchema(session, m_options.historySchema).ensure(); !s)
        return s.error();
    auto history = HistoryStore(session, m_options.historySchema).load();
    if (!history)
        return history.error();
    for (const AppliedMigration &row : history.value()) {
        if (row.isApplied() && row.version.toLongLong() > version.value().toLongLong())
            return AppError{
                .message =
                    tr("Migration %1, above %2, is already applied; reconcile only brings a database up to a version.")
                        .arg(row.version, version.value()),
                .hint = tr("Downgrade first, or reconcile to a later version.")};
    }
    auto script = planOn(session, catalog, version.value());
    if (!script)
        return script.error();
    if (approvedScript && *approvedScript != script->text())
        return AppError{
            .message = tr("The database changed since the script was reviewed; nothing was run."),
            .detail = script->text(),
            .hint = tr("Review the new script and confirm again."),
            .kind = ErrorKind::PlanChanged};
    if (!script->canRun())
        return AppError{
            .message =
                tr("%n difference(s) need a person before reconcile can run; nothing was run.",
                   nullptr, static_cast<int>(script->conflicts.size())),
            .detail = conflictList(script.value()),
            .hint =
                tr("Settle each one (the rows that block it are listed), then reconcile again.")};
    if (Status s = gate(session, catalog, history->currentVersion(), version.value()); !s)
        return s.error();

    ReconcileReport report;
    report.script = script.value();
    QSqlDatabase db = session.database();
    const QStringList inTransaction =
        QStringList{script->searchPathStatement()} + script->statements;
    const int count = static_cast<int>(inTransaction.size() + script->concurrent.size());
    auto fail = [&](AppError error) -> AppError {
        db.rollback();
        if (Status s = recorder.audit({kAction, version.value(), false, timer.elapsed(),
                                       error.fullText() + QStringLiteral("\n\n") + script->text()});
            !s)
            log::error(tr("Audit row \"%1\" not written: %2").arg(kAction, s.error().fullText()));
        return error;
    };
    if (!db.transaction())
        return fail(AppError{.message = tr("Cannot start a transaction."),
                             .detail = db.lastError().text()});
    if (Status s = runStatements(session, inTransaction, 1, count); !s)
        return fail(s.error());
    if (!script->concurrent.isEmpty()) {
        // CREATE INDEX CONCURRENTLY cannot run in a transaction block: commit what is done
        // (it only adds), build, check, then record in a second transaction.
        if (!db.commit())
            return fail(AppError{.message = tr("Cannot commit the reconcile."),
                                 .detail = db.lastError().text()});
        if (Status s = runStatements(session, script->concurrent,
                                     static_cast<int>(inTransaction.size()) + 1, count);
            !s)
            return fail(s.error());
        auto invalid = session.scalar(
            QStringLiteral(
                "SELECT string_agg(n.nspname || '.' || c.relname, ', ') FROM pg_index i"
                " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE NOT i.indisvalid AND n.nspname = ANY (?::text[])"),
            {QStringLiteral("{%1}").arg(script->schemas.join(QLatin1Char(',')))});
        if (!invalid)
            return fail(invalid.error());
        if (!invalid->toString().isEmpty())
            return fail(AppError{
                .exitCode = ExitCode::MigrationFailed,
                .message = tr("Index builds left INVALID indexes: %1; nothing was recorded.")
                               .arg(invalid->toString()),
                .hint = tr("Drop them (DROP INDEX CONCURRENTLY …) and reconcile again."),
                .kind = ErrorKind::InvalidIndex});
        if (!db.transaction())
            return fail(AppError{.message = tr("Cannot start a transaction."),
                                 .detail = db.lastError().text()});
    }
    if (Status s =
            record(session, catalog, version.value(), script.value(), report, timer.elapsed());
        !s)
        return fail(s.error());
    if (!db.commit())
        return fail(AppError{.message = tr("Cannot commit the reconcile."),
                             .detail = db.lastError().text()});
    report.totalMs = timer.elapsed();
    log::info(QStringLiteral("reconcile to %1: %2 statement(s), recorded %3")
                  .arg(version.value())
                  .arg(count)
                  .arg(report.recorded.join(QLatin1String(", "))));
    return report;
}

}  // namespace mathakine
