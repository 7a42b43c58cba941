#include "run/MigrationRun.h"

#include "run/MigrationRunLocked.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "gate/MaintenanceMode.h"
#include "gate/PreflightCheck.h"
#include "log/Log.h"
#include "migrate/MigrationLock.h"
#include "migrate/MigrationPlan.h"
#include "rowcount/RowCountStore.h"
#include "run/ReplicaWait.h"
#include "run/RunBackup.h"
#include "run/RunChecks.h"
#include "run/RunRecorder.h"
#include "run/RunRowCounts.h"
#include "run/StepChecks.h"
#include "run/StepExecutor.h"

#include <QElapsedTimer>
#include <QSqlError>

namespace mathakine {

namespace {
QString actionKey(RunAction action)
{
    switch (action) {
    case RunAction::Upgrade:
        return QStringLiteral("upgrade");
    case RunAction::Downgrade:
        return QStringLiteral("downgrade");
    case RunAction::Stamp:
        return QStringLiteral("stamp");
    }
    return {};
}

// The highest migration the run involves: what the gate's migration set goes up to.
QString setVersion(const MigrationPlan &plan, const MigrationStatus &status)
{
    if (plan.upgrade)
        return plan.targetVersion;
    return plan.steps.isEmpty() ? status.currentVersion : plan.steps.constFirst().migration.version;
}

QString gateDetails(const GateReport &report)
{
    QStringList lines;
    for (const GateCondition &c : report.conditions)
        lines << QStringLiteral("%1 %2: %3")
                     .arg(c.satisfied ? QStringLiteral("[ok]") : QStringLiteral("[missing]"),
                          c.title, c.detail);
    if (!report.overrideReason.isEmpty())
        lines << QStringLiteral("override reason: ") + report.overrideReason;
    return lines.join(QLatin1Char('\n'));
}

GateReport evaluateGate(const ConnectionProfile &profile, const MigrationCatalog &catalog,
                        const MigrationStatus &status, const MigrationPlan &plan,
                        const GuardOptions &options)
{
    const GateInput input{status.currentVersion, setVersion(plan, status), options.confirmation,
                          options.overrideReason};
    return ProductionGate(options.gate, options.backupCatalogPath, options.validationsPath)
        .evaluate(profile, catalog, input);
}

AppError canceledError()
{
    return AppError{.exitCode = ExitCode::MigrationFailed,
                    .message = MigrationRun::tr("Canceled by the operator; nothing was run."),
                    .sqlState = QStringLiteral("57014"),
                    .kind = ErrorKind::Canceled};
}
}  // namespace

MigrationRun::MigrationRun(ConnectionSpec spec, RunOptions options, CancelToken cancel)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_cancel(std::move(cancel))
{}

MigrationRun::~MigrationRun() = default;

std::optional<GateReport> MigrationRun::previewGate(const ConnectionProfile &profile,
                                                    const MigrationCatalog &catalog,
                                                    const MigrationStatus &status, bool up,
                                                    const QString &target,
                                                    const GuardOptions &options)
{
    if (!profile.isProduction())
        return std::nullopt;
    auto plan = up ? MigrationPlan::forUpgrade(catalog, status, target)
                   : MigrationPlan::forDowngrade(catalog, status, target);
    if (!plan || plan->steps.isEmpty())
        return std::nullopt;
    return evaluateGate(profile, catalog, status, plan.value(), options);
}

Outcome<RunReport> MigrationRun::upgrade(const MigrationCatalog &catalog, const QString &target)
{
    return run(RunAction::Upgrade, catalog, target);
}

Outcome<RunReport> MigrationRun::downgrade(const MigrationCatalog &catalog, const QString &target)
{
    return run(RunAction::Downgrade, catalog, target);
}

Outcome<std::unique_ptr<MigrationRun::Locked>> MigrationRun::lockAndLoad(
    const MigrationCatalog &catalog, const QString &purpose)
{
    auto opened = MigrationLock::openLocked(m_spec, purpose, m_options.lockTimeoutMs,
                                            m_options.statementTimeoutMs, m_cancel);
    if (!opened)
        return opened.error();
    auto locked = std::make_unique<Locked>();
    const DatabaseSession &session = *opened.value();
    locked->session = std::move(opened.value());
    locked->recorder =
        std::make_unique<RunRecorder>(m_spec, m_options.historySchema, m_options.auditRetryMs);
    locked->recorder->attach(locked->session.get());
    if (Status s = ToolSchema(session, m_options.historySchema).ensure(); !s)
        return s.error();
    auto history = HistoryStore(session, m_options.historySchema).load();
    if (!history)
        return history.error();
    locked->history = history.value();
    locked->status = MigrationStatus::compute(catalog, locked->history, m_options.language);
    if (Status s = AlembicRevision::attach(session, catalog, locked->history, locked->status); !s)
        return s.error();
    return locked;
}

Status MigrationRun::audit(Locked &locked, const QString &action, const QString &version,
                           bool success, const QString &details)
{
    Status written = locked.recorder->audit({action, version, success, 0, details});
    if (!written)
        log::error(tr("Audit row \"%1\" not written: %2").arg(action, written.error().fullText()));
    return written;
}

Outcome<RunReport> MigrationRun::run(RunAction action, const MigrationCatalog &catalog,
                                     const QString &target)
{
    QElapsedTimer total;
    total.start();
    if (action == RunAction::Stamp) {
        const auto targetIndex = catalog.resolveTarget(target);
        if (!targetIndex || target.isEmpty())
            return unknownTargetError(target);
        auto locked = lockAndLoad(catalog, QStringLiteral("stamp"));
        if (!locked)
            return locked.error();
        return stampLocked(*locked.value(), catalog, *targetIndex);
    }
    const bool up = action == RunAction::Upgrade;
    auto locked = lockAndLoad(catalog, QStringLiteral("migrate"));
    if (!locked)
        return locked.error();
    Locked &l = *locked.value();
    auto plan = up ? MigrationPlan::forUpgrade(catalog, l.status, target)
                   : MigrationPlan::forDowngrade(catalog, l.status, target);
    if (!plan)
        return plan.error();
    if (Status s = RunChecks::approved(plan.value(), m_options.approved); !s)
        return s.error();
    if (Status s = refusals(l, catalog, plan.value()); !s)
        return s.error();
    if (plan->steps.isEmpty()) {
        RunReport nothing;
        nothing.version = l.status.currentVersion;
        return nothing;
    }
    if (Status s = gateAndPreflight(l, catalog, plan.value(), target); !s)
        return s.error();
    auto backup = RunBackup::resolve(m_options.backupFile, m_options.guard.backupCatalogPath,
                                     m_gate, m_spec.profile);
    if (!backup)
        return backup.error();
    m_options.backupFile = backup.value();
    if (m_cancel.isCanceled())
        return canceledError();

    const DatabaseSession &session = *l.session;
    const bool maintenance = m_options.guard.maintenance.value_or(m_spec.profile.isProduction());
    qint64 periodId = 0;
    if (maintenance) {
        const QString reason = m_options.guard.maintenanceReason.isEmpty()
            ? tr("Database migration (%1 to %2) by %3")
                  .arg(actionKey(action), setVersion(plan.value(), l.status),
                       appinfo::osUserAtHost())
            : m_options.guard.maintenanceReason;
        auto id = MaintenanceMode(session, m_options.historySchema)
                      .begin(reason, actionKey(action), setVersion(plan.value(), l.status));
        if (!id)
            return id.error();
        periodId = id.value();
        // Not stopping on a lost audit row (logged by audit()): the period's own row records the
        // start.
        (void)audit(l, QStringLiteral("maintenance-on"), setVersion(plan.value(), l.status), true,
                    reason);
    }
    Outcome<RunReport> result = runSteps(l, plan.value());
    if (maintenance) {
        const QString outcome = result                   ? QStringLiteral("success")
            : result.error().kind == ErrorKind::Canceled ? QStringLiteral("canceled")
                                                         : QStringLiteral("failed");
        Status ended = l.recorder->write([&](const HistoryStore &history) -> Status {
            if (Status s = MaintenanceMode(*history.session(), m_options.historySchema)
                               .end(periodId, outcome);
                !s)
                return s;
            return history.audit({QStringLiteral("maintenance-off"), {}, result.ok(), 0, outcome});
        });
        if (!ended)
            log::error(tr("Maintenance period %1 could not be ended: %2")
                           .arg(periodId)
                           .arg(ended.error().fullText()));
    }
    if (result) {
        result->totalMs = total.elapsed();
        result->version = l.history.currentVersion();
        result->backup = m_options.backupFile;
    }
    return result;
}

Status MigrationRun::refusals(Locked &locked, const MigrationCatalog &catalog,
                              const MigrationPlan &plan)
{
    if (Status s = RunChecks::lint(plan); !s)
        return s;
    if (m_options.singleTransaction) {
        for (const PlanStep &step : plan.steps) {
            if (!step.migration.transactional)
                return AppError{
                    .exitCode = ExitCode::Usage,
                    .message =
                        tr("--single-transaction cannot run migration %1: it is non-transactional (transactional: false).")
                            .arg(step.migration.version),
                    .file = step.migration.filePath};
        }
    }
    if (!plan.upgrade)
        return {};
    if (Status s = RunChecks::missingFiles(locked.status, m_options.allowMissing); !s)
        return s;
    if (Status s = RunChecks::order(locked.status, plan, m_options.outOfOrder); !s)
        return s;
    if (Status s = RunChecks::drift(locked.status, catalog, m_options.acceptDrift); !s)
        return s;
    const QString reason =
        m_options.remedyReason.isEmpty() ? QString() : QLatin1String("\n") + m_options.remedyReason;
    // A remedy is taken only with its audit row: an override that leaves no trace is refused.
    const QString missing = locked.status.missingFiles.join(QLatin1String(", ")) + reason;
    if (!locked.status.missingFiles.isEmpty()) {
        if (Status s = audit(locked, QStringLiteral("allow-missing"), {}, true, missing); !s)
            return s;
    }
    const QString outOfOrder = locked.status.outOfOrderVersions.join(QLatin1String(", ")) + reason;
    if (!locked.status.outOfOrderVersions.isEmpty() && !plan.steps.isEmpty()) {
        if (Status s = audit(locked, QStringLiteral("out-of-order"), {}, true, outOfOrder); !s)
            return s;
    }
    HistoryStore history(*locked.session, m_options.historySchema);
    for (const QString &version : locked.status.driftedVersions) {
        const Migration *m = catalog.find(version);
        const AppliedMigration *row = locked.history.find(version);
        if (Status s = history.updateChecksum(version, m->checksum); !s)
            return s;
        const QString change = QStringLiteral("%1: checksum %2 -> %3")
                                   .arg(m->filePath, row ? row->checksum : QString(), m->checksum);
        if (Status s =
                audit(locked, QStringLiteral("accept-drift"), version, true, change + reason);
            !s)
            return s;
        log::warn(tr("Drift of %1 accepted; checksum updated.").arg(version));
    }
    return {};
}

Status MigrationRun::gateAndPreflight(Locked &locked, const MigrationCatalog &catalog,
                                      const MigrationPlan &plan, const QString &target)
{
    if (m_spec.profile.isProduction()) {
        m_gate = evaluateGate(m_spec.profile, catalog, locked.status, plan, m_options.guard);
        if (m_gateHandler)
            m_gateHandler(*m_gate);
        const QString version = setVersion(plan, locked.status);
        if (!m_gate->passed()) {
            (void)audit(locked, QStringLiteral("gate-refused"), version, false,
                        gateDetails(*m_gate));  // refused either way; logged
            AppError refusal = m_gate->refusal();
            refusal.kind = ErrorKind::GateRefused;
            return refusal;
        }
        const QString verdict =
            m_gate->overridden() ? QStringLiteral("gate-override") : QStringLiteral("gate-pass");
        if (Status s = audit(locked, verdict, version, true, gateDetails(*m_gate)); !s)
            return s;  // the run goes on only with its audit row
    }
    if (!m_options.preflight)
        return {};
    auto report = PreflightCheck::run(
        {m_spec, target, plan.upgrade, m_options.historySchema, m_options.language, {}}, catalog);
    if (!report)
        return report.error();
    if (m_preflightHandler)
        m_preflightHandler(report.value());
    if (!report->hasProblems())
        return {};
    QStringList problems;
    for (const PreflightItem &item : report->items) {
        if (item.level == PreflightItem::Level::Problem)
            problems << item.title
                    + (item.fix.isEmpty() ? QString() : QLatin1String("\n  ") + item.fix);
    }
    if (!m_options.preflightOverride.isEmpty()) {
        const QString details =
            m_options.preflightOverride + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        if (Status s = audit(locked, QStringLiteral("preflight-override"), plan.targetVersion, true,
                             details);
            !s)
            return s;
        log::warn(tr("Pre-flight problems overridden: %1").arg(m_options.preflightOverride));
        return {};
    }
    return AppError{
        .exitCode = ExitCode::MigrationFailed,
        .message = tr("Pre-flight found %n problem(s); nothing was run.", nullptr,
                      static_cast<int>(problems.size())),
        .detail = problems.join(QLatin1Char('\n')),
        .hint = tr(
            "Fix them (each comes with its fix), or run anyway with --override-preflight REASON (audited)."),
        .kind = ErrorKind::PreflightProblem,
        .remedy = {QStringLiteral("--override-preflight"), tr("Run anyway"), true}};
}

Outcome<RunReport> MigrationRun::runSteps(Locked &locked, const MigrationPlan &plan)
{
    const DatabaseSession &session = *locked.session;
    RunReport report;
    const QString action = plan.upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    qint64 countRun = 0;
    auto countRows = [&]() -> Outcome<TableCounts> {
        auto tables = PlanTables::changeable(session, plan);
        if (!tables)
            return tables.error();
        return RunRowCounts::count(session, tables.value(), m_options.lockTimeoutMs,
                                   m_options.statementTimeoutMs);
    };
    if (m_options.recordRowCounts) {
        auto before = countRows();
        if (m_cancel.isCanceled())
            return canceledError();
        auto id = before ? RowCountStore(session, m_options.historySchema)
                               .begin(action, locked.history.currentVersion(), before.value())
                         : Outcome<qint64>(before.error());
        if (id)
            countRun = id.value();
        else
            log::warn(tr("Row counts before the run not recorded: %1").arg(id.error().fullText()));
    }
    StepExecutor executor(session, m_options, m_cancel, *locked.recorder, locked.history);
    executor.setProgressHandler(m_progress);
    executor.setOuterTransaction(m_options.singleTransaction);
    auto guard = StallGuard::start(m_spec, session.server().backendPid, m_options.maxAppWaitMs,
                                   m_stallHandler);
    if (guard)
        executor.setStallGuard(guard->get());
    else
        log::warn(
            tr("The stall guard could not connect; the run goes on without watching who waits: %1")
                .arg(guard.error().fullText()));
    ReplicaWait standbys(session, m_options.maxReplicaLagMs, m_cancel);
    const History before = locked.history;
    QSqlDatabase db = session.database();
    if (m_options.singleTransaction && !db.transaction())
        return AppError{.exitCode = ExitCode::MigrationFailed,
                        .message = tr("Cannot start a transaction."),
                        .detail = db.lastError().text()};
    const int count = static_cast<int>(plan.steps.size());
    Outcome<RunReport> result = report;
    StepChecks checks(session, m_options, m_cancel, *locked.recorder);
    for (int i = 0; i < count; ++i) {
        auto step = executor.run(plan.steps.at(i), i + 1, count);
        if (!step) {
            result = step.error();
            break;
        }
        report.steps << step.value();
        if (Status checked = checks.afterStep(plan.steps.at(i), report.steps.last(),
                                              m_options.singleTransaction);
            !checked) {
            result = checked.error();
            break;
        }
        if (m_options.singleTransaction)
            continue;  // nothing committed yet
        auto replayed = standbys.afterCommit(step->version);
        if (!replayed) {
            result = replayed.error();
            break;
        }
        report.steps.last().standbys = replayed.value();
    }
    if (guard)
        guard.value().reset();  // stops sampling
    if (m_options.singleTransaction && result && !db.commit()) {
        db.rollback();
        result = AppError{
            .exitCode = ExitCode::MigrationFailed,
            .message = tr("The run could not be committed; none of its migrations is applied."),
            .detail = db.lastError().text(),
            .sqlState = db.lastError().nativeErrorCode()};
    }
    if (m_options.singleTransaction && !result)
        locked.history = before;  // everything was rolled back
    else if (m_options.singleTransaction
             && !report.steps.isEmpty()) {  // committed as one: waited for once
        if (auto replayed = standbys.afterCommit(report.steps.constLast().version))
            report.steps.last().standbys = replayed.value();
        else
            result = replayed.error();
    }
    if (result)
        result = report;
    if (countRun > 0 && session.database().isOpen()) {
        auto after = countRows();
        for (const auto &[table, n] : after ? after.value() : TableCounts())
            if (n == RowCounter::kNotCounted && result)
                result->notCounted << table;
        Status stored = after
            ? RowCountStore(session, m_options.historySchema)
                  .finish(countRun, locked.history.currentVersion(), result.ok(), after.value())
            : Status(after.error());
        if (!stored)
            log::warn(
                tr("Row counts after the run not recorded: %1").arg(stored.error().fullText()));
    }
    log::info(tr("%1 finished: %n migration(s)", nullptr, static_cast<int>(report.steps.size()))
                  .arg(action));
    return result;
}

Outcome<RunReport> MigrationRun::stamp(const MigrationCatalog &catalog, const QString &target)
{
    return run(RunAction::Stamp, catalog, target);
}

}  // namespace mathakine
