#pragma once

#include "common/Outcome.h"
#include "migrate/MigrationPlan.h"

#include <QMap>
#include <QSet>

#include <tuple>
#include <utility>

namespace mathakine {

class DatabaseSession;

// A table (or index) named by a migration statement, as written there.
struct TableRef {
    TableRef() = default;
    TableRef(QString schemaName, QString tableName, QStringList path = {})
        : schema(std::move(schemaName)), name(std::move(tableName)), searchPath(std::move(path))
    {}

    QString schema;  // empty when unqualified (found through search_path)
    QString name;
    QStringList
        searchPath;  // unqualified: a `SET search_path` the migration ran before it, else empty
    QString display() const;  // schema.name or name, unquoted: for messages only
    // Compared as values: joined text would confuse "a.b"."c" with "a"."b.c".
    bool operator<(const TableRef &other) const
    {
        return std::tie(schema, name, searchPath)
            < std::tie(other.schema, other.name, other.searchPath);
    }
    bool operator==(const TableRef &other) const = default;
    // Its pg_class oid (0 when it does not exist), schema and name bound separately. When
    // unqualified: through searchPath in order if set, else the connection's search_path.
    // Unlike to_regclass, never fails on a schema the user may not use.
    Outcome<qint64> oid(const DatabaseSession &session) const;
};

// What the statements of a plan touch, read from their parse trees: the tables they
// alter (which needs ownership), the privileges they need on tables they write or
// reference, and the schemas and databases they create objects in.
struct PreflightTargets {
    QList<TableRef> altered;  // ALTER / CREATE INDEX / DROP / RENAME / TRIGGER
    QMap<TableRef, QSet<QString>> tablePrivileges;  // INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES
    QSet<QString> createSchemas;                    // "" stands for the first schema of search_path
    bool createsSchema = false;                     // CREATE SCHEMA needs CREATE on the database

    static PreflightTargets of(const MigrationPlan &plan);
    // Every table the plan touches, for the lock check.
    QList<TableRef> allTables() const;
};

}  // namespace mathakine
