#include "gate/PreflightTargets.h"

#include "connection/DatabaseSession.h"
#include "migrate/ParseTree.h"

namespace mathakine {

using namespace parsetree;

namespace {
// Reads the statements of one migration in order, so that unqualified names follow a
// `SET search_path` it ran before them.
class TargetReader {
public:
    explicit TargetReader(PreflightTargets &targets) : t(targets) {}

    void add(const SqlStatement &statement);

private:
    TableRef table(const QString &schema, const QString &name) const
    {
        return {schema, name, schema.isEmpty() ? m_searchPath : QStringList()};
    }
    TableRef fromRangeVar(const QJsonObject &rangeVar) const
    {
        return table(text(rangeVar, "schemaname"), text(rangeVar, "relname"));
    }
    TableRef fromNames(const QStringList &parts) const
    {
        return parts.isEmpty()
            ? TableRef{}
            : table(parts.size() > 1 ? parts.at(parts.size() - 2) : QString(), parts.constLast());
    }
    QString createdIn(const QString &schema) const
    {
        return schema.isEmpty() ? creationSchema(m_searchPath) : schema;
    }

    void addAltered(const TableRef &ref)
    {
        if (!ref.name.isEmpty() && !t.altered.contains(ref))
            t.altered << ref;
    }
    // REFERENCES on the target of every foreign key in a list of constraints.
    void addForeignKeys(const QJsonArray &constraints)
    {
        for (const QJsonValue &value : constraints) {
            const QJsonObject c = unwrap(value, "Constraint");
            if (is(c, "contype", "CONSTR_FOREIGN"))
                t.tablePrivileges[fromRangeVar(object(c, "pktable"))]
                    << QStringLiteral("REFERENCES");
        }
    }
    void addCreateTable(const QJsonObject &node)
    {
        t.createSchemas << createdIn(text(object(node, "relation"), "schemaname"));
        for (const QJsonValue &element : array(node, "tableElts")) {
            addForeignKeys(array(unwrap(element, "ColumnDef"), "constraints"));
            addForeignKeys(QJsonArray{element});
        }
    }
    void addAlterTable(const QJsonObject &node)
    {
        addAltered(fromRangeVar(object(node, "relation")));
        for (const QJsonValue &cmd : array(node, "cmds")) {
            const QJsonObject def = object(unwrap(cmd, "AlterTableCmd"), "def");
            addForeignKeys(array(object(def, "ColumnDef"), "constraints"));
            addForeignKeys(QJsonArray{def});
        }
    }

    PreflightTargets &t;
    QStringList m_searchPath;
};

void TargetReader::add(const SqlStatement &statement)
{
    const QString kind = statement.kind();
    const QJsonObject node = statement.tree.value(kind).toObject();
    if (const auto path = searchPathSetBy(statement.tree)) {
        m_searchPath = *path;
    } else if (kind == QLatin1String("CreateStmt")) {
        addCreateTable(node);
    } else if (kind == QLatin1String("AlterTableStmt")) {
        addAlterTable(node);
    } else if (kind == QLatin1String("IndexStmt") || kind == QLatin1String("CreateTrigStmt")
               || (kind == QLatin1String("RenameStmt")
                   && node.contains(QLatin1String("relation")))) {
        addAltered(fromRangeVar(object(node, "relation")));
    } else if (kind == QLatin1String("DropStmt")
               && (is(node, "removeType", "OBJECT_TABLE")
                   || is(node, "removeType", "OBJECT_INDEX"))) {
        for (const QJsonValue &item : array(node, "objects"))
            addAltered(fromNames(names(array(unwrap(item, "List"), "items"))));
    } else if (kind == QLatin1String("InsertStmt")) {
        t.tablePrivileges[fromRangeVar(object(node, "relation"))] << QStringLiteral("INSERT");
    } else if (kind == QLatin1String("UpdateStmt")) {
        t.tablePrivileges[fromRangeVar(object(node, "relation"))] << QStringLiteral("UPDATE")
                                                                  << QStringLiteral("SELECT");
    } else if (kind == QLatin1String("DeleteStmt")) {
        t.tablePrivileges[fromRangeVar(object(node, "relation"))] << QStringLiteral("DELETE")
                                                                  << QStringLiteral("SELECT");
    } else if (kind == QLatin1String("TruncateStmt")) {
        for (const QJsonValue &relation : array(node, "relations"))
            t.tablePrivileges[fromRangeVar(unwrap(relation, "RangeVar"))]
                << QStringLiteral("TRUNCATE");
    } else if (kind == QLatin1String("CreateSchemaStmt")) {
        t.createsSchema = true;
    } else if (kind == QLatin1String("CreateEnumStmt")
               || kind == QLatin1String("CompositeTypeStmt")) {
        t.createSchemas << createdIn(fromNames(names(array(node, "typeName"))).schema);
    } else if (kind == QLatin1String("ViewStmt")) {
        t.createSchemas << createdIn(text(object(node, "view"), "schemaname"));
    } else if (kind == QLatin1String("CreateSeqStmt")) {
        t.createSchemas << createdIn(text(object(node, "sequence"), "schemaname"));
    } else if (kind == QLatin1String("CreateFunctionStmt")) {
        t.createSchemas << createdIn(fromNames(names(array(node, "funcname"))).schema);
    }
}
}  // namespace

QString TableRef::display() const
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

Outcome<qint64> TableRef::oid(const DatabaseSession &session) const
{
    auto lookup = [&](const QString &inSchema) -> Outcome<qint64> {
        auto found = session.scalar(
            QStringLiteral(
                "SELECT c.oid::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE c.relname = ? AND CASE WHEN coalesce(?, '') = '' THEN n.nspname = ANY (current_schemas(false)) ELSE n.nspname = ? END"
                " ORDER BY array_position(current_schemas(false), n.nspname) LIMIT 1"),
            {name, inSchema, inSchema});
        if (!found)
            return found.error();
        return found.value().toLongLong();  // NULL (no row) reads as 0
    };
    if (!schema.isEmpty() || searchPath.isEmpty())
        return lookup(schema);
    for (const QString &pathSchema : searchPath) {  // the migration's own search_path, in order
        if (pathSchema == QLatin1String("$user"))
            continue;
        auto found = lookup(pathSchema);
        if (!found || found.value() != 0)
            return found;
    }
    return qint64(0);
}

PreflightTargets PreflightTargets::of(const MigrationPlan &plan)
{
    PreflightTargets targets;
    for (const PlanStep &step : plan.steps) {
        TargetReader reader(targets);
        for (const SqlStatement &statement :
             (step.up ? step.migration.up : step.migration.down).statements)
            reader.add(statement);
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

}  // namespace mathakine
