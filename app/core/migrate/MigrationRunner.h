#pragma once

#include "connection/ConnectionProfile.h"
#include "migrate/MigrationPlan.h"

#include <atomic>
#include <functional>
#include <mutex>

namespace mathakine {

class DatabaseSession;

struct RunProgress {
    int migrationIndex = 0;   // 1-based
    int migrationCount = 0;
    int statementIndex = 0;   // 1-based; 0 when a migration starts
    int statementCount = 0;
    QString version;
    QString title;
};

struct StepReport {
    QString version;
    QString title;
    bool up = true;
    int statements = 0;
    qint64 durationMs = 0;
};

struct RunReport {
    QList<StepReport> steps;
    qint64 totalMs = 0;
};

// Applies a plan under the migration lock: one transaction per transactional migration
// with its history row, lock and statement timeouts, progress, cancellation, audit.
// Use one runner per run, from the thread that calls upgrade/downgrade/stamp.
class MigrationRunner {
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    struct Options {
        int lockTimeoutMs = 5000;
        int statementTimeoutMs = 15 * 60 * 1000;
        bool acceptDrift = false;
        QString historySchema = QStringLiteral("mathakine_admin");
        QString language = QStringLiteral("en");
    };
    using ProgressHandler = std::function<void(const RunProgress &)>;

    MigrationRunner(ConnectionSpec spec, Options options);
    ~MigrationRunner();

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    Outcome<RunReport> upgrade(const MigrationCatalog &catalog, const QString &target);
    Outcome<RunReport> downgrade(const MigrationCatalog &catalog, const QString &target);
    // Records migrations up to target as applied without running them; refuses when the
    // database lacks an object they create, unless force.
    Outcome<RunReport> stamp(const MigrationCatalog &catalog, const QString &target, bool force);
    // Safe from any thread: stops before the next statement and cancels the one in flight.
    void cancel();

private:
    using Planner = std::function<Outcome<MigrationPlan>(const MigrationStatus &)>;
    Outcome<RunReport> runPlanned(const MigrationCatalog &catalog, const Planner &planner);
    Status checkDrift(const DatabaseSession &session, const MigrationStatus &status, const MigrationCatalog &catalog);
    Outcome<StepReport> runStep(const DatabaseSession &session, const PlanStep &step, int index, int count);
    Status finishStep(const DatabaseSession &session, const PlanStep &step, qint64 durationMs);
    AppError stepError(const PlanStep &step, int statementIndex, const QString &serverText) const;
    void recordFailure(const DatabaseSession &session, const PlanStep &step, int statementIndex, const AppError &error);
    QString newestRevision() const;
    void armCancel(const DatabaseSession &session);

    ConnectionSpec m_spec;
    Options m_options;
    ProgressHandler m_progress;
    std::atomic_bool m_cancelRequested{false};
    std::mutex m_cancelMutex;
    void *m_cancelHandle = nullptr;  // PGcancel*, guarded by m_cancelMutex
    const MigrationCatalog *m_catalog = nullptr;
    QStringList m_appliedVersions;   // kept in step with the history during a run
};

} // namespace mathakine
