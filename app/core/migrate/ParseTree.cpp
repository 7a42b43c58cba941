#include "migrate/ParseTree.h"

namespace mathakine::parsetree {

QStringList names(const QJsonArray &strings)
{
    QStringList result;
    for (const QJsonValue &s : strings)
        result << text(unwrap(s, "String"), "sval");
    return result;
}

QString tableKey(const QString &schema, const QString &name)
{
    return schema.isEmpty() || schema == QLatin1String("public") ? name : schema + QLatin1Char('.') + name;
}

QString tableName(const QJsonObject &rangeVar)
{
    return tableKey(text(rangeVar, "schemaname"), text(rangeVar, "relname"));
}

QString qualifiedTableName(const QStringList &parts)
{
    return parts.isEmpty() ? QString() : tableKey(parts.size() > 1 ? parts.at(parts.size() - 2) : QString(), parts.constLast());
}

std::optional<QStringList> searchPathSetBy(const QJsonObject &tree)
{
    const QJsonObject node = object(tree, "VariableSetStmt");
    if (!is(node, "name", "search_path"))
        return std::nullopt;
    QStringList path;
    for (const QJsonValue &arg : array(node, "args"))
        path << text(object(unwrap(arg, "A_Const"), "sval"), "sval");
    return path;
}

QString creationSchema(const QStringList &searchPath)
{
    for (const QString &schema : searchPath) {
        if (schema != QLatin1String("$user"))
            return schema;
    }
    return {};
}

} // namespace mathakine::parsetree
