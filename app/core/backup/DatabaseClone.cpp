#include "backup/DatabaseClone.h"

#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "log/Log.h"
#include <QCoreApplication>

namespace mathakine {

namespace {
bool sameServer(const ConnectionProfile &a, const ConnectionProfile &b)
{
    ConnectionProfile left = a;
    ConnectionProfile right = b;
    left.database = right.database = QString();
    return BackupCatalog::targetKey(left) == BackupCatalog::targetKey(right);
}
}  // namespace

DatabaseClone::DatabaseClone(CloneRequest request, CancelToken cancel)
    : m_request(std::move(request)), m_cancel(std::move(cancel))
{
    if (m_request.profileName.trimmed().isEmpty())
        m_request.profileName = tr("%1 (test)").arg(m_request.targetDatabase);
}

Status DatabaseClone::checkTarget(const CloneRequest &request)
{
    const ConnectionProfile &source = request.source.profile;
    const bool onSourceServer = sameServer(source, request.targetServer.profile);
    if (onSourceServer && request.targetDatabase == source.database)
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("The copy cannot replace its own source database %1.").arg(source.database)};
    if (onSourceServer && source.isProduction() && request.replace)
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("Replacing is refused on the production server: it would drop database %1 there.")
                    .arg(request.targetDatabase),
            .hint = tr("Give the copy a new name, or restore onto a test server (--target-url).")};
    return {};
}

void DatabaseClone::cancel()
{
    m_cancel.cancel();
}

Outcome<CloneResult> DatabaseClone::run()
{
    if (Status s = checkTarget(m_request); !s)
        return s.error();
    CloneResult result;

    if (m_step)
        m_step(tr("Backing up %1…").arg(m_request.source.profile.displayTarget()));
    BackupJob backup({m_request.source, {}, m_request.backupsFolder, m_request.catalogPath},
                     m_cancel);
    backup.setProgressHandler(m_backupProgress);
    const AppError canceled{.exitCode = ExitCode::Failed, .message = tr("The clone was canceled.")};
    auto record = m_cancel.isCanceled() ? Outcome<BackupRecord>(canceled) : backup.run();
    if (!record)
        return record.error();
    result.backup = record.value();

    ConnectionSpec testServer = m_request.targetServer;
    testServer.profile.environment =
        Environment::Test;  // the copy is a test database by definition
    if (m_step)
        m_step(tr("Restoring into %1…").arg(m_request.targetDatabase));
    RestoreJob restore({testServer, result.backup.file, m_request.targetDatabase, m_request.replace,
                        false, 0, m_request.catalogPath},
                       m_cancel);
    restore.setProgressHandler(m_restoreProgress);
    auto restored = m_cancel.isCanceled() ? Outcome<RestoreReport>(canceled) : restore.run();
    if (!restored)
        return restored.error();
    result.restore = restored.value();

    ConnectionProfile profile = testServer.profile;
    profile.name = m_request.profileName;
    profile.database = m_request.targetDatabase;
    ProfileStore().save(profile);
    // The clone is done either way: without a saved password the profile asks for one on use.
    if (!testServer.password.isEmpty() && !SecretStore::store(profile, testServer.password))
        log::warn(
            QStringLiteral(
                "clone: the password of profile %1 could not be saved (no keyring, ~/.pgpass not writable)")
                .arg(profile.name));
    result.profile = profile;
    if (m_step)
        m_step(tr("Test profile \"%1\" saved for %2.").arg(profile.name, profile.displayTarget()));
    log::info(
        QCoreApplication::translate("Journal", "cloned %1 into %2 (profile %3)")
            .arg(m_request.source.profile.displayTarget(), profile.displayTarget(), profile.name));
    return result;
}

}  // namespace mathakine
