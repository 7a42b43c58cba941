#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"
#include "connection/CancelToken.h"

#include <QCoreApplication>

#include <functional>

namespace mathakine {

struct SeedOptions {
    qint64 users = 100000;
    qint64 exercises = 20000;
    qint64 attempts = 1000000;
    qint64 achievements = 60;
    int achievementsPerUser = 5;   // each new user earns 0..N of them
    qint64 notifications = 500000;
    qint64 sessions = 200000;
    int randomSeed = 42;
};

struct SeedStep {
    QString table;
    qint64 rows = 0;
    qint64 durationMs = 0;
};

struct SeedReport {
    QList<SeedStep> steps;
    qint64 totalRows = 0;
    qint64 totalMs = 0;            // inserts and the set-based foreign key check; ANALYZE is in analyzeMs
    qint64 analyzeMs = 0;
    double rowsPerSecond() const { return totalMs > 0 ? static_cast<double>(totalRows) * 1000.0 / static_cast<double>(totalMs) : 0; }
};

struct SeedProgress {
    int step = 0;
    int stepCount = 0;
    QString table;
};

// Synthetic Mathakine data at realistic volumes for a test database: users with ranks and
// points, exercises, attempts, achievements, notifications and sessions. Generated on the
// server with set-based INSERT … SELECT generate_series (never row by row from the client),
// in one transaction (cancel rolls everything back), then ANALYZE. A superuser skips the per-row
// foreign key triggers (session_replication_role = replica) and every foreign key of the seeded
// tables is checked set-based before the commit instead; other roles keep the per-row checks. Refused on a profile
// tagged production and on a database not migrated to Phase 1.
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
    ConnectionSpec m_spec;
    SeedOptions m_options;
    ProgressHandler m_progress;
    CancelToken m_cancel;
};

} // namespace mathakine
