#pragma once

#include "migrate/Migration.h"

namespace mathakine {

class DatabaseSession;

// A schema object that a migration's up section creates, read from its parse tree. Schema
// and names stay separate values from the tree to the catalog query: never "schema.name" text.
struct CreatedObject {
    enum class Kind { Table, Index, Type, Column };
    Kind kind = Kind::Table;
    // Where the migration creates it: as written, else the first schema of a
    // `SET search_path` the migration ran before; empty: the connection's current_schema().
    // An index is in its table's schema.
    QString schema;
    QString name;              // table, index or type name; the column name for Column
    QString table;             // for Column: its table (in schema)
    QString describe() const;  // "table billing.invoices", "column users.avatar_url", translated
};

// The evidence behind `stamp` and the "already exists" pre-flight: which objects the
// migrations create, and which of them the database has.
class CreatedObjects {
public:
    static QList<CreatedObject> of(const Migration &migration);
    // True when the object is in its schema (a missing schema means it is not). Schema and
    // names are bound as separate parameters; a failed query reads as "not there".
    static bool exists(const DatabaseSession &session, const CreatedObject &object);
    // For an index that exists: whether it is valid (pg_index.indisvalid). A failed CREATE
    // INDEX CONCURRENTLY leaves an INVALID index, which is never evidence that a migration ran.
    // True for other kinds and when the index is not there.
    static bool isValid(const DatabaseSession &session, const CreatedObject &object);
    // A column's type as format_type writes it, plus " NOT NULL"; empty when it has none.
    static QString columnDefinition(const DatabaseSession &session, const CreatedObject &column);
};

}  // namespace mathakine
