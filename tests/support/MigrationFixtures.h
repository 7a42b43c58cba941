#pragma once

#include "migrate/MigrationCatalog.h"

#include <QString>

// Builds migration folders for tests: copies of the real Mathakine migrations and
// hand-written ones, and a schema dump to compare databases with.
namespace testsupport {

QString realMigrationsDir();
// Copies the real migrations whose version is <= upTo (all when upTo is 0) into dir.
void copyRealMigrations(const QString &dir, int upTo = 0);
// Writes dir/<version>_<slug>.sql with a header and the given up and down SQL.
void writeMigration(const QString &dir, const QString &version, const QString &up,
                    const QString &down, const QString &extraHeader = {});
// 0001 creates items (id, name NOT NULL); non-transactional 0002 adds a column, then a
// UNIQUE index on name and an index on code, CONCURRENTLY: with duplicate names in items,
// 0002 fails at its second statement, after its first took effect (issue 16's repairs).
void writeHalfFailingMigrations(const QString &dir);
mathakine::MigrationCatalog loadCatalog(const QString &dir);
// pg_dump --schema-only of a database without the run-specific lines, for comparisons.
QString schemaDump(const QString &database, const QStringList &extraArgs = {});

}  // namespace testsupport
