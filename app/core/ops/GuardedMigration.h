#pragma once

#include "migrate/MigrationRunner.h"
#include "ops/ProductionGate.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>

namespace mathakine {

struct GuardOptions {
    QString confirmation;           // --confirm DBNAME
    QString overrideReason;         // --override-gate "reason" (audited)
    QString maintenanceReason;      // shown to the backend; empty: a generated one
    std::optional<bool> maintenance; // default: on for profiles tagged production
    GateSettings gate = GateSettings::fromSettings();
    QString backupCatalogPath;      // empty: the default ones
    QString validationsPath;
    bool recordRowCounts = true;    // every table counted before and after (RowCountRecorder)
};

// Runs an upgrade or a downgrade the way the written procedure asks on production:
// production gate -> maintenance on -> row counts -> runner -> row counts -> maintenance off,
// always, whatever the runner returned. Other environments skip the gate and, unless asked,
// the maintenance flag. The CLI and the desktop app both run migrations through it.
class GuardedMigration {
    Q_DECLARE_TR_FUNCTIONS(GuardedMigration)

public:
    using GateHandler = std::function<void(const GateReport &)>;

    GuardedMigration(ConnectionSpec spec, MigrationRunner::Options runnerOptions, GuardOptions options);
    // For the progress handler; the runner is used for the run itself.
    MigrationRunner &runner() { return m_runner; }
    // Safe from any thread: cancels the run; the maintenance period still ends.
    void cancel();
    // Called with the gate's verdict before anything runs (production only).
    void setGateHandler(GateHandler handler) { m_gateHandler = std::move(handler); }

    Outcome<RunReport> upgrade(const MigrationCatalog &catalog, const QString &target);
    Outcome<RunReport> downgrade(const MigrationCatalog &catalog, const QString &target);
    const std::optional<GateReport> &gateReport() const { return m_gate; }

    // What the gate would say about this run now, for a confirmation dialog; nullopt when the
    // profile is not production or there is nothing to run. The run itself decides again.
    static std::optional<GateReport> previewGate(const ConnectionProfile &profile, const MigrationCatalog &catalog,
                                                 const MigrationStatus &status, bool up, const QString &target,
                                                 const GuardOptions &options);

private:
    static GateReport evaluateGate(const ConnectionProfile &profile, const MigrationCatalog &catalog, const MigrationStatus &status,
                                   const MigrationPlan &plan, const GuardOptions &options);
    Outcome<RunReport> run(const MigrationCatalog &catalog, bool up, const QString &target);
    Status prepare(const DatabaseSession &session, const QString &action, const QString &setVersion, qint64 *periodId);
    void finish(const DatabaseSession &session, qint64 periodId, const Outcome<RunReport> &result);

    ConnectionSpec m_spec;
    MigrationRunner::Options m_runnerOptions;
    GuardOptions m_options;
    MigrationRunner m_runner;
    GateHandler m_gateHandler;
    std::optional<GateReport> m_gate;
    std::atomic_bool m_canceled{false};
};

} // namespace mathakine
