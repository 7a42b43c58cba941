#pragma once

#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Accessors for libpg_query's JSON parse trees. Protobuf JSON omits false, 0 and empty
// fields, so every accessor has the matching default.
namespace mathakine::parsetree {

inline QJsonValue field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}
inline QJsonObject object(const QJsonObject &o, const char *key)
{
    return field(o, key).toObject();
}
inline QJsonArray array(const QJsonObject &o, const char *key)
{
    return field(o, key).toArray();
}
inline QString text(const QJsonObject &o, const char *key)
{
    return field(o, key).toString();
}
inline bool flag(const QJsonObject &o, const char *key)
{
    return field(o, key).toBool(false);
}
inline bool is(const QJsonObject &o, const char *key, const char *value)
{
    return text(o, key) == QLatin1String(value);
}

// The body of a {"Type": {...}} node, empty when the node is of another type.
inline QJsonObject unwrap(const QJsonValue &node, const char *type)
{
    return node.toObject().value(QLatin1String(type)).toObject();
}

// The svals of a list of String nodes (qualified names, function names, type names).
QStringList names(const QJsonArray &strings);

// A table as a migration names it: schema and name kept apart, never joined into text.
// public.users and users are one table (public is where unqualified names land).
struct TableName {
    QString schema;  // empty for unqualified or public
    QString name;
    bool operator==(const TableName &other) const = default;
    QString display() const;  // "users", "billing.invoices": for messages only
};
inline size_t qHash(const TableName &table, size_t seed = 0)
{
    return qHashMulti(seed, table.schema, table.name);
}
TableName tableName(const QString &schema, const QString &name);
TableName tableName(const QJsonObject &rangeVar);
TableName qualifiedTableName(const QStringList &parts);

// The schemas of a `SET [LOCAL] search_path` statement's tree, as separate names (empty for
// RESET or SET ... TO DEFAULT); nullopt for any other statement.
std::optional<QStringList> searchPathSetBy(const QJsonObject &tree);
// Where an unqualified name is created under such a path: its first schema ("$user" cannot
// be known without a server and is skipped); empty: the connection's current_schema().
QString creationSchema(const QStringList &searchPath);

}  // namespace mathakine::parsetree
