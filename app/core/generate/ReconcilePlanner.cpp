#include "generate/ReconcilePlanner.h"

#include "connection/DatabaseSession.h"
#include "generate/ExistingData.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaFixSql.h"
#include "schema/SchemaIntrospector.h"
#include "schema/SqlQuote.h"

namespace mathakine {

namespace {
using Type = SchemaObjectType;
using Phase = StatementPhase;

QString concurrently(const QString &createIndex)
{
    QString sql = createIndex;
    const qsizetype at = sql.indexOf(QLatin1String("INDEX "));
    sql.insert(at + 6, QStringLiteral("CONCURRENTLY IF NOT EXISTS "));
    return sql;
}
}  // namespace

ReconcilePlanner::ReconcilePlanner(const DatabaseSession &session, ReconcileOptions options)
    : m_session(session), m_options(options)
{}

Outcome<ReconcileScript> ReconcilePlanner::plan(const SchemaSnapshot &expected)
{
    SchemaIntrospector::Options options;
    options.schemas = expected.schemas;
    options.parallel = false;  // on this session alone: it holds the run's lock and timeouts
    auto actual = SchemaIntrospector(m_session, options).snapshot();
    if (!actual)
        return actual.error();
    return plan(expected, actual.value());
}

Outcome<ReconcileScript> ReconcilePlanner::plan(const SchemaSnapshot &expected,
                                                const SchemaSnapshot &actual)
{
    ExistingData data(m_session, m_options.sampleRows);
    m_expected = &expected;
    m_actual = &actual;
    m_data = &data;
    m_statements = {};
    m_concurrent.clear();
    m_script = {};
    m_script.version = expected.version;
    m_script.schemas = expected.schemas;
    const SchemaDiff diff = SchemaComparer::compare(expected, actual);
    for (const SchemaDifference &d : diff.differences)
        take(d);
    for (const SchemaTable &e : expected.tables) {
        if (const SchemaTable *a = actual.table(e.schema, e.name); a && a->kind == e.kind)
            acceptColumnOrder(e, *a);
    }
    m_script.statements = m_statements.live();
    m_script.concurrent = m_concurrent;
    m_data = nullptr;
    return m_script;
}

void ReconcilePlanner::take(const SchemaDifference &d)
{
    const SchemaTable *e = m_expected->table(d.schema, d.table);
    const SchemaTable *a = m_actual->table(d.schema, d.table);
    if (d.kind == DiffKind::Unexpected)
        return unexpected(d, a);
    switch (d.objectType) {
    case Type::EnumType:
        if (d.kind == DiffKind::Missing && nameFree(d, d.schema, d.table))
            m_statements.addAll(Phase::CreateType, d.fixSql);
        else if (d.kind == DiffKind::Changed && d.fixSql.isEmpty())
            conflict(
                d,
                tr("its values are not those expected in an order that adding values can reach; changing an enum's values needs a person."));
        else if (d.kind == DiffKind::Changed)
            m_statements.addAll(Phase::CreateType, d.fixSql);
        return;
    case Type::Sequence:
        if (d.kind == DiffKind::Missing && !nameFree(d, d.schema, d.table))
            return;
        m_statements.addAll(
            d.kind == DiffKind::Missing ? Phase::CreateSequence : Phase::AlterSequence, d.fixSql);
        return;
    case Type::Table:
    case Type::View:
        return table(d, e, a);
    default:
        break;
    }
    if (!e || !a)
        return;  // a difference inside a table exists on both sides
    switch (d.objectType) {
    case Type::Column:
        return column(d, *e, *a);
    case Type::PrimaryKey:
    case Type::UniqueConstraint:
        return key(d, *e, *a);
    case Type::ForeignKey:
        return foreignKey(d, *e, *a);
    case Type::Check:
        return check(d, *e, *a);
    case Type::Index:
        return index(d, *e, *a);
    default:
        return;
    }
}

void ReconcilePlanner::table(const SchemaDifference &d, const SchemaTable *e, const SchemaTable *a)
{
    if (d.kind == DiffKind::Missing) {
        if (!e || !nameFree(d, d.schema, d.table))
            return;
        if (e->isView())
            m_statements.addAll(Phase::CreateView, d.fixSql);
        else if (e->kind == QLatin1String("table"))
            createTable(*e);
        else
            conflict(
                d,
                tr("a missing %1 cannot be created from the snapshot (its definition is not all there); create it by hand.")
                    .arg(e->kind));
        return;
    }
    if (d.attribute == QLatin1String("columnOrder"))
        return;  // see acceptColumnOrder: the order after the script is what counts
    if (d.attribute == QLatin1String("definition") && a && a->kind == QLatin1String("view")) {
        m_statements.addAll(Phase::CreateView, d.fixSql);  // a view holds no data
        return;
    }
    conflict(d,
             tr("%1 differs (expected %2, actual %3); it cannot change without re-creating it.")
                 .arg(SchemaDiff::attributeName(d.attribute), d.expected, d.actual));
}

// ADD COLUMN appends: after the script, the table has its expected columns in their present
// order, then the missing ones. When that is not the expected order, nothing can change it
// short of rewriting the table: it is kept, and recorded as accepted by the run.
void ReconcilePlanner::acceptColumnOrder(const SchemaTable &e, const SchemaTable &a)
{
    QStringList expectedOrder;
    QStringList after;
    for (const SchemaColumn &c : e.columns)
        expectedOrder << c.name;
    for (const SchemaColumn &c : a.columns) {
        if (e.column(c.name))
            after << c.name;
    }
    for (const SchemaColumn &c : e.columns) {
        if (!a.column(c.name))
            after << c.name;
    }
    if (after == expectedOrder)
        return;
    SchemaDifference order{DiffKind::Changed,
                           Type::Table,
                           e.schema,
                           e.name,
                           {},
                           QStringLiteral("columnOrder"),
                           expectedOrder.join(QLatin1String(", ")),
                           after.join(QLatin1String(", ")),
                           DiffSeverity::Info,
                           {}};
    m_script.keptAsIs
        << tr("%1: the columns will be in the order %2 (expected %3); PostgreSQL cannot reorder columns without rewriting the table, and queries name their columns.")
               .arg(order.path(), order.actual, order.expected);
    m_script.accepted << order;
}

void ReconcilePlanner::createTable(const SchemaTable &e)
{
    // The table with its keys and checks first; its foreign keys and indexes in their own
    // phases, once every table they need exists.
    SchemaTable bare = e;
    bare.foreignKeys.clear();
    bare.indexes.erase(std::remove_if(bare.indexes.begin(), bare.indexes.end(),
                                      [](const SchemaIndex &i) { return i.constraint.isEmpty(); }),
                       bare.indexes.end());
    m_statements.addAll(Phase::CreateTable, SchemaFixSql::createTable(bare, m_expected->sequences));
    for (const SchemaForeignKey &fk : e.foreignKeys)
        m_statements.add(
            Phase::AddForeignKey,
            SchemaFixSql::addConstraint(e, fk.name, SchemaFixSql::foreignKeyDefinition(fk)));
    for (const SchemaIndex &index : e.indexes) {
        if (index.constraint.isEmpty())
            m_statements.add(Phase::CreateIndex, SchemaFixSql::createIndex(e, index));
    }
}

void ReconcilePlanner::column(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a)
{
    const SchemaColumn *expected = e.column(d.object);
    if (!expected)
        return;
    if (d.kind == DiffKind::Missing) {
        const bool needsValue = !expected->nullable && expected->defaultValue.isEmpty()
            && expected->identity.isEmpty() && expected->generated.isEmpty();
        if (needsValue) {
            auto rows = m_data->holdsAtLeast(a, 1);
            if (!rows || rows.value()) {
                conflict(
                    d,
                    tr("it is NOT NULL without a default and the table has rows: each row needs a value a person chooses."));
                return;
            }
        }
        m_statements.add(Phase::AddColumn, SchemaFixSql::addColumn(e, *expected));
        return;
    }
    if (d.attribute == QLatin1String("nullable")) {
        if (!expected->nullable
            && !clear(
                d, m_data->nulls(a, expected->name),
                tr("SET NOT NULL would fail: these rows hold NULL. Fill them, then reconcile again.")))
            return;
        m_statements.addAll(Phase::AlterColumn, d.fixSql);
    } else if (d.attribute == QLatin1String("default")) {
        m_statements.addAll(Phase::AlterColumn, d.fixSql);
    } else {
        conflict(
            d,
            tr("%1 is %2, expected %3; changing it can rewrite the table or lose data, so a person decides how (ALTER TABLE … ALTER COLUMN … USING …).")
                .arg(SchemaDiff::attributeName(d.attribute),
                     d.actual.isEmpty() ? tr("(none)") : d.actual,
                     d.expected.isEmpty() ? tr("(none)") : d.expected));
    }
}

void ReconcilePlanner::key(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a)
{
    const bool primary = d.objectType == Type::PrimaryKey;
    const SchemaKey *expected =
        primary ? (e.primaryKey ? &*e.primaryKey : nullptr) : findNamed(e.uniques, d.object);
    if (!expected)
        return;
    if (d.kind == DiffKind::Changed) {
        conflict(
            d,
            d.attribute == QLatin1String("name")
                ? tr("the key is named %1, expected %2; reconcile renames nothing.")
                      .arg(d.actual, d.expected)
                : tr("%1 differs (expected %2, actual %3); replacing a key drops it first, which reconcile never does.")
                      .arg(SchemaDiff::attributeName(d.attribute), d.expected, d.actual));
        return;
    }
    if (!nameFree(d, d.schema, expected->name))
        return;
    QStringList keys;
    for (const QString &column : expected->columns)
        keys << SqlQuote::identifier(column);
    for (const QString &column : primary ? expected->columns : QStringList()) {
        if (a.column(column)
            && !clear(d, m_data->nulls(a, column),
                      tr("a primary key column cannot hold NULL, and these rows do.")))
            return;
    }
    const SchemaIndex *index = e.index(expected->name);
    if (!clear(
            d, m_data->duplicates(a, keys, primary || (index && index->nullsNotDistinct)),
            tr("these values appear more than once; the key cannot be added until a person settles them.")))
        return;
    m_statements.add(Phase::AddConstraint,
                     SchemaFixSql::addConstraint(
                         e, expected->name, SchemaFixSql::keyDefinition(e, *expected, primary)));
}

void ReconcilePlanner::foreignKey(const SchemaDifference &d, const SchemaTable &e,
                                  const SchemaTable &a)
{
    const SchemaForeignKey *expected = findNamed(e.foreignKeys, d.object);
    if (!expected)
        return;
    const bool validate = d.kind == DiffKind::Changed && d.attribute == QLatin1String("validated");
    if (d.kind == DiffKind::Changed && !validate) {
        conflict(
            d,
            tr("%1 differs (expected %2, actual %3); replacing a foreign key drops it first, which reconcile never does.")
                .arg(SchemaDiff::attributeName(d.attribute), d.expected, d.actual));
        return;
    }
    if (!validate) {
        auto taken = m_data->constraintNamed(a, expected->name);
        if (taken && taken.value()) {
            conflict(
                d, tr("another constraint of the table is already named %1.").arg(expected->name));
            return;
        }
    }
    const SchemaTable *referenced =
        m_actual->table(expected->referencedSchema, expected->referencedTable);
    if (!clear(d, m_data->orphans(a, *expected, referenced),
               tr("these rows refer to rows that do not exist; delete or fix them first.")))
        return;
    m_statements.add(Phase::AddForeignKey,
                     validate
                         ? SchemaFixSql::validateConstraint(e, expected->name)
                         : SchemaFixSql::addConstraint(
                             e, expected->name, SchemaFixSql::foreignKeyDefinition(*expected)));
}

void ReconcilePlanner::check(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a)
{
    const SchemaCheck *expected = findNamed(e.checks, d.object);
    if (!expected)
        return;
    const bool validate = d.kind == DiffKind::Changed && d.attribute == QLatin1String("validated");
    if (d.kind == DiffKind::Changed && !validate) {
        conflict(
            d,
            tr("its definition differs (expected %1, actual %2); replacing it drops it first, which reconcile never does.")
                .arg(d.expected, d.actual));
        return;
    }
    if (!clear(d, m_data->violating(a, expected->definition),
               tr("these rows break the check; fix them first.")))
        return;
    m_statements.add(Phase::AddConstraint,
                     validate
                         ? SchemaFixSql::validateConstraint(e, expected->name)
                         : SchemaFixSql::addConstraint(e, expected->name, expected->definition));
}

void ReconcilePlanner::index(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a)
{
    const SchemaIndex *expected = e.index(d.object);
    if (!expected)
        return;
    if (d.kind == DiffKind::Changed && d.attribute != QLatin1String("valid")) {
        conflict(
            d,
            tr("%1 differs (expected %2, actual %3); rebuilding it drops it first, which reconcile never does.")
                .arg(SchemaDiff::attributeName(d.attribute), d.expected, d.actual));
        return;
    }
    if (d.kind == DiffKind::Missing && !nameFree(d, d.schema, expected->name))
        return;
    if (expected->unique
        && !clear(
            d, m_data->duplicates(a, expected->columns, expected->nullsNotDistinct),
            tr("these values appear more than once; the unique index cannot be built until a person settles them.")))
        return;
    const bool big = isBig(a);
    if (d.kind == DiffKind::Changed)  // INVALID: rebuilt in place
        big ? m_concurrent.append(QStringLiteral("REINDEX INDEX CONCURRENTLY %1;")
                                      .arg(SqlQuote::qualified(e.schema, expected->name)))
            : m_statements.add(Phase::CreateIndex, SchemaFixSql::reindex(e, *expected));
    else
        big ? m_concurrent.append(concurrently(SchemaFixSql::createIndex(e, *expected)))
            : m_statements.add(Phase::CreateIndex, SchemaFixSql::createIndex(e, *expected));
}

void ReconcilePlanner::unexpected(const SchemaDifference &d, const SchemaTable *a)
{
    // An extra NOT NULL column without a default makes every insert of the application fail.
    if (d.objectType == Type::Column && a) {
        const SchemaColumn *column = a->column(d.object);
        if (column && !column->nullable && column->defaultValue.isEmpty()
            && column->identity.isEmpty() && column->generated.isEmpty()) {
            conflict(
                d,
                tr("this column is not in the expected schema and is NOT NULL without a default: the application's inserts, which do not know it, would fail. Give it a default or drop it."));
            return;
        }
    }
    kept(d);
}

bool ReconcilePlanner::clear(const SchemaDifference &d, const Outcome<QStringList> &rows,
                             const QString &message)
{
    if (!rows) {
        conflict(
            d,
            tr("the existing rows could not be checked: %1")
                .arg(rows.error().detail.isEmpty() ? rows.error().message : rows.error().detail));
        return false;
    }
    if (rows->isEmpty())
        return true;
    conflict(d, message, rows.value());
    return false;
}

bool ReconcilePlanner::nameFree(const SchemaDifference &d, const QString &schema,
                                const QString &name)
{
    if (d.objectType == Type::EnumType) {
        auto type = m_session.scalar(
            QStringLiteral(
                "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                " WHERE n.nspname = ? AND t.typname = ?"),
            {schema, name});
        if (type && type->toInt() == 0)
            return true;
        conflict(
            d,
            tr("a type named %1 already exists and is not the expected enum; it is in the way.")
                .arg(name));
        return false;
    }
    auto kind = m_data->relationNamed(schema, name);
    if (kind && kind->isEmpty())
        return true;
    conflict(
        d,
        kind
            ? tr("the name %1 is already taken by a %2 that is not the expected object; it is in the way.")
                  .arg(name, kind.value())
            : tr("the existing rows could not be checked: %1").arg(kind.error().detail));
    return false;
}

void ReconcilePlanner::conflict(const SchemaDifference &d, const QString &message,
                                const QStringList &blocking)
{
    // The messages are clauses ("these rows hold NULL…"): a sentence after the description.
    const QString sentence = message.isEmpty() ? message : message.at(0).toUpper() + message.mid(1);
    m_script.conflicts << ReconcileConflict{
        d.path(), SchemaDiff::describe(d) + QLatin1Char(' ') + sentence, blocking};
}

void ReconcilePlanner::kept(const SchemaDifference &d)
{
    m_script.keptAsIs << SchemaDiff::describe(d);
}

bool ReconcilePlanner::isBig(const SchemaTable &a)
{
    auto big = m_data->holdsAtLeast(a, m_options.concurrentFromRows);
    return big && big.value();
}

}  // namespace mathakine
