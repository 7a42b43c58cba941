#pragma once

#include "common/Outcome.h"
#include "run/RunTypes.h"

#include <QCoreApplication>

namespace mathakine {

class CancelToken;
class DatabaseSession;

// After each migration, the run waits until every streaming standby (pg_stat_replication,
// state 'streaming') has replayed the WAL written up to its commit, so that replicas that
// serve reads never fall minutes behind a long index build; bounded by --max-replica-lag and
// cancellable. Reading the standbys' positions needs superuser or pg_read_all_stats
// (PostgreSQL docs, "pg_stat_replication"): without it the run says so once and does not wait.
class ReplicaWait {
    Q_DECLARE_TR_FUNCTIONS(ReplicaWait)

public:
    // session: the run's (primary) session, idle between two migrations; maxLagMs: the bound.
    ReplicaWait(const DatabaseSession &session, int maxLagMs, const CancelToken &cancel);

    // Waits for the standbys after version committed; returns each one's replay time and how
    // far behind it was (empty without standbys). Errors: ErrorKind::ReplicaLag (exit 4)
    // naming the standby still behind after maxLagMs; ErrorKind::Canceled; the server's.
    Outcome<QList<StandbyReplay>> afterCommit(const QString &version);

private:
    const DatabaseSession &m_session;
    const int m_maxLagMs;
    const CancelToken &m_cancel;
    bool m_blind = false;  // the positions are hidden from this user: said once, then not asked
};

}  // namespace mathakine
