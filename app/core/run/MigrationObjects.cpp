#include "run/MigrationObjects.h"

#include "migrate/ParseTree.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace mathakine {

using namespace parsetree;

namespace {
void addOnce(QList<MigrationObjects::Name> &list, const QString &schema, const QString &name)
{
    if (!name.isEmpty() && !list.contains(MigrationObjects::Name{schema, name}))
        list << MigrationObjects::Name{schema, name};
}

MigrationObjects::Name split(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    return {parts.size() > 1 ? parts.at(parts.size() - 2) : QString(), parts.constLast()};
}

bool matches(const QList<MigrationObjects::Name> &list, const QString &schema, const QString &name)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const MigrationObjects::Name &n) {
        return n.second == name && (n.first.isEmpty() || n.first == schema);
    });
}

// DROP TABLE / INDEX / TYPE: the names it drops.
void addDropped(MigrationObjects &objects, const QJsonObject &drop)
{
    const QString type = text(drop, "removeType");
    for (const QJsonValue &item : array(drop, "objects")) {
        const QJsonObject typeName = unwrap(item, "TypeName");
        const auto [schema, name] =
            split(typeName.isEmpty() ? names(array(unwrap(item, "List"), "items"))
                                     : names(array(typeName, "names")));
        if (type == QLatin1String("OBJECT_TABLE"))
            addOnce(objects.tables, schema, name);
        else if (type == QLatin1String("OBJECT_INDEX"))
            addOnce(objects.indexes, schema, name);
        else if (type == QLatin1String("OBJECT_TYPE"))
            addOnce(objects.types, schema, name);
    }
}
}  // namespace

MigrationObjects MigrationObjects::of(const Migration &migration)
{
    MigrationObjects objects;
    for (const SqlStatement &statement : migration.up.statements) {
        const QString kind = statement.kind();
        const QJsonObject node = statement.tree.value(kind).toObject();
        const QJsonObject relation = object(node, "relation");
        if (!relation.isEmpty())
            addOnce(objects.tables, text(relation, "schemaname"), text(relation, "relname"));
        if (kind == QLatin1String("IndexStmt"))
            addOnce(objects.indexes, text(relation, "schemaname"), text(node, "idxname"));
        else if (kind == QLatin1String("CreateEnumStmt")
                 || kind == QLatin1String("AlterEnumStmt")) {
            const auto [schema, name] = split(names(array(node, "typeName")));
            addOnce(objects.types, schema, name);
        } else if (kind == QLatin1String("DropStmt"))
            addDropped(objects, node);
    }
    return objects;
}

bool MigrationObjects::touches(const SchemaDifference &d) const
{
    switch (d.objectType) {
    case SchemaObjectType::EnumType:
        return matches(types, d.schema, d.table);
    case SchemaObjectType::Sequence:
        return false;  // a serial's sequence goes with its column, already listed
    case SchemaObjectType::Index:
        return matches(indexes, d.schema, d.object) || matches(tables, d.schema, d.table);
    default:
        return matches(tables, d.schema, d.table);
    }
}

SchemaDiff MigrationObjects::restrict(const SchemaDiff &diff) const
{
    SchemaDiff restricted;
    restricted.expectedVersion = diff.expectedVersion;
    for (const SchemaDifference &d : diff.differences) {
        if (touches(d))
            restricted.differences << d;
    }
    return restricted;
}

QString MigrationObjectsDiff::previousVersion(const QString &migrationsDir, const QString &version)
{
    // The migration just below, from the files' names (NNNN_slug.sql), not from the snapshots:
    // a missing snapshot for it must read as "nothing to compare with", not as base.
    static const QRegularExpression named(QStringLiteral("^(\\d+)_.*\\.sql$"));
    QString previous;
    for (const QString &file :
         QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const QRegularExpressionMatch match = named.match(file);
        if (!match.hasMatch())
            continue;
        const QString v = match.captured(1);
        if (v.toLongLong() < version.toLongLong()
            && (previous.isEmpty() || v.toLongLong() > previous.toLongLong()))
            previous = v;
    }
    return previous;
}

Outcome<std::optional<SchemaDiff>> MigrationObjectsDiff::at(const DatabaseSession &session,
                                                            const QString &migrationsDir,
                                                            const QString &version,
                                                            const MigrationObjects &objects)
{
    SchemaSnapshot expected;
    expected.schemas = {QStringLiteral("public")};
    if (!version.isEmpty()) {
        const ExpectedSnapshotStore store(ExpectedSnapshotStore::directoryFor(migrationsDir));
        if (!QFileInfo::exists(store.path(version)))
            return std::optional<SchemaDiff>();
        auto loaded = store.load(version);
        if (!loaded)
            return loaded.error();
        expected = loaded.value();
    }
    SchemaIntrospector::Options options;
    options.schemas =
        expected.schemas.isEmpty() ? QStringList{QStringLiteral("public")} : expected.schemas;
    options.parallel = false;  // the run's own session: what it just did, before any other reader
    auto actual = SchemaIntrospector(session, options).snapshot();
    if (!actual)
        return actual.error();
    SchemaDiff diff = objects.restrict(SchemaComparer::compare(expected, actual.value()));
    diff.expectedVersion = version;
    return std::optional<SchemaDiff>(diff);
}

QString MigrationObjectsDiff::describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const SchemaDifference &d : diff.differences)
        lines << SchemaDiff::describe(d);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace mathakine
