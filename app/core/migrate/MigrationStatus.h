#pragma once

#include "migrate/AlembicRevision.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationCatalog.h"
#include "migrate/MigrationLock.h"

namespace mathakine {

enum class MigrationState { Pending, Applied, Failed, Drifted, MissingFile };
// The machine form, the same in every language: "pending", "applied", "failed", "drifted",
// "missing_file" (status --json; the people's words are EnumNames::migrationState).
QString migrationStateKey(MigrationState state);

// One line of the timeline: a migration file and/or what the database recorded for it.
struct MigrationStatusEntry {
    QString version;
    QString title;
    QString fileName;
    MigrationState state = MigrationState::Pending;
    std::optional<AppliedMigration> applied;
};

// The catalog compared with the history of one database.
struct MigrationStatus {
    QList<MigrationStatusEntry> entries;
    QString currentVersion;  // newest applied version, empty at base
    int pendingCount = 0;
    QStringList driftedVersions;  // applied, but the file changed since
    QStringList failedVersions;
    QStringList missingFiles;        // applied versions with no file any more
    QStringList outOfOrderVersions;  // pending, but older than currentVersion
    std::optional<LockHolder> lockHolder;
    // Set when the history is empty but public.alembic_version holds a revision (issue 15).
    std::optional<AlembicRevisionState> alembic;

    // Linear in the number of migrations and history rows.
    static MigrationStatus compute(const MigrationCatalog &catalog, const History &history,
                                   const QString &language);
};

}  // namespace mathakine
