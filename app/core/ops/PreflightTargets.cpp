#include "ops/PreflightTargets.h"

#include "connection/DatabaseSession.h"
#include "migrate/ParseTree.h"

namespace mathakine {

using namespace parsetree;

namespace {
TableRef fromRangeVar(const QJsonObject &rangeVar)
{
    return {text(rangeVar, "schemaname"), text(rangeVar, "relname")};
}

TableRef fromNames(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    return {parts.size() > 1 ? parts.at(parts.size() - 2) : QString(), parts.constLast()};
}

void addAltered(PreflightTargets &t, const TableRef &ref)
{
    if (!ref.name.isEmpty() && !t.altered.contains(ref))
        t.altered << ref;
}

// REFERENCES on the target of every foreign key in a list of constraints.
void addForeignKeys(PreflightTargets &t, const QJsonArray &constraints)
{
    for (const QJsonValue &value : constraints) {
        const QJsonObject c = unwrap(value, "Constraint");
        if (is(c, "contype", "CONSTR_FOREIGN"))
            t.tablePrivileges[fromRangeVar(object(c, "pktable"))] << QStringLiteral("REFERENCES");
    }
}

void addCreateTable(PreflightTargets &t, const QJsonObject &node)
{
    t.createSchemas << text(object(node, "relation"), "schemaname");
    for (const QJsonValue &element : array(node, "tableElts")) {
        addForeignKeys(t, array(unwrap(element, "ColumnDef"), "constraints"));
        addForeignKeys(t, QJsonArray{element});
    }
}

void addAlterTable(PreflightTargets &t, const QJsonObject &node)
{
    addAltered(t, fromRangeVar(object(node, "relation")));
    for (const QJsonValue &cmd : array(node, "cmds")) {
        const QJsonObject alter = unwrap(cmd, "AlterTableCmd");
        const QJsonObject def = object(alter, "def");
        addForeignKeys(t, array(object(def, "ColumnDef"), "constraints"));
        addForeignKeys(t, QJsonArray{def});
    }
}

void addStatement(PreflightTargets &t, const SqlStatement &statement)
{
    const QString kind = statement.kind();
    const QJsonObject node = statement.tree.value(kind).toObject();
    if (kind == QLatin1String("CreateStmt")) {
        addCreateTable(t, node);
    } else if (kind == QLatin1String("AlterTableStmt")) {
        addAlterTable(t, node);
    } else if (kind == QLatin1String("IndexStmt") || kind == QLatin1String("CreateTrigStmt")
               || (kind == QLatin1String("RenameStmt") && node.contains(QLatin1String("relation")))) {
        addAltered(t, fromRangeVar(object(node, "relation")));
    } else if (kind == QLatin1String("DropStmt")
               && (is(node, "removeType", "OBJECT_TABLE") || is(node, "removeType", "OBJECT_INDEX"))) {
        for (const QJsonValue &item : array(node, "objects"))
            addAltered(t, fromNames(names(array(unwrap(item, "List"), "items"))));
    } else if (kind == QLatin1String("InsertStmt")) {
        t.tablePrivileges[fromRangeVar(object(node, "relation"))] << QStringLiteral("INSERT");
    } else if (kind == QLatin1String("UpdateStmt")) {
        t.tablePrivileges[fromRangeVar(object(node, "relation"))] << QStringLiteral("UPDATE") << QStringLiteral("SELECT");
    } else if (kind == QLatin1String("DeleteStmt")) {
        t.tablePrivileges[fromRangeVar(object(node, "relation"))] << QStringLiteral("DELETE") << QStringLiteral("SELECT");
    } else if (kind == QLatin1String("TruncateStmt")) {
        for (const QJsonValue &relation : array(node, "relations"))
            t.tablePrivileges[fromRangeVar(unwrap(relation, "RangeVar"))] << QStringLiteral("TRUNCATE");
    } else if (kind == QLatin1String("CreateSchemaStmt")) {
        t.createsSchema = true;
    } else if (kind == QLatin1String("CreateEnumStmt") || kind == QLatin1String("CompositeTypeStmt")) {
        t.createSchemas << fromNames(names(array(node, "typeName"))).schema;
    } else if (kind == QLatin1String("ViewStmt")) {
        t.createSchemas << text(object(node, "view"), "schemaname");
    } else if (kind == QLatin1String("CreateSeqStmt")) {
        t.createSchemas << text(object(node, "sequence"), "schemaname");
    } else if (kind == QLatin1String("CreateFunctionStmt")) {
        t.createSchemas << fromNames(names(array(node, "funcname"))).schema;
    }
}
} // namespace

QString TableRef::display() const
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

Outcome<qint64> TableRef::oid(const DatabaseSession &session) const
{
    auto found = session.scalar(QStringLiteral(
        "SELECT c.oid::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relname = ? AND CASE WHEN coalesce(?, '') = '' THEN n.nspname = ANY (current_schemas(false)) ELSE n.nspname = ? END"
        " ORDER BY array_position(current_schemas(false), n.nspname) LIMIT 1"),
        {name, schema, schema});
    if (!found)
        return found.error();
    return found.value().toLongLong();  // NULL (no row) reads as 0
}

PreflightTargets PreflightTargets::of(const MigrationPlan &plan)
{
    PreflightTargets targets;
    for (const PlanStep &step : plan.steps) {
        for (const SqlStatement &statement : (step.up ? step.migration.up : step.migration.down).statements)
            addStatement(targets, statement);
    }
    targets.tablePrivileges.remove(TableRef{});
    return targets;
}

QList<TableRef> PreflightTargets::allTables() const
{
    QList<TableRef> tables = altered;
    for (auto it = tablePrivileges.cbegin(); it != tablePrivileges.cend(); ++it) {
        if (!tables.contains(it.key()))
            tables << it.key();
    }
    return tables;
}

} // namespace mathakine
