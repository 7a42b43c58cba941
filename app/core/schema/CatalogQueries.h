#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace mathakine {

// The fixed set of pg_catalog queries a snapshot is built from: one per kind of object,
// never one per table, so introspection costs the same handful of round trips on 20 tables
// or 20,000. Public so the benchmark can time the same text in psql.
class CatalogQueries {
public:
    // Column order of each result is what SchemaIntrospector reads; keep them in step.
    // oid, schema, name, relkind, view definition
    static QString relations();
    // table oid, attnum, name, type, not null, default, identity, generated, collation
    static QString columns();
    // table oid, name, contype, conkey, ref oid, confkey, ref schema/table, actions, deferrable,
    // deferred, validated, check definition, ref column names (other schemas)
    static QString constraints();
    // one row per index column: table oid, index, position, attnum, is key, column or
    // (expression), collation, opclass, options; then on position 1 only: unique, method,
    // predicate, valid, constraint, nulls not distinct, storage parameters
    static QString indexes();
    // schema, name, labels (json)
    static QString enums();
    // schema, name, type, start, increment, min, max, cache, cycle, owner table/column
    static QString sequences();
    // {name, sql} for each query, in the order the introspector runs them.
    static QList<std::pair<QString, QString>> all();
};

}  // namespace mathakine
