#include "run/PlanTables.h"

#include "connection/DatabaseSession.h"
#include "gate/PreflightTargets.h"

namespace mathakine {

namespace {
// oid[] as a bound text value: '{1,2,3}'.
QString oidArray(const QList<qint64> &oids)
{
    QStringList items;
    for (qint64 oid : oids)
        items << QString::number(oid);
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}
}  // namespace

Outcome<QList<qint64>> PlanTables::targetOids(const DatabaseSession &session,
                                              const MigrationPlan &plan)
{
    QList<qint64> oids;
    for (const TableRef &table : PreflightTargets::of(plan).allTables()) {
        auto oid = table.oid(session);
        if (!oid)
            return oid.error();
        if (oid.value() != 0 && !oids.contains(oid.value()))
            oids << oid.value();
    }
    return oids;
}

Outcome<QList<PlanTables::Table>> PlanTables::changeable(const DatabaseSession &session,
                                                         const MigrationPlan &plan)
{
    auto oids = targetOids(session, plan);
    if (!oids)
        return oids.error();
    QList<Table> tables;
    if (oids->isEmpty())
        return tables;
    // An index or a view among the targets is replaced by nothing: only tables hold rows.
    auto rows = session.run(
        QStringLiteral(
            "WITH RECURSIVE reach(oid) AS ("
            "  SELECT unnest(?::oid[])"
            "  UNION"
            "  SELECT c.conrelid FROM pg_constraint c JOIN reach r ON c.confrelid = r.oid"
            "  WHERE c.contype = 'f' AND (c.confdeltype IN ('c', 'n', 'd') OR c.confupdtype IN ('c', 'n', 'd')))"
            " SELECT n.nspname, c.relname FROM reach r JOIN pg_class c ON c.oid = r.oid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') ORDER BY 1, 2"),
        {oidArray(oids.value())});
    if (!rows)
        return rows.error();
    while (rows->next())
        tables.append({rows->value(0).toString(), rows->value(1).toString()});
    return tables;
}

QStringList PlanTables::holders(const DatabaseSession &session, const MigrationPlan &plan)
{
    auto oids = targetOids(session, plan);
    if (!oids || oids->isEmpty())
        return {};
    auto rows = session.run(
        QStringLiteral(
            "SELECT a.pid, coalesce(a.usename, '?') || '@' || coalesce(host(a.client_addr), 'local'),"
            " coalesce(nullif(a.application_name, ''), '?'), coalesce(a.state, '?'),"
            " coalesce(to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS'), '?'),"
            " left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 120),"
            " string_agg(DISTINCT l.mode || ' ' || l.relation::regclass::text, ', ')"
            " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'relation' AND l.relation = ANY(?::oid[]) AND l.pid <> pg_backend_pid()"
            " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1"),
        {oidArray(oids.value())});
    QStringList lines;
    while (rows && rows->next()) {
        lines << tr("pid %1 %2 (%3), %4, transaction since %5: %6 — holds %7")
                     .arg(rows->value(0).toString(), rows->value(1).toString(),
                          rows->value(2).toString(), rows->value(3).toString(),
                          rows->value(4).toString(), rows->value(5).toString(),
                          rows->value(6).toString());
    }
    return lines;
}

Outcome<QStringList> PlanTables::invalidIndexes(const DatabaseSession &session,
                                                const MigrationPlan &plan)
{
    auto oids = targetOids(session, plan);
    if (!oids)
        return oids.error();
    QStringList names;
    if (oids->isEmpty())
        return names;
    // A target may itself be an index (CREATE INDEX names its table; DROP/REINDEX the index).
    auto rows = session.run(
        QStringLiteral(
            "SELECT n.nspname || '.' || c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE NOT i.indisvalid AND (i.indrelid = ANY(?::oid[]) OR i.indexrelid = ANY(?::oid[])) ORDER BY 1"),
        {oidArray(oids.value()), oidArray(oids.value())});
    if (!rows)
        return rows.error();
    while (rows->next())
        names << rows->value(0).toString();
    return names;
}

}  // namespace mathakine
