#include "rowcount/BackupRowCounts.h"

#include "connection/DatabaseSession.h"
#include "rowcount/RowCounter.h"

namespace mathakine {

namespace {
// Ordinary tables (partitions included, their parents not: the rows are counted once),
// without the tables of extensions, which pg_dump leaves to CREATE EXTENSION.
const QString kTablesSql = QStringLiteral(
    "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
    " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
    "                 AND d.objid = c.oid AND d.deptype = 'e')"
    " ORDER BY 1, 2");
}  // namespace

Outcome<QStringList> BackupRowCounts::tables(const DatabaseSession &session)
{
    auto query = session.run(kTablesSql);
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString() + QLatin1Char('.') + query->value(1).toString();
    return names;
}

Outcome<QMap<QString, qint64>> BackupRowCounts::count(const DatabaseSession &session)
{
    auto query = session.run(kTablesSql);
    if (!query)
        return query.error();
    QList<std::pair<QString, QString>> relations;
    while (query->next())
        relations.append({query->value(0).toString(), query->value(1).toString()});
    auto counted = RowCounter::countTables(session, relations);
    if (!counted)
        return counted.error();
    QMap<QString, qint64> counts;
    for (const auto &[table, rows] : counted.value())
        counts.insert(table, rows);
    return counts;
}

QList<RowCountDifference> BackupRowCounts::compare(const QMap<QString, qint64> &expected,
                                                   const QMap<QString, qint64> &actual)
{
    QList<RowCountDifference> differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const qint64 found = actual.value(it.key(), -1);
        if (found != it.value())
            differences << RowCountDifference{it.key(), it.value(), found};
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            differences << RowCountDifference{it.key(), -1, it.value()};
    }
    return differences;
}

}  // namespace mathakine
