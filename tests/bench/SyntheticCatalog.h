#pragma once

#include "connection/DatabaseSession.h"

// Builds the benchmark's synthetic schema on the server: N tables of 10 columns, each with
// a primary key, 3 more indexes (plain, two-column with DESC, unique partial on an
// expression) and a foreign key to the previous table. Done in server-side DO loops of a
// few hundred tables per transaction, to stay under max_locks_per_transaction.
namespace bench {

struct SyntheticCatalog {
    static constexpr int columnsPerTable = 10;
    static constexpr int indexesPerTable = 3;  // besides the primary key
    static mathakine::Status create(const mathakine::DatabaseSession &session, int tables);
};

}  // namespace bench
