#include "schema/SchemaFixSql.h"

#include "schema/SqlQuote.h"

namespace mathakine {

namespace {
QString alterTable(const SchemaTable &table)
{
    return QStringLiteral("ALTER TABLE ") + SqlQuote::qualified(table.schema, table.name);
}

// "name type [COLLATE …] [DEFAULT …] [GENERATED …] [NOT NULL]", as in CREATE or ALTER TABLE.
QString columnDefinition(const SchemaColumn &c)
{
    QString sql = SqlQuote::identifier(c.name) + QLatin1Char(' ') + c.type;
    if (!c.collation.isEmpty())
        sql += QStringLiteral(" COLLATE ") + c.collation;  // already quoted by the catalog query
    if (!c.generated.isEmpty())
        sql += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(c.generated);
    else if (!c.defaultValue.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + c.defaultValue;
    if (!c.identity.isEmpty())
        sql += QStringLiteral(" GENERATED %1 AS IDENTITY").arg(c.identity.toUpper());
    if (!c.nullable)
        sql += QStringLiteral(" NOT NULL");
    return sql;
}

QString deferrability(bool deferrable, bool deferred)
{
    if (!deferrable)
        return {};
    return deferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED")
                    : QStringLiteral(" DEFERRABLE");
}
}  // namespace

QString SchemaFixSql::keyDefinition(const SchemaTable &table, const SchemaKey &key, bool primary)
{
    const SchemaIndex *index = table.index(key.name);  // carries INCLUDE, NULLS NOT DISTINCT, WITH
    QString sql = primary ? QStringLiteral("PRIMARY KEY ") : QStringLiteral("UNIQUE ");
    if (index && index->nullsNotDistinct)
        sql += QStringLiteral("NULLS NOT DISTINCT ");
    sql += QLatin1Char('(') + SqlQuote::identifiers(key.columns) + QLatin1Char(')');
    if (index && !index->include.isEmpty())
        sql += QStringLiteral(" INCLUDE (%1)").arg(index->include.join(QLatin1String(", ")));
    if (index && !index->options.isEmpty())
        sql += QStringLiteral(" WITH (%1)").arg(index->options);
    return sql + deferrability(key.deferrable, key.deferred);
}

QString SchemaFixSql::foreignKeyDefinition(const SchemaForeignKey &f)
{
    QString sql = QStringLiteral("FOREIGN KEY (%1) REFERENCES %2(%3)")
                      .arg(SqlQuote::identifiers(f.columns),
                           SqlQuote::qualified(f.referencedSchema, f.referencedTable),
                           SqlQuote::identifiers(f.referencedColumns));
    if (f.match != QLatin1String("SIMPLE"))
        sql += QStringLiteral(" MATCH ") + f.match;
    if (f.onUpdate != QLatin1String("NO ACTION"))
        sql += QStringLiteral(" ON UPDATE ") + f.onUpdate;
    if (f.onDelete != QLatin1String("NO ACTION"))
        sql += QStringLiteral(" ON DELETE ") + f.onDelete;
    sql += deferrability(f.deferrable, f.deferred);
    if (!f.validated)
        sql += QStringLiteral(" NOT VALID");
    return sql;
}

QString SchemaFixSql::indexDefinition(const SchemaTable &table, const SchemaIndex &i)
{
    QString sql =
        QStringLiteral("CREATE %1INDEX %2 ON %3 USING %4 (%5)")
            .arg(i.unique ? QStringLiteral("UNIQUE ") : QString(), SqlQuote::identifier(i.name),
                 SqlQuote::qualified(table.schema, table.name), i.method,
                 i.columns.join(QLatin1String(", ")));
    if (!i.include.isEmpty())
        sql += QStringLiteral(" INCLUDE (%1)").arg(i.include.join(QLatin1String(", ")));
    if (i.nullsNotDistinct)
        sql += QStringLiteral(" NULLS NOT DISTINCT");
    if (!i.options.isEmpty())
        sql += QStringLiteral(" WITH (%1)").arg(i.options);
    if (!i.predicate.isEmpty())
        sql += QStringLiteral(" WHERE (%1)").arg(i.predicate);
    return sql;
}

QString SchemaFixSql::addColumn(const SchemaTable &table, const SchemaColumn &c)
{
    return alterTable(table) + QStringLiteral(" ADD COLUMN ") + columnDefinition(c)
        + QLatin1Char(';');
}

QStringList SchemaFixSql::createTable(const SchemaTable &table,
                                      const QList<SchemaSequence> &sequences)
{
    if (table.kind != QLatin1String("table"))
        return {};
    QStringList statements;
    // A serial column's sequence first (its default calls nextval), owned by the column after.
    QList<SchemaSequence> owned;
    for (const SchemaSequence &s : sequences) {
        const SchemaColumn *column = s.schema == table.schema && s.ownedByTable == table.name
            ? table.column(s.ownedByColumn)
            : nullptr;
        if (!column || !column->identity.isEmpty())
            continue;  // an identity column makes its own sequence
        SchemaSequence unowned = s;
        unowned.ownedByTable.clear();
        statements << createSequence(unowned);
        owned << s;
    }
    QStringList parts;
    for (const SchemaColumn &c : table.columns)
        parts << QStringLiteral("    ") + columnDefinition(c);
    if (table.primaryKey)
        parts << QStringLiteral("    CONSTRAINT %1 %2")
                     .arg(SqlQuote::identifier(table.primaryKey->name),
                          keyDefinition(table, *table.primaryKey, true));
    for (const SchemaKey &key : table.uniques)
        parts << QStringLiteral("    CONSTRAINT %1 %2")
                     .arg(SqlQuote::identifier(key.name), keyDefinition(table, key, false));
    for (const SchemaCheck &check : table.checks)
        parts << QStringLiteral("    CONSTRAINT %1 %2")
                     .arg(SqlQuote::identifier(check.name), check.definition);
    statements << QStringLiteral("CREATE TABLE %1 (\n%2\n);")
                      .arg(SqlQuote::qualified(table.schema, table.name),
                           parts.join(QLatin1String(",\n")));
    for (const SchemaForeignKey &f : table.foreignKeys)
        statements << addConstraint(table, f.name, foreignKeyDefinition(f));
    for (const SchemaIndex &index : table.indexes) {
        if (index.constraint.isEmpty())
            statements << createIndex(table, index);
    }
    for (const SchemaSequence &s : owned)
        statements << alterSequence(s,
                                    QStringLiteral("OWNED BY %1.%2")
                                        .arg(SqlQuote::qualified(s.schema, s.ownedByTable),
                                             SqlQuote::identifier(s.ownedByColumn)));
    return statements;
}

QString SchemaFixSql::setDefault(const SchemaTable &table, const SchemaColumn &expected)
{
    const QString column = SqlQuote::identifier(expected.name);
    if (expected.defaultValue.isEmpty())
        return alterTable(table) + QStringLiteral(" ALTER COLUMN %1 DROP DEFAULT;").arg(column);
    return alterTable(table)
        + QStringLiteral(" ALTER COLUMN %1 SET DEFAULT %2;").arg(column, expected.defaultValue);
}

QString SchemaFixSql::setNullability(const SchemaTable &table, const SchemaColumn &expected)
{
    return alterTable(table)
        + QStringLiteral(" ALTER COLUMN %1 %2 NOT NULL;")
              .arg(SqlQuote::identifier(expected.name),
                   expected.nullable ? QStringLiteral("DROP") : QStringLiteral("SET"));
}

QString SchemaFixSql::addConstraint(const SchemaTable &table, const QString &name,
                                    const QString &definition)
{
    return alterTable(table)
        + QStringLiteral(" ADD CONSTRAINT %1 %2;").arg(SqlQuote::identifier(name), definition);
}

QString SchemaFixSql::replaceConstraint(const SchemaTable &table, const QString &name,
                                        const QString &definition)
{
    const QString quoted = SqlQuote::identifier(name);
    return alterTable(table)
        + QStringLiteral(" DROP CONSTRAINT %1, ADD CONSTRAINT %1 %2;").arg(quoted, definition);
}

QString SchemaFixSql::validateConstraint(const SchemaTable &table, const QString &name)
{
    return alterTable(table)
        + QStringLiteral(" VALIDATE CONSTRAINT %1;").arg(SqlQuote::identifier(name));
}

QString SchemaFixSql::createIndex(const SchemaTable &table, const SchemaIndex &index)
{
    return indexDefinition(table, index) + QLatin1Char(';');
}

QStringList SchemaFixSql::replaceIndex(const SchemaTable &table, const SchemaIndex &index)
{
    return {QStringLiteral("DROP INDEX %1;").arg(SqlQuote::qualified(table.schema, index.name)),
            createIndex(table, index)};
}

QString SchemaFixSql::reindex(const SchemaTable &table, const SchemaIndex &index)
{
    return QStringLiteral("REINDEX INDEX %1;").arg(SqlQuote::qualified(table.schema, index.name));
}

QString SchemaFixSql::createView(const SchemaTable &view, bool replace)
{
    QString body = view.viewDefinition.trimmed();
    if (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    return QStringLiteral("CREATE %1VIEW %2 AS\n%3;")
        .arg(replace ? QStringLiteral("OR REPLACE ") : QString(),
             SqlQuote::qualified(view.schema, view.name), body);
}

QString SchemaFixSql::createEnum(const SchemaEnum &type)
{
    QStringList labels;
    for (const QString &label : type.labels)
        labels << SqlQuote::literal(label);
    return QStringLiteral("CREATE TYPE %1 AS ENUM (%2);")
        .arg(SqlQuote::qualified(type.schema, type.name), labels.join(QLatin1String(", ")));
}

QStringList SchemaFixSql::addEnumValues(const SchemaEnum &expected, const SchemaEnum &actual)
{
    // Only when actual's labels appear in expected's order: then adding is enough.
    qsizetype next = 0;
    for (const QString &label : actual.labels) {
        next = expected.labels.indexOf(label, next);
        if (next < 0)
            return {};
        ++next;
    }
    QStringList statements;
    const QString type = SqlQuote::qualified(expected.schema, expected.name);
    for (qsizetype i = 0; i < expected.labels.size(); ++i) {
        const QString &label = expected.labels.at(i);
        if (actual.labels.contains(label))
            continue;
        QString position;  // after the previous expected label (present or just added), else before
                           // the first present one
        if (i > 0) {
            position = QStringLiteral(" AFTER ") + SqlQuote::literal(expected.labels.at(i - 1));
        } else {
            for (const QString &later : expected.labels) {
                if (actual.labels.contains(later)) {
                    position = QStringLiteral(" BEFORE ") + SqlQuote::literal(later);
                    break;
                }
            }
        }
        statements << QStringLiteral("ALTER TYPE %1 ADD VALUE %2%3;")
                          .arg(type, SqlQuote::literal(label), position);
    }
    return statements;
}

QString SchemaFixSql::createSequence(const SchemaSequence &s)
{
    QString sql =
        QStringLiteral(
            "CREATE SEQUENCE %1 AS %2 INCREMENT BY %3 MINVALUE %4 MAXVALUE %5 START WITH %6 CACHE %7%8")
            .arg(SqlQuote::qualified(s.schema, s.name), s.type)
            .arg(s.increment)
            .arg(s.minValue)
            .arg(s.maxValue)
            .arg(s.start)
            .arg(s.cache)
            .arg(s.cycle ? QStringLiteral(" CYCLE") : QString());
    if (!s.ownedByTable.isEmpty())
        sql += QStringLiteral(" OWNED BY %1.%2")
                   .arg(SqlQuote::qualified(s.schema, s.ownedByTable),
                        SqlQuote::identifier(s.ownedByColumn));
    return sql + QLatin1Char(';');
}

QString SchemaFixSql::alterSequence(const SchemaSequence &sequence, const QString &clause)
{
    return QStringLiteral("ALTER SEQUENCE %1 %2;")
        .arg(SqlQuote::qualified(sequence.schema, sequence.name), clause);
}

QString SchemaFixSql::renameConstraint(const SchemaTable &table, const QString &from,
                                       const QString &to)
{
    return alterTable(table)
        + QStringLiteral(" RENAME CONSTRAINT %1 TO %2;")
              .arg(SqlQuote::identifier(from), SqlQuote::identifier(to));
}

}  // namespace mathakine
