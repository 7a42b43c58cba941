#include "run/RunRecorder.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace mathakine {

RunRecorder::RunRecorder(ConnectionSpec spec, QString schema, int retryMs)
    : m_spec(std::move(spec)), m_schema(std::move(schema)), m_retryMs(retryMs)
{}

RunRecorder::~RunRecorder() = default;

const DatabaseSession *RunRecorder::liveSession()
{
    for (const DatabaseSession *candidate :
         {m_session, static_cast<const DatabaseSession *>(m_fresh.get())}) {
        if (!candidate)
            continue;
        auto alive = candidate->scalar(QStringLiteral("SELECT 1"));
        if (alive)
            return candidate;
        m_lastError = alive.error();
    }
    // The run's session is gone: a new one, retried while the server restarts. A second
    // Ctrl-C (or the caller's deadline) is the way out of the wait; a first one is not,
    // since the failure being recorded may be that very cancel.
    QDeadlineTimer deadline(m_retryMs);
    int attempt = 0;
    do {
        auto reopened = DatabaseSession::open(m_spec, QStringLiteral("audit"));
        if (reopened) {
            m_fresh = std::move(reopened.value());
            m_session = nullptr;
            if (attempt > 0)
                log::info(QCoreApplication::translate(
                    "Journal", "reconnected to record the run after %n attempt(s)", nullptr,
                    attempt + 1));
            return m_fresh.get();
        }
        m_lastError = reopened.error();
        ++attempt;
        QThread::msleep(500);
    } while (!deadline.hasExpired());
    return nullptr;
}

Status RunRecorder::write(const std::function<Status(const HistoryStore &)> &write)
{
    const DatabaseSession *session = liveSession();
    if (!session) {
        AppError error = m_lastError;
        error.message =
            tr("The run's record could not be written: no connection to the server within %n s.",
               nullptr, m_retryMs / 1000);
        return error;
    }
    Status done = write(HistoryStore(*session, m_schema));
    if (!done && done.error().kind == ErrorKind::ConnectionLost) {
        m_session = nullptr;  // cut between the check and the write: once more on a new session
        m_fresh.reset();
        session = liveSession();
        if (session)
            done = write(HistoryStore(*session, m_schema));
    }
    return done;
}

Status RunRecorder::audit(const AuditEntry &entry)
{
    return write([&](const HistoryStore &history) { return history.audit(entry); });
}

}  // namespace mathakine
