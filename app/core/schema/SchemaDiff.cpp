#include "schema/SchemaDiff.h"

#include <QJsonArray>

#include <algorithm>

namespace mathakine {

QString SchemaDifference::path() const
{
    QString path = schema + QLatin1Char('.') + table;
    if (!object.isEmpty())
        path += QLatin1Char('.') + object;
    return path;
}

int SchemaDiff::count(DiffSeverity severity) const
{
    return static_cast<int>(
        std::count_if(differences.begin(), differences.end(),
                      [severity](const SchemaDifference &d) { return d.severity == severity; }));
}

QString SchemaDiff::fixScript() const
{
    QStringList statements;
    for (const SchemaDifference &d : differences) {
        // Two differences may share a fix (an FK dropped and re-added for two attributes).
        for (const QString &statement : d.fixSql) {
            if (!statements.contains(statement))
                statements << statement;
        }
    }
    return statements.isEmpty() ? QString()
                                : statements.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SchemaDiff::severityId(DiffSeverity severity)
{
    switch (severity) {
    case DiffSeverity::Error:
        return QStringLiteral("error");
    case DiffSeverity::Warning:
        return QStringLiteral("warning");
    case DiffSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString SchemaDiff::kindId(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing:
        return QStringLiteral("missing");
    case DiffKind::Unexpected:
        return QStringLiteral("unexpected");
    case DiffKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString SchemaDiff::objectTypeId(SchemaObjectType type)
{
    switch (type) {
    case SchemaObjectType::Table:
        return QStringLiteral("table");
    case SchemaObjectType::View:
        return QStringLiteral("view");
    case SchemaObjectType::Column:
        return QStringLiteral("column");
    case SchemaObjectType::PrimaryKey:
        return QStringLiteral("primary-key");
    case SchemaObjectType::UniqueConstraint:
        return QStringLiteral("unique-constraint");
    case SchemaObjectType::ForeignKey:
        return QStringLiteral("foreign-key");
    case SchemaObjectType::Check:
        return QStringLiteral("check");
    case SchemaObjectType::Index:
        return QStringLiteral("index");
    case SchemaObjectType::Sequence:
        return QStringLiteral("sequence");
    case SchemaObjectType::EnumType:
        break;
    }
    return QStringLiteral("enum");
}

QString SchemaDiff::objectTypeName(SchemaObjectType type)
{
    switch (type) {
    case SchemaObjectType::Table:
        return tr("Table");
    case SchemaObjectType::View:
        return tr("View");
    case SchemaObjectType::Column:
        return tr("Column");
    case SchemaObjectType::PrimaryKey:
        return tr("Primary key");
    case SchemaObjectType::UniqueConstraint:
        return tr("Unique constraint");
    case SchemaObjectType::ForeignKey:
        return tr("Foreign key");
    case SchemaObjectType::Check:
        return tr("Check constraint");
    case SchemaObjectType::Index:
        return tr("Index");
    case SchemaObjectType::Sequence:
        return tr("Sequence");
    case SchemaObjectType::EnumType:
        break;
    }
    return tr("Enum type");
}

QString SchemaDiff::attributeName(const QString &a)
{
    // lupdate needs each string literally, hence the chain instead of a table.
    if (a == QLatin1String("type"))
        return tr("data type");
    if (a == QLatin1String("nullable"))
        return tr("nullability");
    if (a == QLatin1String("default"))
        return tr("default value");
    if (a == QLatin1String("identity"))
        return tr("identity");
    if (a == QLatin1String("generated"))
        return tr("generation expression");
    if (a == QLatin1String("collation"))
        return tr("collation");
    if (a == QLatin1String("columnOrder"))
        return tr("column order");
    if (a == QLatin1String("columns"))
        return tr("columns");
    if (a == QLatin1String("include"))
        return tr("included columns");
    if (a == QLatin1String("unique"))
        return tr("uniqueness");
    if (a == QLatin1String("method"))
        return tr("index method");
    if (a == QLatin1String("predicate"))
        return tr("partial index condition");
    if (a == QLatin1String("valid"))
        return tr("validity");
    if (a == QLatin1String("definition"))
        return tr("definition");
    if (a == QLatin1String("references"))
        return tr("referenced table and columns");
    if (a == QLatin1String("onUpdate"))
        return tr("ON UPDATE action");
    if (a == QLatin1String("onDelete"))
        return tr("ON DELETE action");
    if (a == QLatin1String("match"))
        return tr("match type");
    if (a == QLatin1String("deferrable"))
        return tr("deferrability");
    if (a == QLatin1String("validated"))
        return tr("validation");
    if (a == QLatin1String("labels"))
        return tr("values");
    if (a == QLatin1String("kind"))
        return tr("kind");
    if (a == QLatin1String("ownedBy"))
        return tr("owner column");
    if (a == QLatin1String("name"))
        return tr("name");
    if (a == QLatin1String("nullsNotDistinct"))
        return tr("NULLS NOT DISTINCT");
    if (a == QLatin1String("options"))
        return tr("storage parameters");
    return a;  // sequence parameters (start, increment, min, max, cache, cycle) are SQL words
}

QString SchemaDiff::describe(const SchemaDifference &d)
{
    const QString what = d.object.isEmpty()
        ? tr("%1 %2").arg(objectTypeName(d.objectType), d.schema + QLatin1Char('.') + d.table)
        : tr("%1 %2 on %3")
              .arg(objectTypeName(d.objectType), d.object, d.schema + QLatin1Char('.') + d.table);
    auto shown = [](const QString &value) { return value.isEmpty() ? tr("(none)") : value; };
    switch (d.kind) {
    case DiffKind::Missing:
        return tr("%1 is missing.").arg(what);
    case DiffKind::Unexpected:
        if (d.actual == QLatin1String("INVALID"))
            return tr("%1 is not in the expected schema, and it is INVALID (a failed CREATE INDEX CONCURRENTLY): it enforces nothing.")
                .arg(what);
        return tr("%1 is not in the expected schema.").arg(what);
    case DiffKind::Changed:
        break;
    }
    return tr("%1: %2 differs — expected %3, actual %4.")
        .arg(what, attributeName(d.attribute), shown(d.expected), shown(d.actual));
}

QJsonObject SchemaDiff::toJson() const
{
    QJsonArray list;
    for (const SchemaDifference &d : differences) {
        QJsonObject item{{QStringLiteral("kind"), kindId(d.kind)},
                         {QStringLiteral("objectType"), objectTypeId(d.objectType)},
                         {QStringLiteral("schema"), d.schema},
                         {QStringLiteral("table"), d.table},
                         {QStringLiteral("object"), d.object},
                         {QStringLiteral("severity"), severityId(d.severity)},
                         {QStringLiteral("message"), describe(d)}};
        if (d.kind == DiffKind::Changed) {
            item.insert(QStringLiteral("attribute"), d.attribute);
            item.insert(QStringLiteral("expected"), d.expected);
            item.insert(QStringLiteral("actual"), d.actual);
        }
        if (!d.fixSql.isEmpty())
            item.insert(QStringLiteral("fixSql"), QJsonArray::fromStringList(d.fixSql));
        list.append(item);
    }
    return {{QStringLiteral("expectedVersion"), expectedVersion},
            {QStringLiteral("differences"), list},
            {QStringLiteral("errors"), count(DiffSeverity::Error)},
            {QStringLiteral("warnings"), count(DiffSeverity::Warning)},
            {QStringLiteral("infos"), count(DiffSeverity::Info)}};
}

}  // namespace mathakine
