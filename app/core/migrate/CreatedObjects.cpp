#include "migrate/CreatedObjects.h"

#include "connection/DatabaseSession.h"
#include "migrate/ParseTree.h"

#include <QJsonArray>

namespace mathakine {

using namespace parsetree;

namespace {

QString creationSchema(const QString &written, const QStringList &searchPath)
{
    return written.isEmpty() ? parsetree::creationSchema(searchPath) : written;
}

// Schema and name stay separate binds; '' stands for current_schema().
const char *const kInSchema = "n.nspname = coalesce(nullif(?, ''), current_schema())";

}  // namespace

QString CreatedObject::describe() const
{
    const QString where = schema.isEmpty() ? QString() : schema + QLatin1Char('.');  // display only
    switch (kind) {
    case Kind::Table:
        return QCoreApplication::translate("CreatedObject", "table %1").arg(where + name);
    case Kind::Index:
        return QCoreApplication::translate("CreatedObject", "index %1").arg(where + name);
    case Kind::Type:
        return QCoreApplication::translate("CreatedObject", "type %1").arg(where + name);
    case Kind::Column:
        return QCoreApplication::translate("CreatedObject", "column %1.%2")
            .arg(where + table, name);
    }
    return name;
}

QList<CreatedObject> CreatedObjects::of(const Migration &migration)
{
    QList<CreatedObject> objects;
    QStringList searchPath;
    for (const SqlStatement &statement : migration.up.statements) {
        const QJsonObject node = statement.tree.value(statement.kind()).toObject();
        const QJsonObject relation = object(node, "relation");
        const QString relationSchema = creationSchema(text(relation, "schemaname"), searchPath);
        if (const auto path = searchPathSetBy(statement.tree)) {
            searchPath = *path;
        } else if (statement.kind() == QLatin1String("CreateStmt")) {
            objects << CreatedObject{
                CreatedObject::Kind::Table, relationSchema, text(relation, "relname"), {}};
        } else if (statement.kind() == QLatin1String("IndexStmt")
                   && node.contains(QLatin1String("idxname"))) {
            objects << CreatedObject{
                CreatedObject::Kind::Index, relationSchema, text(node, "idxname"), {}};
        } else if (statement.kind() == QLatin1String("CreateEnumStmt")) {
            const QStringList typeName = names(array(node, "typeName"));
            if (!typeName.isEmpty()) {
                const QString schema =
                    typeName.size() > 1 ? typeName.at(typeName.size() - 2) : QString();
                objects << CreatedObject{CreatedObject::Kind::Type,
                                         creationSchema(schema, searchPath),
                                         typeName.constLast(),
                                         {}};
            }
        } else if (statement.kind() == QLatin1String("AlterTableStmt")) {
            for (const QJsonValue &cmd : array(node, "cmds")) {
                const QJsonObject alter = unwrap(cmd, "AlterTableCmd");
                if (is(alter, "subtype", "AT_AddColumn")) {
                    const QString column =
                        text(unwrap(field(alter, "def"), "ColumnDef"), "colname");
                    objects << CreatedObject{CreatedObject::Kind::Column, relationSchema, column,
                                             text(relation, "relname")};
                }
            }
        }
    }
    return objects;
}

bool CreatedObjects::exists(const DatabaseSession &session, const CreatedObject &object)
{
    Outcome<QVariant> found = QVariant();
    const QString inSchema = QLatin1String(kInSchema);
    switch (object.kind) {
    case CreatedObject::Kind::Table:
    case CreatedObject::Kind::Index:
        found = session.scalar(
            QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE %1 AND c.relname = ? AND c.relkind IN (%2))")
                .arg(inSchema,
                     object.kind == CreatedObject::Kind::Table ? QLatin1String("'r', 'p'")
                                                               : QLatin1String("'i', 'I'")),
            {object.schema, object.name});
        break;
    case CreatedObject::Kind::Type:
        found = session.scalar(
            QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                " WHERE %1 AND t.typname = ?)")
                .arg(inSchema),
            {object.schema, object.name});
        break;
    case CreatedObject::Kind::Column:
        return !columnDefinition(session, object).isEmpty();
    }
    return found.ok() && found.value().toBool();
}

bool CreatedObjects::isValid(const DatabaseSession &session, const CreatedObject &object)
{
    if (object.kind != CreatedObject::Kind::Index)
        return true;
    auto valid = session.scalar(
        QStringLiteral(
            "SELECT bool_and(i.indisvalid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1 AND c.relname = ?")
            .arg(QLatin1String(kInSchema)),
        {object.schema, object.name});
    return !valid || valid->isNull() || valid->toBool();
}

QString CreatedObjects::columnDefinition(const DatabaseSession &session,
                                         const CreatedObject &column)
{
    auto found = session.scalar(
        QStringLiteral(
            "SELECT format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END"
            " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE %1 AND c.relname = ? AND a.attname = ? AND a.attnum > 0 AND NOT a.attisdropped")
            .arg(QLatin1String(kInSchema)),
        {column.schema, column.table, column.name});
    return found ? found.value().toString() : QString();
}

}  // namespace mathakine
