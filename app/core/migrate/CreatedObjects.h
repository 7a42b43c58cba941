#pragma once

#include "migrate/Migration.h"

namespace mathakine {

class DatabaseSession;

// A schema object that a migration's up section creates, read from its parse tree.
struct CreatedObject {
    enum class Kind { Table, Index, Type, Column };
    Kind kind = Kind::Table;
    QString name;   // table, index or type name; the column name for Column
    QString table;  // for Column: its table
    QString describe() const;  // "table users", "column users.avatar_url", translated
};

// The evidence behind `stamp` and the "already exists" pre-flight: which objects the
// migrations create, and which of them the database has.
class CreatedObjects {
public:
    static QList<CreatedObject> of(const Migration &migration);
    static bool exists(const DatabaseSession &session, const CreatedObject &object);
};

} // namespace mathakine
