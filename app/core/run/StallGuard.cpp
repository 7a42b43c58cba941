#include "run/StallGuard.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

namespace mathakine {

namespace {
constexpr int kReportEveryMs = 500;

// Client sessions that the backend ? blocks. pg_blocking_pids is only asked for sessions
// that wait for a lock (it takes the lock manager's locks); waitstart exists from 14 on.
QString sampleSql(int serverVersion)
{
    const QString since = serverVersion >= 140000 ? QStringLiteral("l.waitstart")
                                                  : QStringLiteral("NULL::timestamptz");
    return QStringLiteral(
               "SELECT a.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''),"
               " coalesce(w.since, a.query_start, clock_timestamp()),"
               " (extract(epoch FROM clock_timestamp() - coalesce(w.since, a.query_start, clock_timestamp())) * 1000)::bigint,"
               " coalesce(w.mode, ''), coalesce(w.relation, ''), left(coalesce(a.query, ''), 300)"
               " FROM pg_stat_activity a"
               " CROSS JOIN LATERAL (SELECT min(%1) AS since, min(l.mode) AS mode, min(l.relation::regclass::text) AS relation"
               "                     FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted) w"
               " WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()"
               "   AND CASE WHEN a.wait_event_type = 'Lock' THEN ?::int = ANY (pg_blocking_pids(a.pid)) ELSE false END"
               " ORDER BY 5 DESC")
        .arg(since);
}

QSet<int> pidsOf(const StallSample &sample)
{
    QSet<int> pids;
    for (const WaitingSession &s : sample.sessions)
        pids.insert(s.pid);
    return pids;
}
}  // namespace

StallGuard::StallGuard(ConnectionSpec spec, int migrationPid, int maxAppWaitMs,
                       SampleHandler handler)
    : m_spec(std::move(spec)), m_migrationPid(migrationPid), m_maxAppWaitMs(maxAppWaitMs),
      m_handler(std::move(handler))
{}

Outcome<std::unique_ptr<StallGuard>> StallGuard::start(const ConnectionSpec &spec, int migrationPid,
                                                       int maxAppWaitMs, SampleHandler handler)
{
    std::unique_ptr<StallGuard> guard(
        new StallGuard(spec, migrationPid, maxAppWaitMs, std::move(handler)));
    std::promise<Status> ready;
    auto opened = ready.get_future();
    guard->m_thread = std::thread([g = guard.get(), &ready] { g->loop(&ready); });
    if (Status s = opened.get(); !s)
        return s.error();  // the thread has ended; the destructor joins it
    return guard;
}

StallGuard::~StallGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StallGuard::beginStep(const QString &version)
{
    std::lock_guard lock(m_mutex);
    m_version = version;
    m_longestMs = 0;
    m_tripped.reset();
    ++m_generation;
}

void StallGuard::reset()
{
    std::lock_guard lock(m_mutex);
    m_tripped.reset();
    ++m_generation;
}

std::optional<WaitingSession> StallGuard::tripped() const
{
    std::lock_guard lock(m_mutex);
    return m_tripped;
}

qint64 StallGuard::longestWaitMs() const
{
    std::lock_guard lock(m_mutex);
    return m_longestMs;
}

AppError StallGuard::blockedError(const WaitingSession &session) const
{
    const QString version = [this] {
        std::lock_guard lock(m_mutex);
        return m_version;
    }();
    const QString who = session.application.isEmpty()
        ? tr("session %1 (user %2)").arg(session.pid).arg(session.user)
        : tr("session %1 (%2, user %3)").arg(session.pid).arg(session.application, session.user);
    const QString what = session.relation.isEmpty()
        ? session.lockMode
        : tr("%1 on %2").arg(session.lockMode, session.relation);
    return AppError{
        .message =
            tr("application blocked for %1 s by migration %2: %3 waited for %4.")
                .arg(QLocale().toString(session.waitedMs / 1000.0, 'f', 1), version, who, what),
        .detail = session.query,
        .hint = tr(
            "The migration held or queued for a lock the application needs. Run it when the load is lower, give it "
            "lock_retries (it is then retried later), or allow a longer wait with --max-app-wait MS."),
        .sqlState = QStringLiteral("57014"),
        .kind = ErrorKind::ApplicationBlocked};
}

void StallGuard::loop(std::promise<Status> *ready)
{
    auto opened = DatabaseSession::open(m_spec, QStringLiteral("stall-guard"));
    if (opened) {
        // A sample never waits long itself: it reads catalogs only, but bound it all the same.
        if (Status s = opened.value()->setTimeouts(kSampleIntervalMs * 10, kSampleIntervalMs * 20);
            !s)
            opened = s.error();
    }
    if (!opened) {
        ready->set_value(opened.error());
        return;
    }
    const DatabaseSession &session = *opened.value();
    ready->set_value(Status{});
    const QString sql = sampleSql(session.server().versionNumber);
    QSet<int> reported;
    QElapsedTimer sinceReport;
    sinceReport.start();
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        const quint64 generation = m_generation;
        StallSample sample{m_version, m_migrationPid, {}};
        lock.unlock();
        auto rows = session.run(sql, {m_migrationPid});
        if (rows) {
            QSqlQuery &q = rows.value();
            while (q.next())
                sample.sessions << WaitingSession{q.value(0).toInt(),      q.value(1).toString(),
                                                  q.value(2).toString(),   q.value(3).toDateTime(),
                                                  q.value(4).toLongLong(), q.value(5).toString(),
                                                  q.value(6).toString(),   q.value(7).toString()};
            const bool trippedNow = consider(sample, generation, session);
            const QSet<int> pids = pidsOf(sample);
            const bool changed =
                pids != reported || trippedNow;  // the sample that trips is always shown
            if (m_handler
                && (changed || (!pids.isEmpty() && sinceReport.elapsed() >= kReportEveryMs))) {
                m_handler(sample);
                reported = pids;
                sinceReport.restart();
            }
        } else {
            log::warn(tr("Stall guard sample failed: %1").arg(rows.error().fullText()));
        }
        lock.lock();
        m_wake.wait_for(lock, std::chrono::milliseconds(kSampleIntervalMs),
                        [this] { return m_stop; });
    }
}

// Records the longest wait and trips on the first one over the limit; while tripped, cancels
// the migration's statement at every sample: a cancel that reached it between two statements
// did nothing, and the executor checks before each statement.
bool StallGuard::consider(const StallSample &sample, quint64 generation,
                          const DatabaseSession &session)
{
    if (sample.sessions.isEmpty())
        return false;
    bool trippedNow = false;
    const WaitingSession &longest = sample.sessions.constFirst();
    {
        std::lock_guard lock(m_mutex);
        if (generation != m_generation)
            return false;  // taken before a reset: the step it saw has been rolled back
        m_longestMs = std::max(m_longestMs, longest.waitedMs);
        if (longest.waitedMs < m_maxAppWaitMs)
            return false;
        if (!m_tripped) {
            m_tripped = longest;
            trippedNow = true;
            log::warn(
                tr("Stall guard: session %1 has waited %2 ms behind migration %3 (limit %4 ms); canceling its statement.")
                    .arg(longest.pid)
                    .arg(longest.waitedMs)
                    .arg(m_version)
                    .arg(m_maxAppWaitMs));
        }
    }
    if (auto canceled =
            session.run(QStringLiteral("SELECT pg_cancel_backend(?)"), {m_migrationPid});
        !canceled)
        log::warn(tr("Stall guard could not cancel the migration's statement: %1")
                      .arg(canceled.error().fullText()));
    return trippedNow;
}

}  // namespace mathakine
