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
};

// Runs an upgrade or a downgrade the way the written procedure asks on production:
// production gate -> maintenance on -> runner -> maintenance off, always, whatever the
// runner returned. Other environments run straight through (maintenance on request).
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

private:
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
