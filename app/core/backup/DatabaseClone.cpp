#include "backup/DatabaseClone.h"

#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "log/Log.h"

namespace mathakine {

namespace {
bool sameServer(const ConnectionProfile &a, const ConnectionProfile &b)
{
    ConnectionProfile left = a;
    ConnectionProfile right = b;
    left.database = right.database = QString();
    return BackupCatalog::targetKey(left) == BackupCatalog::targetKey(right);
}
} // namespace

DatabaseClone::DatabaseClone(CloneRequest request) : m_request(std::move(request))
{
    if (m_request.profileName.trimmed().isEmpty())
        m_request.profileName = tr("%1 (test)").arg(m_request.targetDatabase);
}

Status DatabaseClone::checkTarget(const CloneRequest &request)
{
    const ConnectionProfile &source = request.source.profile;
    const bool onSourceServer = sameServer(source, request.targetServer.profile);
    if (onSourceServer && request.targetDatabase == source.database)
        return AppError{ExitCode::Usage, tr("The copy cannot replace its own source database %1.").arg(source.database), {}, {}, {}, 0, 0};
    if (onSourceServer && source.isProduction() && request.replace)
        return AppError{ExitCode::Usage, tr("Replacing is refused on the production server: it would drop database %1 there.").arg(request.targetDatabase),
                        {}, tr("Give the copy a new name, or restore onto a test server (--target-url)."), {}, 0, 0};
    return {};
}

void DatabaseClone::cancel()
{
    m_canceled = true;
    std::lock_guard lock(m_jobMutex);
    if (m_backup)
        m_backup->cancel();
    if (m_restore)
        m_restore->cancel();
}

Outcome<CloneResult> DatabaseClone::run()
{
    if (Status s = checkTarget(m_request); !s)
        return s.error();
    CloneResult result;

    if (m_step)
        m_step(tr("Backing up %1…").arg(m_request.source.profile.displayTarget()));
    BackupJob backup({m_request.source, {}, m_request.backupsFolder, m_request.catalogPath});
    backup.setProgressHandler(m_backupProgress);
    setJob(&m_backup, &backup);
    auto record = m_canceled ? Outcome<BackupRecord>(AppError{ExitCode::Failed, tr("The clone was canceled."), {}, {}, {}, 0, 0}) : backup.run();
    setJob(&m_backup, static_cast<BackupJob *>(nullptr));
    if (!record)
        return record.error();
    result.backup = record.value();

    ConnectionSpec testServer = m_request.targetServer;
    testServer.profile.environment = Environment::Test;  // the copy is a test database by definition
    if (m_step)
        m_step(tr("Restoring into %1…").arg(m_request.targetDatabase));
    RestoreJob restore({testServer, result.backup.file, m_request.targetDatabase, m_request.replace, false, 0, m_request.catalogPath});
    restore.setProgressHandler(m_restoreProgress);
    setJob(&m_restore, &restore);
    auto restored = m_canceled ? Outcome<RestoreReport>(AppError{ExitCode::Failed, tr("The clone was canceled."), {}, {}, {}, 0, 0}) : restore.run();
    setJob(&m_restore, static_cast<RestoreJob *>(nullptr));
    if (!restored)
        return restored.error();
    result.restore = restored.value();

    ConnectionProfile profile = testServer.profile;
    profile.name = m_request.profileName;
    profile.database = m_request.targetDatabase;
    ProfileStore().save(profile);
    if (!testServer.password.isEmpty())
        SecretStore::store(profile, testServer.password);
    result.profile = profile;
    if (m_step)
        m_step(tr("Test profile \"%1\" saved for %2.").arg(profile.name, profile.displayTarget()));
    log::info(QStringLiteral("cloned %1 into %2 (profile %3)")
                  .arg(m_request.source.profile.displayTarget(), profile.displayTarget(), profile.name));
    return result;
}

} // namespace mathakine
