#include "run/ReplicaWait.h"

#include "connection/CancelToken.h"
#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QThread>

#include <algorithm>

namespace mathakine {

namespace {
constexpr int kPollMs = 50;

struct Position {
    bool visible = false;  // replay_lsn readable (privilege) and known
    qint64 behind = 0;     // bytes of WAL before the target still to replay
};
}  // namespace

ReplicaWait::ReplicaWait(const DatabaseSession &session, int maxLagMs, const CancelToken &cancel)
    : m_session(session), m_maxLagMs(maxLagMs), m_cancel(cancel)
{}

Outcome<QList<StandbyReplay>> ReplicaWait::afterCommit(const QString &version)
{
    if (m_blind)
        return QList<StandbyReplay>{};
    // The insert position is at or after the end of the commit record just written.
    auto target = m_session.run(
        QStringLiteral("SELECT pg_current_wal_insert_lsn()::text,"
                       " (SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming')"));
    if (!target)
        return target.error();
    if (!target->next())
        return QList<StandbyReplay>{};
    const QString lsn = target->value(0).toString();
    if (target->value(1).toInt() == 0)
        return QList<StandbyReplay>{};
    QElapsedTimer clock;
    clock.start();
    QHash<QString, StandbyReplay> replays;  // by standby, once seen
    QHash<QString, qint64> pending;         // standby → bytes still to replay
    for (bool first = true;; first = false) {
        auto rows = m_session.run(
            QStringLiteral(
                "SELECT coalesce(nullif(application_name, ''), host(client_addr), 'pid ' || pid),"
                " replay_lsn IS NOT NULL, coalesce(pg_wal_lsn_diff(?::pg_lsn, replay_lsn), 0)::bigint"
                " FROM pg_stat_replication WHERE state = 'streaming' ORDER BY 1"),
            {lsn});
        if (!rows)
            return rows.error();
        QHash<QString, Position> now;
        while (rows->next())
            now.insert(rows->value(0).toString(),
                       Position{rows->value(1).toBool(), rows->value(2).toLongLong()});
        if (first && !now.isEmpty()
            && std::none_of(now.cbegin(), now.cend(),
                            [](const Position &p) { return p.visible; })) {
            m_blind = true;
            log::warn(tr(
                "%n streaming standby(s), but their replay positions are hidden from this user (superuser or "
                "pg_read_all_stats needed): the run does not wait for them.",
                nullptr, static_cast<int>(now.size())));
            return QList<StandbyReplay>{};
        }
        pending.clear();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            StandbyReplay &replay = replays[it.key()];
            if (replay.standby.isEmpty())
                replay =
                    StandbyReplay{it.key(), 0, it->visible ? std::max<qint64>(it->behind, 0) : 0};
            if (!it->visible || it->behind > 0)
                pending.insert(it.key(), it->behind);
            else if (replay.replayMs == 0)
                replay.replayMs = std::max<qint64>(clock.elapsed(), 1);
        }
        if (pending.isEmpty())
            break;
        if (clock.elapsed() >= m_maxLagMs) {
            const QString standby = pending.constBegin().key();
            return AppError{
                .exitCode = ExitCode::MigrationFailed,
                .message =
                    tr("Standby %1 has not replayed migration %2 within %3 s (%4 bytes of WAL still to replay); "
                       "the run stopped before the next migration.")
                        .arg(standby, version, QLocale().toString(m_maxLagMs / 1000.0, 'f', 1))
                        .arg(pending.constBegin().value()),
                .hint =
                    tr("Migration %1 is applied on the primary. Check the standby (pg_stat_replication on the "
                       "primary, its log), then run upgrade again; --max-replica-lag MS allows a longer wait.")
                        .arg(version),
                .kind = ErrorKind::ReplicaLag};
        }
        for (QElapsedTimer nap; !nap.isValid() || nap.elapsed() < kPollMs;) {
            if (!nap.isValid())
                nap.start();
            if (m_cancel.isCanceled())
                return AppError{
                    .exitCode = ExitCode::MigrationFailed,
                    .message =
                        tr("Canceled while the standbys replayed migration %1; it is applied on the primary.")
                            .arg(version),
                    .sqlState = QStringLiteral("57014"),
                    .kind = ErrorKind::Canceled};
            QThread::msleep(10);
        }
    }
    QList<StandbyReplay> result;
    for (const StandbyReplay &replay : std::as_const(replays)) {
        if (replay.replayMs == 0)
            continue;  // left while it was waited for
        log::info(tr("Standby %1 replayed migration %2 in %3 ms (%4 bytes behind at the commit).")
                      .arg(replay.standby, version)
                      .arg(replay.replayMs)
                      .arg(replay.lagBytes));
        result << replay;
    }
    std::sort(result.begin(), result.end(),
              [](const StandbyReplay &a, const StandbyReplay &b) { return a.standby < b.standby; });
    return result;
}

}  // namespace mathakine
