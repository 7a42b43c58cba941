#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// Puts database `replacement` in the place of `live` and keeps the live one as `previous`,
// for restore-production. New connections to live are refused first (ALLOW_CONNECTIONS
// false: the backend cannot reconnect between the terminate and the rename), the sessions of
// both databases are terminated, then the two renames run in one transaction: both happen or
// neither does (a failed second rename rolls the first back). ALTER DATABASE … RENAME
// refuses a database with sessions (55006): terminated sessions get one more try. On any
// failure live keeps its name and accepts connections again.
class DatabaseSwap {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSwap)

public:
    // admin: a session on another database (postgres), under timeouts (ServerStatement).
    // Returns the number of sessions terminated. The user must own both databases (or be a
    // superuser), have CREATEDB, and may terminate their sessions (pg_signal_backend).
    static Outcome<int> run(const DatabaseSession &admin, const QString &live,
                            const QString &replacement, const QString &previous);

private:
    static Outcome<int> terminateSessions(const DatabaseSession &admin, const QString &live,
                                          const QString &replacement);
    static Status renameBoth(const DatabaseSession &admin, const QString &live,
                             const QString &replacement, const QString &previous);
};

}  // namespace mathakine
