#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace mathakine {

class DatabaseSession;

// An application session that waits for a lock behind the migration's backend.
struct WaitingSession {
    int pid = 0;
    QString user;
    QString application;  // its application_name, may be empty
    QDateTime since;      // when its lock wait began (pg_locks.waitstart; else its query's start)
    qint64 waitedMs = 0;  // at the sample
    QString lockMode;     // e.g. RowExclusiveLock
    QString relation;     // the table it waits for, may be empty
    QString query;        // its statement, cut at 300 characters
};

// One look at who waits behind the migration. Empty sessions: nobody waits (any more).
struct StallSample {
    QString version;  // the migration running
    int migrationPid = 0;
    QList<WaitingSession> sessions;  // longest wait first
};

// The stall guard: while the steps run, a second connection samples every 100 ms the client
// sessions that pg_blocking_pids() says the migration's backend blocks — holding a lock they
// want, or queued ahead of them with a conflicting request (PostgreSQL docs, "System
// Information Functions", pg_blocking_pids) — since when, and their query. When one has
// waited maxAppWaitMs, the guard trips: it cancels the migration's statement
// (pg_cancel_backend, again at each sample while the wait lasts) and the step executor, which
// checks tripped() around every statement, rolls the step back (and retries it later when
// the step has lock retries).
class StallGuard {
    Q_DECLARE_TR_FUNCTIONS(StallGuard)

public:
    using SampleHandler = std::function<void(const StallSample &)>;
    static constexpr int kSampleIntervalMs = 100;

    // Opens the guard's own connection (same spec as the run) and starts sampling for the
    // backend migrationPid. handler, called from the guard's thread, gets a sample when the
    // set of waiting sessions changes and every 500 ms while it is not empty. Errors: the
    // connection's, when the guard cannot connect.
    static Outcome<std::unique_ptr<StallGuard>> start(const ConnectionSpec &spec, int migrationPid,
                                                      int maxAppWaitMs, SampleHandler handler);
    ~StallGuard();  // stops sampling and closes the connection
    StallGuard(const StallGuard &) = delete;
    StallGuard &operator=(const StallGuard &) = delete;

    // The migration now running (for samples and messages); also resets trip and longest wait.
    void beginStep(const QString &version);
    // Forgets a trip: a retried step starts afresh.
    void reset();
    // The session whose wait reached the limit since the last reset, or nullopt.
    std::optional<WaitingSession> tripped() const;
    // Longest wait seen since beginStep (ms).
    qint64 longestWaitMs() const;
    int maxAppWaitMs() const { return m_maxAppWaitMs; }
    // The error a tripped step fails with: "application blocked for 1.0 s by migration …".
    AppError blockedError(const WaitingSession &session) const;

private:
    StallGuard(ConnectionSpec spec, int migrationPid, int maxAppWaitMs, SampleHandler handler);
    void loop(std::promise<Status> *ready);
    // Returns true when this sample tripped the guard.
    bool consider(const StallSample &sample, quint64 generation, const DatabaseSession &session);

    const ConnectionSpec m_spec;
    const int m_migrationPid;
    const int m_maxAppWaitMs;
    const SampleHandler m_handler;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;                      // guarded by m_mutex
    QString m_version;                        // guarded by m_mutex
    quint64 m_generation = 0;                 // guarded by m_mutex; bumped by reset()
    std::optional<WaitingSession> m_tripped;  // guarded by m_mutex
    qint64 m_longestMs = 0;                   // guarded by m_mutex
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::StallSample)
