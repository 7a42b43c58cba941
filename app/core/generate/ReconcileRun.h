#pragma once

#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"
#include "generate/ReconcilePlanner.h"
#include "migrate/MigrationCatalog.h"
#include "run/RunTypes.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace mathakine {

class DatabaseSession;

struct ReconcileReport {
    ReconcileScript script;   // what ran, as reviewed
    QStringList recorded;     // versions recorded as applied, in order
    QString replacedAlembic;  // what public.alembic_version held before (another tool's revision),
                              // else empty
    QString alembicRevision;  // what it holds now
    qint64 totalMs = 0;

    // What the CLI and the window say when it is done, one line each (translated).
    QStringList summary() const;
};

// Adopts a drifted database (issue 15): under the run pipeline's guards — timeouts for every
// statement, the migration's advisory lock tried once (held elsewhere: exit 5), the
// bookkeeping schema, the production gate on a production profile (audited) — computes the
// ReconcileScript again under the lock, refuses when it is not the one the operator reviewed
// or when a conflict needs a person, then runs it as ReconcileScript describes: one
// transaction that ends by recording the migrations up to the target as applied (execution
// "reconcile"), public.alembic_version set to our revision at the target (replacing a
// foreign one, which the report names), and an audit row "reconcile" holding the script.
// Pre-flight and maintenance mode are not run: the script only adds, its data checks are
// reconcile's own, and it never takes the application's data away.
class ReconcileRun {
    Q_DECLARE_TR_FUNCTIONS(ReconcileRun)

public:
    using GateHandler = std::function<void(const GateReport &)>;
    // index and count are 1-based statement numbers of the whole script.
    using ProgressHandler = std::function<void(int index, int count, const QString &statement)>;

    // cancel: the task's token (a fresh one by default); cancel() below cancels it too.
    ReconcileRun(ConnectionSpec spec, RunOptions options, ReconcileOptions reconcile = {},
                 CancelToken cancel = {});
    ~ReconcileRun();

    void setGateHandler(GateHandler handler) { m_gateHandler = std::move(handler); }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // Read-only: the script reconcile would run now (target: a version, a revision id or head),
    // for review (`reconcile --sql`, the window's preview). Errors: unknown target or base
    // (usage), no expected snapshot for it, the server's.
    Outcome<ReconcileScript> preview(const MigrationCatalog &catalog, const QString &target);
    // approvedScript: the ReconcileScript::text() the operator reviewed; nullopt runs the
    // script computed under the lock without that check (the CLI prints it first).
    Outcome<ReconcileReport> run(const MigrationCatalog &catalog, const QString &target,
                                 const std::optional<QString> &approvedScript);
    void cancel() { m_cancel.cancel(); }

private:
    Outcome<QString> resolve(const MigrationCatalog &catalog, const QString &target) const;
    Outcome<ReconcileScript> planOn(const DatabaseSession &session, const MigrationCatalog &catalog,
                                    const QString &version) const;
    Status gate(const DatabaseSession &session, const MigrationCatalog &catalog,
                const QString &current, const QString &version);
    Status runStatements(const DatabaseSession &session, const QStringList &statements, int first,
                         int count);
    Status record(const DatabaseSession &session, const MigrationCatalog &catalog,
                  const QString &version, const ReconcileScript &script, ReconcileReport &report,
                  qint64 elapsedMs);

    ConnectionSpec m_spec;
    RunOptions m_options;
    ReconcileOptions m_reconcile;
    CancelToken m_cancel;
    GateHandler m_gateHandler;
    ProgressHandler m_progress;
};

}  // namespace mathakine
