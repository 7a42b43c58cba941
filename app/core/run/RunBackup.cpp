#include "run/RunBackup.h"

#include "backup/BackupCatalog.h"

namespace mathakine {

Outcome<QString> RunBackup::resolve(const QString &named, const QString &catalogPath,
                                    const std::optional<GateReport> &gate,
                                    const ConnectionProfile &profile)
{
    if (named.isEmpty())
        return gate ? gate->acceptedBackup() : QString();
    const BackupCatalog catalog(catalogPath.isEmpty() ? BackupCatalog::defaultPath() : catalogPath);
    const auto record = catalog.find(named);
    if (!record)
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("--backup %1: this file is not a verified backup (the backup catalog %2 does not list it).")
                    .arg(named, catalog.path()),
            .hint = tr("Name a file that mathakine-admin backup made (backup --list shows them)."),
            .file = named};
    if (!record->fileIntact())
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("--backup %1: the file is gone or its size changed since it was verified.")
                    .arg(named),
            .file = named};
    if (record->target != BackupCatalog::targetKey(profile))
        return AppError{.exitCode = ExitCode::Usage,
                        .message =
                            tr("--backup %1 is a backup of %2, not of this database (%3).")
                                .arg(named, record->target, BackupCatalog::targetKey(profile)),
                        .file = named};
    return record->file;
}

}  // namespace mathakine
