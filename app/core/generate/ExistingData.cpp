#include "generate/ExistingData.h"

#include "connection/DatabaseSession.h"
#include "schema/SqlQuote.h"

namespace mathakine {

namespace {
QString qualified(const SchemaTable &table)
{
    return SqlQuote::qualified(table.schema, table.name);
}

// A key as written in CREATE INDEX, without the ordering words that only an index accepts.
QString keyExpression(QString key)
{
    for (const char *suffix : {" NULLS FIRST", " NULLS LAST", " DESC", " ASC"}) {
        if (key.endsWith(QLatin1String(suffix)))
            key.chop(static_cast<int>(qstrlen(suffix)));
    }
    return key;
}

// "col=value, col2=value": the text form of each key part, NULL as NULL.
QString labelExpression(const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys)
        parts << QStringLiteral("%1 || '=' || coalesce((%2)::text, 'NULL')")
                     .arg(SqlQuote::literal(key), keyExpression(key));
    return parts.join(QStringLiteral(" || ', ' || "));
}

QStringList rowKey(const SchemaTable &table)
{
    if (table.primaryKey && !table.primaryKey->columns.isEmpty()) {
        QStringList keys;
        for (const QString &column : table.primaryKey->columns)
            keys << SqlQuote::identifier(column);
        return keys;
    }
    return {QStringLiteral("ctid")};
}
}  // namespace

Outcome<QStringList> ExistingData::rowsWhere(const SchemaTable &table,
                                             const QString &condition) const
{
    // Aliased t, so that a condition can tell the table from a subquery's.
    auto rows = m_session.run(QStringLiteral("SELECT %1 FROM %2 AS t WHERE %3 LIMIT %4")
                                  .arg(labelExpression(rowKey(table)), qualified(table), condition)
                                  .arg(m_sample));
    if (!rows)
        return rows.error();
    QStringList labels;
    while (rows->next())
        labels << rows->value(0).toString();
    return labels;
}

Outcome<QStringList> ExistingData::nulls(const SchemaTable &table, const QString &column) const
{
    return rowsWhere(table, SqlQuote::identifier(column) + QStringLiteral(" IS NULL"));
}

Outcome<QStringList> ExistingData::duplicates(const SchemaTable &table, const QStringList &keys,
                                              bool nullsNotDistinct) const
{
    QStringList expressions;
    QStringList notNull;
    for (const QString &key : keys) {
        expressions << keyExpression(key);
        notNull << QStringLiteral("(%1) IS NOT NULL").arg(keyExpression(key));
    }
    const QString where = nullsNotDistinct
        ? QString()
        : QStringLiteral(" WHERE ") + notNull.join(QLatin1String(" AND "));
    auto rows = m_session.run(
        QStringLiteral(
            "SELECT %1, count(*) FROM %2%3 GROUP BY %4 HAVING count(*) > 1 ORDER BY count(*) DESC LIMIT %5")
            .arg(labelExpression(keys), qualified(table), where,
                 expressions.join(QLatin1String(", ")))
            .arg(m_sample));
    if (!rows)
        return rows.error();
    QStringList labels;
    while (rows->next())
        labels << tr("%1 (×%2)").arg(rows->value(0).toString()).arg(rows->value(1).toLongLong());
    return labels;
}

Outcome<QStringList> ExistingData::orphans(const SchemaTable &table, const SchemaForeignKey &fk,
                                           const SchemaTable *referenced) const
{
    QStringList notNull;
    QStringList match;
    for (qsizetype i = 0; i < fk.columns.size(); ++i) {
        const QString column = SqlQuote::identifier(fk.columns.at(i));
        notNull << QStringLiteral("t.%1 IS NOT NULL").arg(column);
        match << QStringLiteral("r.%1 = t.%2")
                     .arg(SqlQuote::identifier(fk.referencedColumns.value(i)), column);
    }
    QString condition = notNull.join(QLatin1String(" AND "));
    if (referenced)
        condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 r WHERE %2)")
                         .arg(qualified(*referenced), match.join(QLatin1String(" AND ")));
    return rowsWhere(table, condition);
}

Outcome<QStringList> ExistingData::violating(const SchemaTable &table,
                                             const QString &checkDefinition) const
{
    QString expression = checkDefinition.trimmed();
    if (expression.endsWith(QLatin1String(" NOT VALID")))
        expression.chop(10);
    if (expression.startsWith(QLatin1String("CHECK ")))
        expression = expression.mid(6);
    // A check passes on NULL (PostgreSQL docs, "Check Constraints"): only false rejects.
    return rowsWhere(table, QStringLiteral("(%1) IS FALSE").arg(expression));
}

Outcome<bool> ExistingData::holdsAtLeast(const SchemaTable &table, qint64 rows) const
{
    auto count = m_session.scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2) AS bounded")
            .arg(qualified(table))
            .arg(rows));
    if (!count)
        return count.error();
    return count->toLongLong() >= rows;
}

Outcome<QString> ExistingData::relationNamed(const QString &schema, const QString &name) const
{
    auto kind = m_session.scalar(
        QStringLiteral(
            "SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'i' THEN 'index'"
            " WHEN 'I' THEN 'partitioned index' WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'"
            " WHEN 'f' THEN 'foreign table' ELSE 'relation' END"
            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"),
        {schema, name});
    if (!kind)
        return kind.error();
    return kind->isNull() ? QString() : kind->toString();
}

Outcome<bool> ExistingData::constraintNamed(const SchemaTable &table, const QString &name) const
{
    auto found = m_session.scalar(
        QStringLiteral(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = to_regclass(?) AND conname = ?"),
        {qualified(table), name});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

}  // namespace mathakine
