#include "migrate/ParseTree.h"

namespace mathakine::parsetree {

QStringList names(const QJsonArray &strings)
{
    QStringList result;
    for (const QJsonValue &s : strings)
        result << text(unwrap(s, "String"), "sval");
    return result;
}

QString TableName::display() const
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

TableName tableName(const QString &schema, const QString &name)
{
    return {schema == QLatin1String("public") ? QString() : schema, name};
}

TableName tableName(const QJsonObject &rangeVar)
{
    return tableName(text(rangeVar, "schemaname"), text(rangeVar, "relname"));
}

TableName qualifiedTableName(const QStringList &parts)
{
    return parts.isEmpty()
        ? TableName{}
        : tableName(parts.size() > 1 ? parts.at(parts.size() - 2) : QString(), parts.constLast());
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

}  // namespace mathakine::parsetree
