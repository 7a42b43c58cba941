#pragma once

#include "common/Outcome.h"
#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>

#include <functional>

namespace mathakine {

class DatabaseSession;

struct SeedOptions {
    qint64 users = 100000;
    qint64 exercises = 20000;
    qint64 attempts = 1000000;
    qint64 achievements = 60;
    int achievementsPerUser = 5;  // each new user earns 0..N of them
    qint64 notifications = 500000;
    qint64 sessions = 200000;
    int randomSeed = 42;
    // Parallel sessions (1..kMaxSeedJobs, superuser only); 0 = one per CPU core of this machine,
    // which is the server's in the usual test setup (a local sandbox). More sessions than cores
    // only fight over locks and caches: on the 2-core build machine the defaults took 10.0 s on
    // 1 session, 6.8 s on 2, 8.2 s on 3, 8.3 s on 4 (tests/bench/seed, README).
    int jobs = 0;
};

constexpr int kMaxSeedJobs = 8;

struct SeedStep {
    QString table;
    qint64 rows = 0;
    qint64 durationMs = 0;  // its slices' time summed over the sessions (they overlap)
};

struct SeedReport {
    QList<SeedStep> steps;
    qint64 totalRows = 0;
    // Wall time of the inserts, in ms; ANALYZE is in analyzeMs.
    qint64 totalMs = 0;
    int jobs = 1;  // sessions that inserted in parallel
    qint64 analyzeMs = 0;
    double rowsPerSecond() const
    {
        return totalMs > 0 ? static_cast<double>(totalRows) * 1000.0 / static_cast<double>(totalMs)
                           : 0;
    }
};

struct SeedProgress {
    int step = 0;
    int stepCount = 0;
    QString table;
};

// Synthetic Mathakine data at realistic volumes for a test database: users with ranks and
// points, exercises, attempts, achievements, notifications and sessions. Generated on the
// server with set-based INSERT … SELECT generate_series (never row by row from the client),
// then ANALYZE. Refused on a profile tagged production and on a database not migrated to Phase 1.
// A superuser seeds with options.jobs sessions in parallel (SeedWorkers), parents committed
// before children, each slice of a table its own transaction with synchronous_commit off (the
// rows are synthetic: losing the last ones in a server crash costs nothing) and the per-row
// foreign key triggers off (session_replication_role = replica); instead the parents are locked
// in SHARE mode from before their children read them until the children are committed
// (parentLocks), so no reference can dangle. A cancel or a failure then deletes every row the
// run wrote (cleanupStatements), so nothing is kept. Any other role may not skip the triggers
// nor delete that fast: it seeds on one session in one transaction that a cancel rolls back.
class DataSeeder {
    Q_DECLARE_TR_FUNCTIONS(DataSeeder)

public:
    using ProgressHandler = std::function<void(const SeedProgress &)>;

    // cancel: the task's token (a fresh one by default); cancel() below cancels it too.
    DataSeeder(ConnectionSpec spec, SeedOptions options, CancelToken cancel = {});
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    Outcome<SeedReport> run();
    void cancel() { m_cancel.cancel(); }

private:
    struct Plan;
    Outcome<SeedReport> seedInOneTransaction(const DatabaseSession &lead, const Plan &plan);
    Outcome<SeedReport> seedInParallel(const DatabaseSession &lead, const Plan &plan);
    void reportStarted(int tableIndex, QList<bool> &reported) const;

    ConnectionSpec m_spec;
    SeedOptions m_options;
    ProgressHandler m_progress;
    CancelToken m_cancel;
};

}  // namespace mathakine
