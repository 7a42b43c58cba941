#include "ops/GuardedMigration.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"
#include "ops/MaintenanceMode.h"
#include "validate/RowCountRecorder.h"

namespace mathakine {

namespace {
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
        lines << QStringLiteral("%1 %2: %3").arg(c.satisfied ? QStringLiteral("[ok]") : QStringLiteral("[missing]"), c.title, c.detail);
    if (!report.overrideReason.isEmpty())
        lines << QStringLiteral("override reason: ") + report.overrideReason;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

GuardedMigration::GuardedMigration(ConnectionSpec spec, MigrationRunner::Options runnerOptions, GuardOptions options)
    : m_spec(spec), m_runnerOptions(runnerOptions), m_options(std::move(options)), m_runner(std::move(spec), std::move(runnerOptions))
{
}

void GuardedMigration::cancel()
{
    m_canceled = true;
    m_runner.cancel();
}

std::optional<GateReport> GuardedMigration::previewGate(const ConnectionProfile &profile, const MigrationCatalog &catalog,
                                                       const MigrationStatus &status, bool up, const QString &target,
                                                       const GuardOptions &options)
{
    if (!profile.isProduction())
        return std::nullopt;
    auto plan = up ? MigrationPlan::forUpgrade(catalog, status, target) : MigrationPlan::forDowngrade(catalog, status, target);
    if (!plan || plan->steps.isEmpty())
        return std::nullopt;
    return evaluateGate(profile, catalog, status, plan.value(), options);
}

GateReport GuardedMigration::evaluateGate(const ConnectionProfile &profile, const MigrationCatalog &catalog,
                                          const MigrationStatus &status, const MigrationPlan &plan, const GuardOptions &options)
{
    const GateInput input{status.currentVersion, setVersion(plan, status), options.confirmation, options.overrideReason};
    return ProductionGate(options.gate, options.backupCatalogPath, options.validationsPath).evaluate(profile, catalog, input);
}

Outcome<RunReport> GuardedMigration::upgrade(const MigrationCatalog &catalog, const QString &target)
{
    return run(catalog, true, target);
}

Outcome<RunReport> GuardedMigration::downgrade(const MigrationCatalog &catalog, const QString &target)
{
    return run(catalog, false, target);
}

Outcome<RunReport> GuardedMigration::run(const MigrationCatalog &catalog, bool up, const QString &target)
{
    // "Nothing lost": exact row counts before and after the run, stored with it for validate.
    auto runPlain = [&](bool countRows) {
        std::optional<RowCountRecorder> counts;
        if (countRows && m_options.recordRowCounts)
            counts.emplace(m_spec, up ? QStringLiteral("upgrade") : QStringLiteral("downgrade"), m_runnerOptions.historySchema);
        Outcome<RunReport> result = up ? m_runner.upgrade(catalog, target) : m_runner.downgrade(catalog, target);
        if (counts)
            counts->finish(result.ok(), result.ok() ? static_cast<int>(result->steps.size()) : 0);
        return result;
    };
    const bool production = m_spec.profile.isProduction();
    if (!production && !m_options.maintenance.value_or(false))
        return runPlain(true);

    auto opened = DatabaseSession::open(m_spec, QStringLiteral("guard"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    HistoryStore history(session, m_runnerOptions.historySchema);
    auto rows = history.load();
    if (!rows)
        return rows.error();
    const MigrationStatus status = MigrationStatus::compute(catalog, rows.value(), m_runnerOptions.language);
    auto plan = up ? MigrationPlan::forUpgrade(catalog, status, target) : MigrationPlan::forDowngrade(catalog, status, target);
    if (!plan || plan->steps.isEmpty())
        return runPlain(false);  // the runner reports the error or "nothing to do" itself

    const QString action = up ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    if (production) {
        m_gate = evaluateGate(m_spec.profile, catalog, status, plan.value(), m_options);
        if (m_gateHandler)
            m_gateHandler(*m_gate);
        if (!m_gate->passed()) {
            if (history.exists())
                history.audit({QStringLiteral("gate-refused"), setVersion(plan.value(), status), false, 0, gateDetails(*m_gate)});
            log::warn(QStringLiteral("production gate refused %1 of %2").arg(action, m_spec.profile.displayTarget()));
            return m_gate->refusal();
        }
    }
    const bool maintenance = m_options.maintenance.value_or(production);
    qint64 periodId = 0;
    if (Status s = prepare(session, action, setVersion(plan.value(), status), maintenance ? &periodId : nullptr); !s)
        return s.error();
    const Outcome<RunReport> result = runPlain(true);
    if (maintenance)
        finish(session, periodId, result);
    return result;
}

// Under the migration lock, so that two first runs do not create the tables twice:
// bookkeeping tables, the gate's audit row and the maintenance period.
Status GuardedMigration::prepare(const DatabaseSession &session, const QString &action, const QString &setVersion, qint64 *periodId)
{
    auto acquired = MigrationLock::tryAcquire(session);
    if (!acquired)
        return acquired.error();
    if (!acquired.value())
        return MigrationLock::lockedError(MigrationLock::holder(session));
    HistoryStore history(session, m_runnerOptions.historySchema);
    MaintenanceMode maintenance(session, m_runnerOptions.historySchema);
    Status status = history.ensure();
    if (status)
        status = maintenance.ensure();
    if (status && m_gate) {
        const bool overridden = m_gate->overridden();
        status = history.audit({overridden ? QStringLiteral("gate-override") : QStringLiteral("gate-pass"), setVersion, true, 0, gateDetails(*m_gate)});
        if (overridden)
            log::warn(QStringLiteral("production gate overridden: %1").arg(m_gate->overrideReason));
    }
    if (status && periodId) {
        const QString reason = m_options.maintenanceReason.isEmpty()
            ? tr("Database migration (%1 to %2) by %3").arg(action, setVersion, appinfo::osUserAtHost())
            : m_options.maintenanceReason;
        auto id = maintenance.begin(reason, action, setVersion);
        if (id) {
            *periodId = id.value();
            history.audit({QStringLiteral("maintenance-on"), setVersion, true, 0, reason});
            log::info(QStringLiteral("maintenance mode on (period %1): %2").arg(*periodId).arg(reason));
        } else {
            status = id.error();
        }
    }
    // Released before the runner takes it again from its own connection.
    MigrationLock::release(session);
    return status;
}

void GuardedMigration::finish(const DatabaseSession &session, qint64 periodId, const Outcome<RunReport> &result)
{
    const QString outcome = result.ok() ? QStringLiteral("success")
                            : m_canceled ? QStringLiteral("canceled") : QStringLiteral("failed");
    // The guard's connection may have been cut during a long run: end the period from a fresh one.
    std::unique_ptr<DatabaseSession> fresh;
    const DatabaseSession *target = &session;
    if (!session.scalar(QStringLiteral("SELECT 1"))) {
        auto reopened = DatabaseSession::open(m_spec, QStringLiteral("guard-end"));
        if (!reopened) {
            log::error(QStringLiteral("maintenance period %1 could not be ended: %2").arg(periodId).arg(reopened.error().fullText()));
            return;
        }
        fresh = std::move(reopened.value());
        target = fresh.get();
    }
    if (Status s = MaintenanceMode(*target, m_runnerOptions.historySchema).end(periodId, outcome); !s) {
        log::error(s.error().fullText());
        return;
    }
    HistoryStore(*target, m_runnerOptions.historySchema).audit({QStringLiteral("maintenance-off"), {}, result.ok(), 0, outcome});
    log::info(QStringLiteral("maintenance mode off (period %1, %2)").arg(periodId).arg(outcome));
}

} // namespace mathakine
