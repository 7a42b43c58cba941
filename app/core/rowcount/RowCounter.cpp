#include "rowcount/RowCounter.h"

#include "connection/DatabaseSession.h"

#include <QHash>
#include <QSqlError>

namespace mathakine {

Outcome<TableCounts> RowCounter::count(const DatabaseSession &session, const QString &toolSchema)
{
    QSqlDatabase db = session.database();
    if (!db.transaction())
        return AppError{.exitCode = ExitCode::Failed,
                        .message = tr("Cannot start a transaction to count rows."),
                        .detail = db.lastError().text()};
    auto finish = [&db](Outcome<TableCounts> outcome) {
        db.rollback();  // read-only: nothing to keep
        return outcome;
    };
    if (auto set = session.run(
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        !set)
        return finish(set.error());
    auto tables = session.run(
        QStringLiteral(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
            " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> ?"
            " ORDER BY 1, 2"),
        {toolSchema});
    if (!tables)
        return finish(tables.error());
    QList<std::pair<QString, QString>> names;
    while (tables->next())
        names.append({tables->value(0).toString(), tables->value(1).toString()});
    return finish(countTables(session, names));
}

Outcome<TableCounts> RowCounter::countTables(const DatabaseSession &session,
                                             const QList<std::pair<QString, QString>> &tables)
{
    TableCounts counts;
    for (const auto &[schema, table] : tables) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1.%2")
                                .arg(DatabaseSession::quoteIdentifier(schema),
                                     DatabaseSession::quoteIdentifier(table));
        auto n = session.scalar(sql);
        if (!n) {
            AppError error = n.error();
            error.message = tr("Cannot count the rows of %1.%2.").arg(schema, table);
            return error;
        }
        counts.append({schema + QLatin1Char('.') + table, n->toLongLong()});
    }
    return counts;
}

QStringList RowCounter::differences(const TableCounts &before, const TableCounts &after)
{
    QHash<QString, qint64> old;
    for (const auto &[table, rows] : before)
        old.insert(table, rows);
    QStringList changed;
    for (const auto &[table, rows] : after) {
        const qint64 was = old.value(table, -1);
        if (was != rows)
            changed << QStringLiteral("%1: %2 → %3").arg(table).arg(was).arg(rows);
        old.remove(table);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        changed << QStringLiteral("%1: %2 → -").arg(it.key()).arg(it.value());
    changed.sort();
    return changed;
}

}  // namespace mathakine
