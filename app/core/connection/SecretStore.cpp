#include "connection/SecretStore.h"

#include "common/AppInfo.h"
#include "connection/PgPassFile.h"
#include "log/Log.h"
#include "log/Redactor.h"

#include <QEventLoop>
#include <QTimer>

#include <atomic>

#include <qt6keychain/keychain.h>
#include <QCoreApplication>

namespace mathakine {

namespace {

constexpr int kKeyringTimeoutMs = 3000;

QString keyFor(const ConnectionProfile &p)
{
    return QStringLiteral("%1@%2:%3/%4").arg(p.user, p.host).arg(p.port).arg(p.database);
}

// Set once a keyring job failed for another reason than "not found": later calls skip it
// instead of waiting again (no keyring on servers and CI; every job fails there).
std::atomic_bool s_keyringBroken{false};

// Runs a keychain job synchronously with a timeout; anything but success is "unavailable".
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    timer.start(kKeyringTimeoutMs);
    if (!finished)
        loop.exec();
    if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        s_keyringBroken = true;
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

bool SecretStore::keyringAvailable()
{
    if (qEnvironmentVariable("MATHAKINE_NO_KEYRING") == QLatin1String("1"))
        return false;
    return !s_keyringBroken;
}

std::optional<SecretStore::Backend> SecretStore::store(const ConnectionProfile &profile, const QString &password)
{
    Redactor::registerSecret(password);
    if (keyringAvailable()) {
        QKeychain::WritePasswordJob job(QLatin1String(appinfo::keyringService));
        job.setKey(keyFor(profile));
        job.setTextData(password);
        if (runJob(job))
            return Backend::Keyring;
        log::info(QCoreApplication::translate("Journal", "keyring unavailable (%1); using ~/.pgpass").arg(job.errorString()));
    }
    if (PgPassFile().store(profile, password))
        return Backend::PgPass;
    return std::nullopt;
}

std::optional<QString> SecretStore::lookup(const ConnectionProfile &profile)
{
    if (keyringAvailable()) {
        QKeychain::ReadPasswordJob job(QLatin1String(appinfo::keyringService));
        job.setKey(keyFor(profile));
        if (runJob(job)) {
            Redactor::registerSecret(job.textData());
            return job.textData();
        }
    }
    auto fromFile = PgPassFile().lookup(profile);
    if (fromFile)
        Redactor::registerSecret(*fromFile);
    return fromFile;
}

void SecretStore::remove(const ConnectionProfile &profile)
{
    if (keyringAvailable()) {
        QKeychain::DeletePasswordJob job(QLatin1String(appinfo::keyringService));
        job.setKey(keyFor(profile));
        runJob(job);
    }
    PgPassFile().remove(profile);
}

QString SecretStore::backendName(Backend backend)
{
    return backend == Backend::Keyring ? tr("the desktop keyring") : tr("the libpq password file (~/.pgpass)");
}

} // namespace mathakine
