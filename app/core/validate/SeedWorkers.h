#pragma once

#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"
#include "validate/PgExecutor.h"
#include "validate/SeedStatements.h"

#include <functional>

namespace mathakine {

// One chunk run: its rows (or first value, for a check) and when it ran, in ms of the
// monotonic clock (seedClockMs) so chunks of different phases and sessions compare.
struct SeedChunkResult {
    int chunk = 0;  // index into the list given to SeedWorkers::run
    qint64 rows = 0;
    QString value;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

struct SeedWorkersOutcome {
    QList<SeedChunkResult> results;
    bool canceled = false;
    bool failed = false;
    int failedChunk = -1;  // the first chunk that failed; -1 when none or a session failed
    QString message;       // its server message (or the connection's)
};

// ms of a monotonic clock, for SeedChunkResult.
qint64 seedClockMs();

// Runs one chunk on a session: setseed() when the chunk has one, then its statement.
PgResult runSeedChunk(const PgExecutor &executor, const SeedChunk &chunk);

// Runs chunks on `jobs` sessions of their own in parallel, each chunk its own transaction
// (autocommit): a worker thread per session opens it (default lock_timeout and
// statement_timeout), runs `settings` once, then takes the next chunk until none is left.
// The first failure stops the others (their statement in flight is canceled); so does
// `cancel`, watched every 20 ms and relayed as a server-side cancel to every session.
// `started(tableIndex)` is called on the calling thread when a chunk starts.
class SeedWorkers {
public:
    SeedWorkers(ConnectionSpec spec, int jobs, QStringList settings, CancelToken cancel);
    SeedWorkersOutcome run(const QList<SeedChunk> &chunks,
                           const std::function<void(int)> &started) const;

private:
    ConnectionSpec m_spec;
    int m_jobs;
    QStringList m_settings;
    CancelToken m_cancel;
};

}  // namespace mathakine
