#include "schema/TableComparer.h"

#include "schema/SchemaFixSql.h"
#include "schema/SqlQuote.h"

namespace mathakine {

namespace {
using Type = SchemaObjectType;
using Severity = DiffSeverity;

QString nullability(bool nullable)
{
    return nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL");
}

QString deferrability(bool deferrable, bool deferred)
{
    if (!deferrable)
        return QStringLiteral("NOT DEFERRABLE");
    return deferred ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
                    : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
}

QString references(const SchemaForeignKey &fk)
{
    return SqlQuote::qualified(fk.referencedSchema, fk.referencedTable) + QLatin1Char('(')
        + SqlQuote::identifiers(fk.referencedColumns) + QLatin1Char(')');
}

QString list(const QStringList &items)
{
    return items.join(QLatin1String(", "));
}

// Indexes that back a primary key or unique constraint are compared as that constraint.
QList<SchemaIndex> plainIndexes(const SchemaTable &table)
{
    QList<SchemaIndex> result;
    for (const SchemaIndex &index : table.indexes) {
        if (index.constraint.isEmpty())
            result << index;
    }
    return result;
}
}  // namespace

TableComparer::TableComparer(const SchemaTable &expected, const SchemaTable &actual,
                             QList<SchemaDifference> &out)
    : m_expected(expected), m_actual(actual), m_diff(out, expected.schema, expected.name)
{}

void TableComparer::compareColumns()
{
    for (const SchemaColumn &e : m_expected.columns) {
        if (const SchemaColumn *a = m_actual.column(e.name)) {
            if (!(e == *a))
                compareColumn(e, *a);
        } else
            m_diff.missing(Type::Column, e.name, Severity::Error,
                           {SchemaFixSql::addColumn(m_expected, e)});
    }
    for (const SchemaColumn &a : m_actual.columns) {
        if (!m_expected.column(a.name))
            m_diff.unexpected(Type::Column, a.name, Severity::Warning);
    }
    compareColumnOrder();
}

void TableComparer::compareColumn(const SchemaColumn &e, const SchemaColumn &a)
{
    m_diff.changed(Type::Column, e.name, QStringLiteral("type"), e.type, a.type, Severity::Error);
    m_diff.changed(Type::Column, e.name, QStringLiteral("nullable"), nullability(e.nullable),
                   nullability(a.nullable), Severity::Error,
                   {SchemaFixSql::setNullability(m_expected, e)});
    m_diff.changed(Type::Column, e.name, QStringLiteral("default"), e.defaultValue, a.defaultValue,
                   Severity::Warning, {SchemaFixSql::setDefault(m_expected, e)});
    m_diff.changed(Type::Column, e.name, QStringLiteral("identity"), e.identity, a.identity,
                   Severity::Error);
    m_diff.changed(Type::Column, e.name, QStringLiteral("generated"), e.generated, a.generated,
                   Severity::Error);
    m_diff.changed(Type::Column, e.name, QStringLiteral("collation"), e.collation, a.collation,
                   Severity::Warning);
}

// Positions are compared on the columns both sides have, so a dropped or added column is
// reported once as such and does not also shift every column after it.
void TableComparer::compareColumnOrder()
{
    QStringList expectedOrder;
    for (const SchemaColumn &c : m_expected.columns) {
        if (m_actual.column(c.name))
            expectedOrder << c.name;
    }
    QStringList actualOrder;
    for (const SchemaColumn &c : m_actual.columns) {
        if (m_expected.column(c.name))
            actualOrder << c.name;
    }
    m_diff.changed(Type::Table, {}, QStringLiteral("columnOrder"), list(expectedOrder),
                   list(actualOrder), Severity::Info);
}

void TableComparer::compareConstraints()
{
    const auto &e = m_expected;
    const auto &a = m_actual;
    if (e.primaryKey && a.primaryKey)
        compareKey(Type::PrimaryKey, *e.primaryKey, *a.primaryKey);
    else if (e.primaryKey)
        m_diff.missing(
            Type::PrimaryKey, e.primaryKey->name, Severity::Error,
            {SchemaFixSql::addConstraint(e, e.primaryKey->name,
                                         SchemaFixSql::keyDefinition(e, *e.primaryKey, true))});
    else if (a.primaryKey)
        m_diff.unexpected(Type::PrimaryKey, a.primaryKey->name, Severity::Warning);

    for (const SchemaKey &key : e.uniques) {
        if (const SchemaKey *other = findNamed(a.uniques, key.name))
            compareKey(Type::UniqueConstraint, key, *other);
        else
            m_diff.missing(Type::UniqueConstraint, key.name, Severity::Error,
                           {SchemaFixSql::addConstraint(
                               e, key.name, SchemaFixSql::keyDefinition(e, key, false))});
    }
    for (const SchemaKey &key : a.uniques) {
        if (!findNamed(e.uniques, key.name))
            m_diff.unexpected(Type::UniqueConstraint, key.name, Severity::Warning);
    }
    for (const SchemaForeignKey &fk : e.foreignKeys) {
        if (const SchemaForeignKey *other = findNamed(a.foreignKeys, fk.name))
            compareForeignKey(fk, *other);
        else
            m_diff.missing(
                Type::ForeignKey, fk.name, Severity::Error,
                {SchemaFixSql::addConstraint(e, fk.name, SchemaFixSql::foreignKeyDefinition(fk))});
    }
    for (const SchemaForeignKey &fk : a.foreignKeys) {
        if (!findNamed(e.foreignKeys, fk.name))
            m_diff.unexpected(Type::ForeignKey, fk.name, Severity::Warning);
    }
    for (const SchemaCheck &check : e.checks) {
        if (const SchemaCheck *other = findNamed(a.checks, check.name))
            compareCheck(check, *other);
        else
            m_diff.missing(Type::Check, check.name, Severity::Error,
                           {SchemaFixSql::addConstraint(e, check.name, check.definition)});
    }
    for (const SchemaCheck &check : a.checks) {
        if (!findNamed(e.checks, check.name))
            m_diff.unexpected(Type::Check, check.name, Severity::Warning);
    }
}

void TableComparer::compareKey(SchemaObjectType type, const SchemaKey &e, const SchemaKey &a)
{
    // A primary key renamed by hand (the only key matched other than by name).
    m_diff.changed(type, e.name, QStringLiteral("name"), e.name, a.name, Severity::Info,
                   {SchemaFixSql::renameConstraint(m_expected, a.name, e.name)});
    const QString replace = SchemaFixSql::replaceConstraint(
        m_expected, e.name, SchemaFixSql::keyDefinition(m_expected, e, type == Type::PrimaryKey));
    m_diff.changed(type, e.name, QStringLiteral("columns"), list(e.columns), list(a.columns),
                   Severity::Error, {replace});
    m_diff.changed(type, e.name, QStringLiteral("deferrable"),
                   deferrability(e.deferrable, e.deferred), deferrability(a.deferrable, a.deferred),
                   Severity::Warning, {replace});
}

void TableComparer::compareForeignKey(const SchemaForeignKey &e, const SchemaForeignKey &a)
{
    const QString replace =
        SchemaFixSql::replaceConstraint(m_expected, e.name, SchemaFixSql::foreignKeyDefinition(e));
    m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("columns"), list(e.columns),
                   list(a.columns), Severity::Error, {replace});
    m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("references"), references(e),
                   references(a), Severity::Error, {replace});
    m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("onUpdate"), e.onUpdate, a.onUpdate,
                   Severity::Error, {replace});
    m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("onDelete"), e.onDelete, a.onDelete,
                   Severity::Error, {replace});
    m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("match"), e.match, a.match,
                   Severity::Warning, {replace});
    m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("deferrable"),
                   deferrability(e.deferrable, e.deferred), deferrability(a.deferrable, a.deferred),
                   Severity::Warning, {replace});
    if (e.validated && !a.validated)
        m_diff.changed(Type::ForeignKey, e.name, QStringLiteral("validated"),
                       QStringLiteral("VALID"), QStringLiteral("NOT VALID"), Severity::Warning,
                       {SchemaFixSql::validateConstraint(m_expected, e.name)});
}

void TableComparer::compareCheck(const SchemaCheck &e, const SchemaCheck &a)
{
    if (m_diff.changed(Type::Check, e.name, QStringLiteral("definition"), e.definition,
                       a.definition, Severity::Warning,
                       {SchemaFixSql::replaceConstraint(m_expected, e.name, e.definition)}))
        return;  // re-adding validates it too
    if (e.validated && !a.validated)
        m_diff.changed(Type::Check, e.name, QStringLiteral("validated"), QStringLiteral("VALID"),
                       QStringLiteral("NOT VALID"), Severity::Warning,
                       {SchemaFixSql::validateConstraint(m_expected, e.name)});
}

void TableComparer::compareIndexes()
{
    const QList<SchemaIndex> expected = plainIndexes(m_expected);
    const QList<SchemaIndex> actual = plainIndexes(m_actual);
    for (const SchemaIndex &e : expected) {
        if (const SchemaIndex *a = findNamed(actual, e.name))
            compareIndex(e, *a);
        else
            m_diff.missing(Type::Index, e.name, e.unique ? Severity::Error : Severity::Warning,
                           {SchemaFixSql::createIndex(m_expected, e)});
    }
    for (const SchemaIndex &a : actual) {
        if (findNamed(expected, a.name))
            continue;
        if (a.valid)
            m_diff.unexpected(Type::Index, a.name, Severity::Info);
        else  // left by a failed CREATE INDEX CONCURRENTLY: it enforces nothing
            m_diff.unexpectedState(
                Type::Index, a.name, QStringLiteral("valid"), QStringLiteral("INVALID"),
                Severity::Warning,
                {QStringLiteral("DROP INDEX CONCURRENTLY %1.%2;")
                     .arg(SqlQuote::identifier(m_actual.schema), SqlQuote::identifier(a.name))});
    }
}

void TableComparer::compareIndex(const SchemaIndex &e, const SchemaIndex &a)
{
    const QStringList rebuild = SchemaFixSql::replaceIndex(m_expected, e);
    bool differs = false;
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("columns"), list(e.columns),
                              list(a.columns), Severity::Warning, rebuild);
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("include"), list(e.include),
                              list(a.include), Severity::Warning, rebuild);
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("unique"),
                              e.unique ? QStringLiteral("UNIQUE") : QStringLiteral("NOT UNIQUE"),
                              a.unique ? QStringLiteral("UNIQUE") : QStringLiteral("NOT UNIQUE"),
                              Severity::Error, rebuild);
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("method"), e.method, a.method,
                              Severity::Warning, rebuild);
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("predicate"), e.predicate,
                              a.predicate, Severity::Warning, rebuild);
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("nullsNotDistinct"),
                              e.nullsNotDistinct ? QStringLiteral("NULLS NOT DISTINCT") : QString(),
                              a.nullsNotDistinct ? QStringLiteral("NULLS NOT DISTINCT") : QString(),
                              Severity::Warning, rebuild);
    differs |= m_diff.changed(Type::Index, e.name, QStringLiteral("options"), e.options, a.options,
                              Severity::Info, rebuild);
    // Rebuilding also makes it valid again.
    if (!differs && e.valid && !a.valid)
        m_diff.changed(Type::Index, e.name, QStringLiteral("valid"), QStringLiteral("VALID"),
                       QStringLiteral("INVALID"), Severity::Warning,
                       {SchemaFixSql::reindex(m_expected, e)});
}

}  // namespace mathakine
