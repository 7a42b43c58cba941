#include "validate/RequiredObjectsCheck.h"

#include "connection/DatabaseSession.h"

#include <QHash>
#include <QSet>

namespace mathakine {

namespace {

struct Catalog {
    QSet<QString> tables;
    QSet<QString> columns;               // "table.column"
    QHash<QString, QString> indexTable;  // index -> table
    QSet<QString> invalidIndexes;
};

Outcome<Catalog> readCatalog(const DatabaseSession &session, const QString &schema)
{
    Catalog catalog;
    auto tables = session.run(
        QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"),
        {schema});
    if (!tables)
        return tables.error();
    while (tables->next())
        catalog.tables.insert(tables->value(0).toString());
    auto columns = session.run(
        QStringLiteral(
            "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = ? AND a.attnum > 0 AND NOT a.attisdropped"),
        {schema});
    if (!columns)
        return columns.error();
    while (columns->next())
        catalog.columns.insert(columns->value(0).toString() + QLatin1Char('.')
                               + columns->value(1).toString());
    auto indexes = session.run(
        QStringLiteral(
            "SELECT i.relname, t.relname, x.indisvalid FROM pg_index x"
            " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
            " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ?"),
        {schema});
    if (!indexes)
        return indexes.error();
    while (indexes->next()) {
        catalog.indexTable.insert(indexes->value(0).toString(), indexes->value(1).toString());
        if (!indexes->value(2).toBool())
            catalog.invalidIndexes.insert(indexes->value(0).toString());
    }
    return catalog;
}

CheckResult result(const QString &kind, const QString &subject, bool present, Severity severity,
                   const QString &message)
{
    CheckResult r;
    r.family = CheckFamily::Schema;
    r.id = kind + QLatin1Char(':') + subject;
    r.subject = subject;
    r.critical = severity == Severity::Critical;
    r.status =
        present ? CheckStatus::Pass : (r.critical ? CheckStatus::Fail : CheckStatus::Warning);
    r.message = message;
    return r;
}

}  // namespace

Outcome<QList<CheckResult>> RequiredObjectsCheck::run(const DatabaseSession &session,
                                                      const ValidationPlan &plan)
{
    auto catalog = readCatalog(session, plan.schema);
    if (!catalog)
        return catalog.error();
    const Catalog &c = catalog.value();
    QList<CheckResult> results;
    for (const RequiredTable &t : plan.tables) {
        const bool present = c.tables.contains(t.name);
        results << result(QStringLiteral("table"), t.name, present, t.severity,
                          present ? tr("Table %1 exists.").arg(t.name)
                                  : tr("Table %1 is missing.").arg(t.name));
    }
    for (const RequiredColumn &col : plan.columns) {
        const QString subject = col.table + QLatin1Char('.') + col.name;
        const bool present = c.columns.contains(subject);
        QString message = present ? tr("Column %1 exists.").arg(subject)
                                  : tr("Column %1 is missing.").arg(subject);
        if (!c.tables.contains(col.table))
            message = tr("Column %1 is missing: table %2 does not exist.").arg(subject, col.table);
        results << result(QStringLiteral("column"), subject, present, col.severity, message);
    }
    for (const RequiredIndex &index : plan.indexes) {
        const QString onTable = c.indexTable.value(index.name);
        const bool valid = !c.invalidIndexes.contains(index.name);
        const bool present = onTable == index.table && valid;
        QString message = tr("Index %1 on %2 exists.").arg(index.name, index.table);
        CheckResult r =
            result(QStringLiteral("index"), index.name, present, index.severity, message);
        if (onTable.isEmpty())
            r.message = tr("Index %1 on %2 is missing.").arg(index.name, index.table);
        else if (onTable != index.table)
            r.message = tr("Index %1 exists, but on table %2 instead of %3.")
                            .arg(index.name, onTable, index.table);
        else if (!valid)
            r.message =
                tr("Index %1 on %2 is INVALID (left by a failed CREATE INDEX CONCURRENTLY): drop it and create it again.")
                    .arg(index.name, index.table);
        results << r;
    }
    return results;
}

}  // namespace mathakine
