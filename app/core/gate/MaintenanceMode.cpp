#include "gate/MaintenanceMode.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"
#include "migrate/ToolSchema.h"

namespace mathakine {

MaintenanceMode::MaintenanceMode(const DatabaseSession &session, QString schema)
    : m_session(session), m_schema(std::move(schema))
{}

QString MaintenanceMode::table() const
{
    return DatabaseSession::quoteIdentifier(m_schema) + QLatin1String(".maintenance");
}

QString MaintenanceMode::checkSql(const QString &schema)
{
    const QString t = DatabaseSession::quoteIdentifier(schema) + QLatin1String(".maintenance");
    return QStringLiteral(
               "SELECT count(*) > 0 AS in_maintenance, max(reason) AS reason, min(started_at) AS since"
               " FROM %1 WHERE ended_at IS NULL")
        .arg(t);
}

bool MaintenanceMode::tableExists() const
{
    auto found = m_session.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {table()});
    return found && found.value().toBool();
}

Status MaintenanceMode::ensure() const
{
    // The table belongs to the bookkeeping schema, which is only changed under the migration lock.
    auto acquired = MigrationLock::tryAcquire(m_session);
    if (!acquired)
        return acquired.error();
    if (!acquired.value())
        return MigrationLock::lockedError(MigrationLock::holder(m_session));
    Status done = ToolSchema(m_session, m_schema).ensure();
    MigrationLock::release(m_session);
    return done;
}

Outcome<qint64> MaintenanceMode::switchOn(const QString &reason) const
{
    if (Status s = ensure(); !s)
        return s.error();
    auto id = begin(reason, QStringLiteral("manual"), {});
    if (id)
        HistoryStore(m_session, m_schema)
            .auditOrLog({QStringLiteral("maintenance-on"), {}, true, 0, reason});
    return id;
}

Outcome<int> MaintenanceMode::switchOff() const
{
    auto ended = endAll(QStringLiteral("cleared"));
    if (ended && ended.value() > 0 && HistoryStore(m_session, m_schema).exists())
        HistoryStore(m_session, m_schema)
            .auditOrLog({QStringLiteral("maintenance-off"),
                         {},
                         true,
                         0,
                         QStringLiteral("cleared by hand: %1 period(s)").arg(ended.value())});
    return ended;
}

Outcome<qint64> MaintenanceMode::begin(const QString &reason, const QString &action,
                                       const QString &targetVersion) const
{
    auto id =
        m_session.scalar(QStringLiteral("INSERT INTO %1 (reason, action, target_version, operator)"
                                        " VALUES (?, ?, nullif(?, ''), ?) RETURNING id")
                             .arg(table()),
                         {reason, action, targetVersion, appinfo::osUserAtHost()});
    if (!id) {
        AppError error = id.error();
        error.message = tr("Cannot switch maintenance mode on.");
        return error;
    }
    return id.value().toLongLong();
}

Status MaintenanceMode::end(qint64 id, const QString &outcome) const
{
    auto done = m_session.run(
        QStringLiteral(
            "UPDATE %1 SET ended_at = now(), outcome = ? WHERE id = ? AND ended_at IS NULL")
            .arg(table()),
        {outcome, id});
    if (!done) {
        AppError error = done.error();
        error.message = tr("Cannot switch maintenance mode off (period %1).").arg(id);
        error.hint = tr("Run: mathakine-admin maintenance off");
        return error;
    }
    return {};
}

Outcome<int> MaintenanceMode::endAll(const QString &outcome) const
{
    if (!tableExists())
        return 0;
    auto done = m_session.run(
        QStringLiteral("UPDATE %1 SET ended_at = now(), outcome = ? WHERE ended_at IS NULL")
            .arg(table()),
        {outcome});
    if (!done)
        return done.error();
    return done->numRowsAffected();
}

Outcome<QList<MaintenanceState>> MaintenanceMode::active() const
{
    QList<MaintenanceState> states;
    if (!tableExists())
        return states;
    auto query = m_session.run(
        QStringLiteral(
            "SELECT id, reason, action, coalesce(target_version, ''), operator, db_user, started_at"
            " FROM %1 WHERE ended_at IS NULL ORDER BY started_at")
            .arg(table()));
    if (!query)
        return query.error();
    while (query->next()) {
        states << MaintenanceState{query->value(0).toLongLong(), query->value(1).toString(),
                                   query->value(2).toString(),   query->value(3).toString(),
                                   query->value(4).toString(),   query->value(5).toString(),
                                   query->value(6).toDateTime()};
    }
    return states;
}

}  // namespace mathakine
