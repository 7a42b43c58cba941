#include "migrate/MigrationStatus.h"

namespace mathakine {

MigrationStatus MigrationStatus::compute(const MigrationCatalog &catalog, const QList<AppliedMigration> &history,
                                         const QString &language)
{
    MigrationStatus status;
    for (const Migration &m : catalog.migrations) {
        MigrationStatusEntry entry{m.version, m.displayTitle(language), m.fileName, MigrationState::Pending, std::nullopt};
        for (const AppliedMigration &row : history) {
            if (row.version.toLongLong() == m.version.toLongLong())
                entry.applied = row;
        }
        if (!entry.applied) {
            ++status.pendingCount;
        } else if (entry.applied->state == QLatin1String("failed")) {
            entry.state = MigrationState::Failed;
            status.failedVersions << m.version;
        } else if (entry.applied->checksum != m.checksum) {
            entry.state = MigrationState::Drifted;
            status.driftedVersions << m.version;
        } else {
            entry.state = MigrationState::Applied;
        }
        status.entries << entry;
    }
    for (const AppliedMigration &row : history) {
        if (catalog.indexOf(row.version) < 0) {
            status.entries << MigrationStatusEntry{row.version, row.title, QString(), MigrationState::MissingFile, row};
            status.missingFiles << row.version;
        }
        if (row.state == QLatin1String("applied"))
            status.currentVersion = row.version;  // history is ordered by version
    }
    std::sort(status.entries.begin(), status.entries.end(), [](const auto &a, const auto &b) {
        return a.version.toLongLong() < b.version.toLongLong();
    });
    return status;
}

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending: return QCoreApplication::translate("MigrationState", "pending");
    case MigrationState::Applied: return QCoreApplication::translate("MigrationState", "applied");
    case MigrationState::Failed: return QCoreApplication::translate("MigrationState", "failed");
    case MigrationState::Drifted: return QCoreApplication::translate("MigrationState", "edited after it was applied");
    case MigrationState::MissingFile: return QCoreApplication::translate("MigrationState", "file missing");
    }
    return {};
}

} // namespace mathakine
