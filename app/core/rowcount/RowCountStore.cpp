#include "rowcount/RowCountStore.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mathakine {

RowCountStore::RowCountStore(const DatabaseSession &session, QString schema)
    : m_session(session), m_schema(std::move(schema))
{}

QString RowCountStore::table(const char *name) const
{
    return DatabaseSession::quoteIdentifier(m_schema) + QLatin1Char('.') + QLatin1String(name);
}

Status RowCountStore::insertCounts(qint64 runId, const QString &phase,
                                   const TableCounts &counts) const
{
    // One statement for every table: the counts travel as one bound JSON value.
    QJsonArray rows;
    for (const auto &[name, n] : counts)
        rows.append(QJsonObject{{QStringLiteral("t"), name}, {QStringLiteral("n"), n}});
    auto done = m_session.run(
        QStringLiteral(
            "INSERT INTO %1 (run_id, phase, table_name, row_count)"
            " SELECT ?, ?, r.t, r.n FROM json_to_recordset(?::json) AS r(t text, n bigint)")
            .arg(table("row_counts")),
        {runId, phase, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    return done ? Status() : Status(done.error());
}

Outcome<qint64> RowCountStore::begin(const QString &action, const QString &fromVersion,
                                     const TableCounts &before) const
{
    auto id = m_session.scalar(
        QStringLiteral(
            "INSERT INTO %1 (action, from_version, os_user) VALUES (?, nullif(?, ''), ?) RETURNING id")
            .arg(table("row_count_runs")),
        {action, fromVersion, appinfo::osUserAtHost()});
    if (!id)
        return id.error();
    const qint64 runId = id->toLongLong();
    if (Status s = insertCounts(runId, QStringLiteral("before"), before); !s)
        return s.error();
    return runId;
}

Status RowCountStore::finish(qint64 runId, const QString &toVersion, bool success,
                             const TableCounts &after) const
{
    if (Status s = insertCounts(runId, QStringLiteral("after"), after); !s)
        return s;
    auto done = m_session.run(
        QStringLiteral(
            "UPDATE %1 SET finished_at = clock_timestamp(), to_version = nullif(?, ''), success = ?"
            " WHERE id = ?")
            .arg(table("row_count_runs")),
        {toVersion, success, runId});
    return done ? Status() : Status(done.error());
}

Status RowCountStore::discard(qint64 runId) const
{
    auto done = m_session.run(
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table("row_count_runs")), {runId});
    return done ? Status() : Status(done.error());
}

Outcome<std::optional<RowCountRun>> RowCountStore::latest() const
{
    auto exists = m_session.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                                   {table("row_count_runs")});
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return std::optional<RowCountRun>();
    auto run = m_session.run(
        QStringLiteral(
            "SELECT id, action, coalesce(from_version, ''), coalesce(to_version, ''), started_at,"
            " finished_at, success, os_user || ' / ' || db_user FROM %1"
            " WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")
            .arg(table("row_count_runs")));
    if (!run)
        return run.error();
    if (!run->next())
        return std::optional<RowCountRun>();
    RowCountRun r{
        run->value(0).toLongLong(), run->value(1).toString(),   run->value(2).toString(),
        run->value(3).toString(),   run->value(4).toDateTime(), run->value(5).toDateTime(),
        run->value(6).toBool(),     run->value(7).toString(),   {}};
    auto counts = m_session.run(
        QStringLiteral(
            "SELECT coalesce(b.table_name, a.table_name), coalesce(b.row_count, -1), coalesce(a.row_count, -1)"
            " FROM (SELECT table_name, row_count FROM %1 WHERE run_id = ? AND phase = 'before') b"
            " FULL JOIN (SELECT table_name, row_count FROM %1 WHERE run_id = ? AND phase = 'after') a"
            " ON a.table_name = b.table_name ORDER BY 1")
            .arg(table("row_counts")),
        {r.id, r.id});
    if (!counts)
        return counts.error();
    while (counts->next())
        r.tables << TableRowCount{counts->value(0).toString(), counts->value(1).toLongLong(),
                                  counts->value(2).toLongLong()};
    return std::optional<RowCountRun>(r);
}

}  // namespace mathakine
