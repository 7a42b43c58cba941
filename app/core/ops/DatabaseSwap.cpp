#include "ops/DatabaseSwap.h"

#include "connection/DatabaseSession.h"
#include "connection/ServerStatement.h"
#include "log/Log.h"
#include <QCoreApplication>

namespace mathakine {

namespace {
constexpr int kRenameAttempts = 2;

QString quoted(const QString &name)
{
    return DatabaseSession::quoteIdentifier(name);
}

Status allowConnections(const DatabaseSession &admin, const QString &database, bool allow)
{
    auto done = ServerStatement::run(
        admin,
        allow ? DatabaseSwap::tr("Cannot let connections to database %1 in again.").arg(database)
              : DatabaseSwap::tr("Cannot refuse new connections to database %1.").arg(database),
        QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS %2")
            .arg(quoted(database), allow ? QStringLiteral("true") : QStringLiteral("false")));
    if (!done)
        return done.error();
    return {};
}
}  // namespace

Outcome<int> DatabaseSwap::terminateSessions(const DatabaseSession &admin, const QString &live,
                                             const QString &replacement)
{
    auto count = ServerStatement::scalar(
        admin, tr("Cannot terminate the sessions on database %1.").arg(live),
        QStringLiteral(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname IN (?, ?) AND pid <> pg_backend_pid()"),
        {live, replacement});
    if (!count)
        return count.error();
    return count->toInt();
}

Status DatabaseSwap::renameBoth(const DatabaseSession &admin, const QString &live,
                                const QString &replacement, const QString &previous)
{
    const QList<std::pair<QString, QString>> steps = {
        {tr("Cannot start the swap's transaction."), QStringLiteral("BEGIN")},
        {tr("Cannot rename database %1 to %2.").arg(live, previous),
         QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(quoted(live), quoted(previous))},
        {tr("Cannot rename database %1 to %2.").arg(replacement, live),
         QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(quoted(replacement), quoted(live))},
        // The kept database can be opened to look at it (only its name changed).
        {tr("Cannot let connections to database %1 in again.").arg(previous),
         QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(quoted(previous))},
        {tr("Cannot commit the swap."), QStringLiteral("COMMIT")},
    };
    for (const auto &[what, sql] : steps) {
        if (auto done = ServerStatement::run(admin, what, sql); !done) {
            // Undoes the first rename; when even that fails the session is lost, and the server
            // rolls the transaction back with it: the step's error is the one to report.
            if (auto undone = ServerStatement::run(admin, {}, QStringLiteral("ROLLBACK")); !undone)
                log::warn(
                    QStringLiteral("swap: ROLLBACK failed: %1").arg(undone.error().fullText()));
            return done.error();
        }
    }
    return {};
}

Outcome<int> DatabaseSwap::run(const DatabaseSession &admin, const QString &live,
                               const QString &replacement, const QString &previous)
{
    if (Status s = allowConnections(admin, live, false); !s)
        return s.error();
    int terminated = 0;
    Status renamed;
    for (int attempt = 1; attempt <= kRenameAttempts; ++attempt) {
        auto count = terminateSessions(admin, live, replacement);
        if (!count) {
            renamed = count.error();
            break;
        }
        terminated += count.value();
        renamed = renameBoth(admin, live, replacement, previous);
        // 55006 object_in_use: a terminated session had not exited yet; the server waited 5 s.
        if (renamed || renamed.error().sqlState != QLatin1String("55006"))
            break;
        log::warn(QCoreApplication::translate("Journal",
                                              "swap of %1: sessions still open, terminating again")
                      .arg(live));
    }
    if (!renamed) {
        if (Status s = allowConnections(admin, live, true); !s)
            log::error(QStringLiteral("%1 %2").arg(s.error().message, s.error().detail));
        log::error(QCoreApplication::translate("Journal",
                                               "swap of %1 with %2 failed, %1 left in place: %3")
                       .arg(live, replacement, renamed.error().detail));
        return renamed.error();
    }
    log::info(QCoreApplication::translate(
                  "Journal",
                  "swapped %1 into the place of %2 (kept as %3), %n session(s) terminated", nullptr,
                  terminated)
                  .arg(replacement, live, previous));
    return terminated;
}

}  // namespace mathakine
