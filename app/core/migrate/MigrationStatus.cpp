#include "migrate/MigrationStatus.h"

#include <QHash>
#include <QSet>

namespace mathakine {

QString migrationStateKey(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return QStringLiteral("pending");
    case MigrationState::Applied:
        return QStringLiteral("applied");
    case MigrationState::Failed:
        return QStringLiteral("failed");
    case MigrationState::Drifted:
        return QStringLiteral("drifted");
    case MigrationState::MissingFile:
        return QStringLiteral("missing_file");
    }
    return {};
}

MigrationStatus MigrationStatus::compute(const MigrationCatalog &catalog, const History &history,
                                         const QString &language)
{
    MigrationStatus status;
    status.currentVersion = history.currentVersion();
    QHash<qint64, const AppliedMigration *> byVersion;
    for (const AppliedMigration &row : history)
        byVersion.insert(row.version.toLongLong(), &row);
    QSet<qint64> inCatalog;
    for (const Migration &m : catalog.migrations) {
        const qint64 version = m.version.toLongLong();
        inCatalog.insert(version);
        MigrationStatusEntry entry{m.version, m.displayTitle(language), m.fileName,
                                   MigrationState::Pending, std::nullopt};
        if (const AppliedMigration *row = byVersion.value(version))
            entry.applied = *row;
        if (!entry.applied) {
            ++status.pendingCount;
            if (!status.currentVersion.isEmpty() && version < status.currentVersion.toLongLong())
                status.outOfOrderVersions << m.version;
        } else if (!entry.applied->isApplied()) {  // failed, or running when the run was killed
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
        if (!inCatalog.contains(row.version.toLongLong())) {
            status.entries << MigrationStatusEntry{row.version, row.title, QString(),
                                                   MigrationState::MissingFile, row};
            status.missingFiles << row.version;
        }
    }
    std::stable_sort(status.entries.begin(), status.entries.end(),
                     [](const auto &a, const auto &b) {
                         return a.version.toLongLong() < b.version.toLongLong();
                     });
    return status;
}

}  // namespace mathakine
