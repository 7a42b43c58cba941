#pragma once

#include "common/Outcome.h"
#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>
#include <optional>

namespace mathakine {

class DatabaseSession;

// Who holds the migration lock, as PostgreSQL sees that session.
struct LockHolder {
    QString user;
    QString host;
    QString application;
    QDateTime since;
    int pid = 0;
    QString describe() const;  // "postgres@local (mathakine-admin) since …"
};

// A session-level advisory lock that serialises every migration run on a database,
// whichever machine it comes from.
class MigrationLock {
    Q_DECLARE_TR_FUNCTIONS(MigrationLock)

public:
    static Outcome<bool> tryAcquire(const DatabaseSession &session);
    static void release(const DatabaseSession &session);
    static std::optional<LockHolder> holder(const DatabaseSession &session);
    // The error for a run that found the lock taken (exit code 5).
    static AppError lockedError(const std::optional<LockHolder> &holder);
    // How every run starts: opens a session on `spec` for `purpose`, arms `cancel` on it, sets
    // lock_timeout / statement_timeout (ms, 0 = none) and takes the lock without waiting.
    // Errors: the connection's, the timeouts', lockedError() when another run holds it.
    // The caller releases the lock (release()) before closing the session.
    static Outcome<std::unique_ptr<DatabaseSession>> openLocked(const ConnectionSpec &spec,
                                                                const QString &purpose,
                                                                int lockTimeoutMs,
                                                                int statementTimeoutMs,
                                                                CancelToken &cancel);
};

}  // namespace mathakine
