#pragma once

#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"
#include "gate/PreflightReport.h"
#include "migrate/MigrationStatus.h"
#include "run/RunTypes.h"
#include "run/StallGuard.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace mathakine {

class DatabaseSession;
struct MigrationPlan;

// The one run pipeline for upgrade, downgrade and stamp, from the CLI and the window alike
// (DESIGN.md §7). In this order, on one session that every statement of the run shares:
//   1. timeouts: SET lock_timeout / statement_timeout for the whole session, its bookkeeping too;
//   2. the migration lock, tried once: held elsewhere → exit 5 at once, naming the holder;
//   3. the bookkeeping schema (ToolSchema::ensure, one transaction);
//   4. history → status → plan, refused when it is not the approved one, when a lint error,
//      a file out of order, a missing file or drift stands in the way (each with its remedy);
//   5. the production gate, then pre-flight: a PROBLEM stops the run unless overridden (audited);
//   6. maintenance mode (production), exact row counts of the tables the plan can change;
//   7. the steps (StepExecutor); 8. row counts after, maintenance off, audit rows.
// Nothing is written for a run that never held the lock. cancel() answers within the
// statement in flight (PQcancel) and between statements.
class MigrationRun {
    Q_DECLARE_TR_FUNCTIONS(MigrationRun)

public:
    using ProgressHandler = std::function<void(const RunProgress &)>;
    using GateHandler = std::function<void(const GateReport &)>;
    using PreflightHandler = std::function<void(const PreflightReport &)>;

    // cancel: the task's token (a fresh one by default); cancel() below cancels it too.
    MigrationRun(ConnectionSpec spec, RunOptions options, CancelToken cancel = {});
    ~MigrationRun();

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // Called with the gate's verdict before anything runs (production only).
    void setGateHandler(GateHandler handler) { m_gateHandler = std::move(handler); }
    // Called with pre-flight's findings before the run decides to go on.
    void setPreflightHandler(PreflightHandler handler) { m_preflightHandler = std::move(handler); }
    // Called from the stall guard's thread with who waits behind the migration (StallGuard.h).
    void setStallHandler(StallGuard::SampleHandler handler) { m_stallHandler = std::move(handler); }

    // target: a version, a revision id, head or base (see MigrationCatalog::resolveTarget).
    Outcome<RunReport> upgrade(const MigrationCatalog &catalog, const QString &target);
    Outcome<RunReport> downgrade(const MigrationCatalog &catalog, const QString &target);
    // Records migrations up to target as applied without running them; refuses when the
    // database lacks an object they create, unless RunOptions::force (audited).
    Outcome<RunReport> stamp(const MigrationCatalog &catalog, const QString &target);
    // Safe from any thread.
    void cancel() { m_cancel.cancel(); }
    const std::optional<GateReport> &gateReport() const { return m_gate; }

    // What the gate would say about this run now, for a confirmation dialog; nullopt when the
    // profile is not production or there is nothing to run. The run itself decides again.
    static std::optional<GateReport> previewGate(const ConnectionProfile &profile,
                                                 const MigrationCatalog &catalog,
                                                 const MigrationStatus &status, bool up,
                                                 const QString &target,
                                                 const GuardOptions &options);

private:
    struct Locked;
    Outcome<RunReport> run(RunAction action, const MigrationCatalog &catalog,
                           const QString &target);
    Outcome<std::unique_ptr<Locked>> lockAndLoad(const MigrationCatalog &catalog,
                                                 const QString &purpose);
    Status refusals(Locked &locked, const MigrationCatalog &catalog, const MigrationPlan &plan);
    Status gateAndPreflight(Locked &locked, const MigrationCatalog &catalog,
                            const MigrationPlan &plan, const QString &target);
    Outcome<RunReport> runSteps(Locked &locked, const MigrationPlan &plan);
    Outcome<RunReport> stampLocked(Locked &locked, const MigrationCatalog &catalog,
                                   int targetIndex);
    Status audit(Locked &locked, const QString &action, const QString &version, bool success,
                 const QString &details);

    ConnectionSpec m_spec;
    RunOptions m_options;
    CancelToken m_cancel;
    ProgressHandler m_progress;
    GateHandler m_gateHandler;
    PreflightHandler m_preflightHandler;
    StallGuard::SampleHandler m_stallHandler;
    std::optional<GateReport> m_gate;
};

}  // namespace mathakine
