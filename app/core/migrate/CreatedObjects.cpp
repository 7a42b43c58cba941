#include "migrate/CreatedObjects.h"

#include "connection/DatabaseSession.h"
#include "migrate/ParseTree.h"

#include <QJsonArray>

namespace mathakine {

using namespace parsetree;

namespace {
QString relationName(const QJsonObject &node)
{
    return text(object(node, "relation"), "relname");
}
} // namespace

QString CreatedObject::describe() const
{
    switch (kind) {
    case Kind::Table: return QCoreApplication::translate("CreatedObject", "table %1").arg(name);
    case Kind::Index: return QCoreApplication::translate("CreatedObject", "index %1").arg(name);
    case Kind::Type: return QCoreApplication::translate("CreatedObject", "type %1").arg(name);
    case Kind::Column: return QCoreApplication::translate("CreatedObject", "column %1.%2").arg(table, name);
    }
    return name;
}

QList<CreatedObject> CreatedObjects::of(const Migration &migration)
{
    QList<CreatedObject> objects;
    for (const SqlStatement &statement : migration.up.statements) {
        const QJsonObject node = statement.tree.value(statement.kind()).toObject();
        if (statement.kind() == QLatin1String("CreateStmt")) {
            objects << CreatedObject{CreatedObject::Kind::Table, relationName(node), {}};
        } else if (statement.kind() == QLatin1String("IndexStmt") && node.contains(QLatin1String("idxname"))) {
            objects << CreatedObject{CreatedObject::Kind::Index, node.value(QLatin1String("idxname")).toString(), {}};
        } else if (statement.kind() == QLatin1String("CreateEnumStmt")) {
            const QStringList typeName = names(array(node, "typeName"));
            objects << CreatedObject{CreatedObject::Kind::Type, typeName.isEmpty() ? QString() : typeName.constLast(), {}};
        } else if (statement.kind() == QLatin1String("AlterTableStmt")) {
            for (const QJsonValue &cmd : node.value(QLatin1String("cmds")).toArray()) {
                const QJsonObject alter = cmd.toObject().value(QLatin1String("AlterTableCmd")).toObject();
                if (alter.value(QLatin1String("subtype")).toString() != QLatin1String("AT_AddColumn"))
                    continue;
                const QString column = alter.value(QLatin1String("def")).toObject().value(QLatin1String("ColumnDef"))
                                           .toObject().value(QLatin1String("colname")).toString();
                objects << CreatedObject{CreatedObject::Kind::Column, column, relationName(node)};
            }
        }
    }
    return objects;
}

bool CreatedObjects::exists(const DatabaseSession &session, const CreatedObject &object)
{
    Outcome<QVariant> found = QVariant();
    switch (object.kind) {
    case CreatedObject::Kind::Table:
    case CreatedObject::Kind::Index:
        found = session.scalar(QStringLiteral("SELECT to_regclass(quote_ident(?)) IS NOT NULL"), {object.name});
        break;
    case CreatedObject::Kind::Type:
        found = session.scalar(QStringLiteral("SELECT to_regtype(quote_ident(?)) IS NOT NULL"), {object.name});
        break;
    case CreatedObject::Kind::Column:
        found = session.scalar(QStringLiteral("SELECT count(*) > 0 FROM pg_attribute"
                                              " WHERE attrelid = to_regclass(quote_ident(?)) AND attname = ? AND NOT attisdropped"),
                               {object.table, object.name});
        break;
    }
    return found.ok() && found.value().toBool();
}

} // namespace mathakine
