#include "migrate/LintFacts.h"

#include <QJsonArray>

namespace mathakine::lintfacts {

using namespace parsetree;

QString volatileCall(const QJsonValue &value)
{
    static const QStringList volatileFunctions = {
        QStringLiteral("random"),           QStringLiteral("gen_random_uuid"),
        QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"),
        QStringLiteral("uuid_generate_v4"), QStringLiteral("clock_timestamp"),
        QStringLiteral("timeofday"),        QStringLiteral("nextval")};
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (const QString found = volatileCall(item); !found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == QLatin1String("FuncCall")) {
                const QStringList name = names(array(it.value().toObject(), "funcname"));
                if (!name.isEmpty() && volatileFunctions.contains(name.constLast()))
                    return name.constLast();
            }
            if (const QString found = volatileCall(it.value()); !found.isEmpty())
                return found;
        }
    }
    return {};
}

ColumnFacts columnFacts(const QJsonObject &columnDef)
{
    static const QStringList serialTypes = {
        QStringLiteral("smallserial"), QStringLiteral("serial"),  QStringLiteral("bigserial"),
        QStringLiteral("serial2"),     QStringLiteral("serial4"), QStringLiteral("serial8")};
    ColumnFacts facts;
    facts.name = text(columnDef, "colname");
    const QStringList type = names(array(object(columnDef, "typeName"), "names"));
    if (!type.isEmpty() && serialTypes.contains(type.constLast())) {
        facts.filled = true;
        facts.rewriteCause = type.constLast();
    }
    for (const QJsonValue &node : array(columnDef, "constraints")) {
        const QJsonObject c = unwrap(node, "Constraint");
        facts.constraints << c;
        if (is(c, "contype", "CONSTR_NOTNULL") || is(c, "contype", "CONSTR_PRIMARY")) {
            facts.notNull = true;
        } else if (is(c, "contype", "CONSTR_DEFAULT")) {
            const QJsonValue expr = field(c, "raw_expr");
            facts.filled = facts.filled || !flag(unwrap(expr, "A_Const"), "isnull");
            if (const QString call = volatileCall(expr); !call.isEmpty())
                facts.rewriteCause = QStringLiteral("DEFAULT %1()").arg(call);
        } else if (is(c, "contype", "CONSTR_IDENTITY")) {
            facts.filled = true;
            facts.rewriteCause = QStringLiteral("GENERATED AS IDENTITY");
        } else if (is(c, "contype", "CONSTR_GENERATED")) {
            facts.filled = true;
            facts.rewriteCause = QStringLiteral("GENERATED ALWAYS AS (...) STORED");
        }
    }
    return facts;
}

QString nonTransactionalCommand(const QString &kind, const QJsonObject &node)
{
    if (kind == QLatin1String("IndexStmt") && flag(node, "concurrent"))
        return QStringLiteral("CREATE INDEX CONCURRENTLY");
    if (kind == QLatin1String("DropStmt") && flag(node, "concurrent"))
        return QStringLiteral("DROP INDEX CONCURRENTLY");
    if (kind == QLatin1String("ReindexStmt")) {
        for (const QJsonValue &param : array(node, "params")) {
            if (is(unwrap(param, "DefElem"), "defname", "concurrently"))
                return QStringLiteral("REINDEX CONCURRENTLY");
        }
    }
    if (kind == QLatin1String("VacuumStmt") && flag(node, "is_vacuumcmd"))
        return QStringLiteral("VACUUM");
    if (kind == QLatin1String("AlterTableStmt")) {
        for (const QJsonValue &cmdNode : array(node, "cmds")) {
            const QJsonObject cmd = unwrap(cmdNode, "AlterTableCmd");
            if (is(cmd, "subtype", "AT_DetachPartition")
                && flag(unwrap(field(cmd, "def"), "PartitionCmd"), "concurrent"))
                return QStringLiteral("DETACH PARTITION CONCURRENTLY");
        }
    }
    static const QList<std::pair<QLatin1String, QLatin1String>> alwaysOutside = {
        {QLatin1String("CreatedbStmt"), QLatin1String("CREATE DATABASE")},
        {QLatin1String("DropdbStmt"), QLatin1String("DROP DATABASE")},
        {QLatin1String("AlterSystemStmt"), QLatin1String("ALTER SYSTEM")},
        {QLatin1String("CreateTableSpaceStmt"), QLatin1String("CREATE TABLESPACE")},
        {QLatin1String("DropTableSpaceStmt"), QLatin1String("DROP TABLESPACE")}};
    for (const auto &[stmt, sql] : alwaysOutside) {
        if (kind == stmt)
            return sql;
    }
    return {};
}

void trackTables(const QJsonObject &tree, QSet<TableName> &tables, const QSet<TableName> &existing)
{
    if (tree.isEmpty())
        return;
    const QString kind = tree.constBegin().key();
    const QJsonObject node = tree.constBegin().value().toObject();
    auto created = [&](const TableName &name, bool ifNotExists) {
        if (!ifNotExists || !existing.contains(name))
            tables.insert(name);
    };
    if (kind == QLatin1String("CreateStmt")) {
        created(tableName(object(node, "relation")), flag(node, "if_not_exists"));
    } else if (kind == QLatin1String("CreateTableAsStmt") && is(node, "objtype", "OBJECT_TABLE")) {
        created(tableName(object(object(node, "into"), "rel")), flag(node, "if_not_exists"));
    } else if (kind == QLatin1String("DropStmt") && is(node, "removeType", "OBJECT_TABLE")) {
        for (const QJsonValue &item : array(node, "objects"))
            tables.remove(qualifiedTableName(names(array(unwrap(item, "List"), "items"))));
    } else if (kind == QLatin1String("RenameStmt") && is(node, "renameType", "OBJECT_TABLE")) {
        const QJsonObject relation = object(node, "relation");
        if (tables.remove(tableName(relation)))
            tables.insert(tableName(text(relation, "schemaname"), text(node, "newname")));
    }
}

QHash<QString, QString> notNullChecks(const QList<const Migration *> &migrations)
{
    QHash<QString, QString> checks;
    for (const Migration *m : migrations) {
        for (const SqlStatement &s : m->up.statements) {
            const QJsonObject alter = object(s.tree, "AlterTableStmt");
            for (const QJsonValue &cmdNode : array(alter, "cmds")) {
                const QJsonObject c =
                    unwrap(field(unwrap(cmdNode, "AlterTableCmd"), "def"), "Constraint");
                const QJsonObject test = unwrap(field(c, "raw_expr"), "NullTest");
                const QStringList column =
                    names(array(unwrap(field(test, "arg"), "ColumnRef"), "fields"));
                if (is(c, "contype", "CONSTR_CHECK") && is(test, "nulltesttype", "IS_NOT_NULL")
                    && column.size() == 1)
                    checks.insert(tableName(object(alter, "relation")).display() + QLatin1Char('|')
                                      + text(c, "conname"),
                                  column.constFirst());
            }
        }
    }
    return checks;
}

}  // namespace mathakine::lintfacts
