#include "migrate/MigrationLock.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QLocale>

namespace mathakine {

namespace {
// Two-key advisory lock ('MA', 1): the class id keeps clear of single-key locks an
// application might take.
constexpr int kLockClass = 0x4D41;
constexpr int kLockObject = 1;
}  // namespace

QString LockHolder::describe() const
{
    return MigrationLock::tr("%1@%2 (%3) since %4")
        .arg(user, host, application,
             QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

Outcome<bool> MigrationLock::tryAcquire(const DatabaseSession &session)
{
    auto got = session.scalar(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"),
                              {kLockClass, kLockObject});
    if (!got)
        return got.error();
    return got.value().toBool();
}

void MigrationLock::release(const DatabaseSession &session)
{
    // A failed unlock only logs: the lock is a session lock, released when the session closes.
    if (auto unlocked = session.run(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"),
                                    {kLockClass, kLockObject});
        !unlocked)
        log::warn(QStringLiteral("migration lock not released (freed with the session): %1")
                      .arg(unlocked.error().fullText()));
}

std::optional<LockHolder> MigrationLock::holder(const DatabaseSession &session)
{
    auto query = session.run(
        QStringLiteral(
            "SELECT a.usename, coalesce(a.client_hostname, host(a.client_addr), 'local'), a.application_name,"
            " a.backend_start, a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.classid = ? AND l.objid = ? AND l.objsubid = 2 AND l.granted"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
        {kLockClass, kLockObject});
    if (!query || !query->next())
        return std::nullopt;
    return LockHolder{query->value(0).toString(), query->value(1).toString(),
                      query->value(2).toString(), query->value(3).toDateTime(),
                      query->value(4).toInt()};
}

AppError MigrationLock::lockedError(const std::optional<LockHolder> &holder)
{
    AppError error;
    error.exitCode = ExitCode::Locked;
    error.kind = ErrorKind::LockHeld;
    error.message = holder ? tr("Migration in progress by %1.").arg(holder->describe())
                           : tr("Another migration run holds the lock.");
    error.hint =
        tr("Wait for it to finish; if that session is dead, end it with pg_terminate_backend(%1).")
            .arg(holder ? holder->pid : 0);
    return error;
}

Outcome<std::unique_ptr<DatabaseSession>> MigrationLock::openLocked(const ConnectionSpec &spec,
                                                                    const QString &purpose,
                                                                    int lockTimeoutMs,
                                                                    int statementTimeoutMs,
                                                                    CancelToken &cancel)
{
    auto opened = DatabaseSession::open(spec, purpose);
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    cancel.arm(session);
    if (Status s = session.setTimeouts(lockTimeoutMs, statementTimeoutMs); !s)
        return s.error();
    auto acquired = tryAcquire(session);
    if (!acquired)
        return acquired.error();
    if (!acquired.value())
        return lockedError(holder(session));
    return std::move(opened.value());
}

}  // namespace mathakine
