#pragma once

#include "validate/DataSeeder.h"

#include <QStringList>

namespace mathakine {

// One statement of a seed: an INSERT of one slice of one table (its rows are generate_series
// values first..last, or for user_achievements the new users whose id falls in the slice), or a
// foreign key check. `values` are its bound parameters ($1, $2…, as text).
struct SeedChunk {
    int tableIndex = 0;            // into seedTables(); -1 for a foreign key check
    QString sql;
    QStringList values;
    QString randomSeed;            // setseed() before the chunk (-1..1), empty for none
};

constexpr qint64 kMinSliceRows = 10000;
constexpr int kMaxSlices = 8;

// The seven tables in the order DataSeeder reports them.
const QStringList &seedTables();

// What a run knows before its first insert: its tag (unique names), the highest id of every
// table (rows above it are this run's, see cleanupStatements) and the number of slices per table.
struct SeedPlanInput {
    SeedOptions options;
    QString tag;                   // [0-9a-z]+
    QList<qint64> baseIds;         // per seedTables() entry: max(id) before the run, 0 when empty
    int slicesPerTable = kMaxSlices;  // at most; a slice has at least kMinSliceRows rows
};

// The inserts in three phases; a phase only reads tables written by the phases before it
// (parents before children), so the chunks of one phase may run in parallel sessions once the
// earlier phases are committed. A count of 0 gives no chunk.
QList<QList<SeedChunk>> seedPhases(const SeedPlanInput &input);

// The query listing every foreign key of the seeded tables with the SQL that checks it set-based
// (one anti-join, as VALIDATE CONSTRAINT does; returns f when every row has its referenced row).
QString foreignKeyChecksQuery();

// DELETEs that remove the rows a run inserted (children first): id above the run's base and the
// run's own marker (tag in its names, the seed's constant texts). Run with the per-row foreign
// key triggers off (session_replication_role = replica), which only a superuser may set.
QList<SeedChunk> cleanupStatements(const SeedPlanInput &input);

} // namespace mathakine
