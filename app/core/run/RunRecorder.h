#pragma once

#include "connection/ConnectionProfile.h"
#include "migrate/HistoryStore.h"

#include <functional>
#include <memory>

namespace mathakine {

// Writes a run's history and audit rows on the run's session and, when that session was cut
// (server restart, 57P01, killed backend), on a new one: reconnecting is retried for up to
// RunOptions::auditRetryMs, so the failure of a run reaches audit_log once the server is back.
// When it still cannot be written, the caller gets the error to say so (stderr, window).
class RunRecorder {
    Q_DECLARE_TR_FUNCTIONS(RunRecorder)

public:
    RunRecorder(ConnectionSpec spec, QString schema, int retryMs);
    ~RunRecorder();

    // The run's own session; used while it is alive.
    void attach(const DatabaseSession *session) { m_session = session; }
    // Runs write(history) on a live session; returns the last error when none could be had
    // within the retry time.
    Status write(const std::function<Status(const HistoryStore &)> &write);
    Status audit(const AuditEntry &entry);

private:
    const DatabaseSession *liveSession();

    ConnectionSpec m_spec;
    QString m_schema;
    int m_retryMs = 30000;
    const DatabaseSession *m_session = nullptr;
    std::unique_ptr<DatabaseSession> m_fresh;
    AppError m_lastError;
};

}  // namespace mathakine
