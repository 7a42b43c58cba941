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
mathakine::MigrationCatalog loadCatalog(const QString &dir);
// pg_dump --schema-only of a database without the run-specific lines, for comparisons.
QString schemaDump(const QString &database, const QStringList &extraArgs = {});

}  // namespace testsupport
