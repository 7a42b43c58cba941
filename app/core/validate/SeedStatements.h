#pragma once

#include "validate/DataSeeder.h"

#include <QStringList>

namespace mathakine {

// One statement of a seed: an INSERT of one slice of one table (its rows are generate_series
// values first..last, or for user_achievements the new users whose id falls in the slice), or a
// DELETE of cleanupStatements. `values` are its bound parameters ($1, $2…, as text).
struct SeedChunk {
    int tableIndex = 0;  // into seedTables()
    QString sql;
    QStringList values;
    QString randomSeed;  // setseed() before the chunk (-1..1), empty for none
};

constexpr qint64 kMinSliceRows = 10000;
constexpr int kMaxSlices = 8;

// The seven tables in the order DataSeeder reports them.
const QStringList &seedTables();

// What a run knows before its first insert: its tag (unique names), the highest id of every
// table (rows above it are this run's, see cleanupStatements) and the number of slices per table.
struct SeedPlanInput {
    SeedOptions options;
    QString tag;            // [0-9a-z]+
    QList<qint64> baseIds;  // per seedTables() entry: max(id) before the run, 0 when empty
    int slicesPerTable = kMaxSlices;  // at most; a slice has at least kMinSliceRows rows
};

// The inserts in three phases; a phase only reads tables written by the phases before it
// (parents before children), so the chunks of one phase may run in parallel sessions once the
// earlier phases are committed. A count of 0 gives no chunk.
QList<QList<SeedChunk>> seedPhases(const SeedPlanInput &input);

// Per phase of seedPhases, the LOCK that keeps the parents it reads from losing a row until
// the run commits (empty for the first phase): SHARE mode lets everyone read them, and the run
// insert its children, but makes a DELETE or UPDATE of a parent wait. With the per-row foreign
// key triggers off that is what keeps every reference valid: the children only take ids
// present when they read them.
QStringList parentLocks();

// DELETEs that remove the rows a run inserted (children first): id above the run's base and the
// run's own marker (tag in its names, the seed's constant texts). Run with the per-row foreign
// key triggers off (session_replication_role = replica), which only a superuser may set.
QList<SeedChunk> cleanupStatements(const SeedPlanInput &input);

}  // namespace mathakine
