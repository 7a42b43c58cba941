#pragma once

#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

namespace mathakine {

// Expected vs actual snapshot -> SchemaDiff. Objects are matched by schema and name;
// a missing or unexpected table is one difference (its columns and indexes are not
// listed again), and so is a serial sequence that went with its column.
class SchemaComparer {
public:
    static SchemaDiff compare(const SchemaSnapshot &expected, const SchemaSnapshot &actual);
};

}  // namespace mathakine
