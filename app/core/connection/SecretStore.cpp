#include "connection/SecretStore.h"

#include "common/AppInfo.h"
#include "connection/PgPassFile.h"
#include "log/Log.h"
#include "log/Redactor.h"

#include <QThread>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

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

struct JobResult {
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;  // ReadPasswordJob's password
};

// The thread every keyring job runs in, whose event loop delivers the jobs' D-Bus answers.
// One for the whole process: QtKeychain queues its jobs on an executor living in the thread
// of the first job, so that thread must outlive them all.
QObject *keyringContext()
{
    static QObject *const context = [] {
        auto *thread = new QThread;  // never deleted: it serves until the process ends
        thread->setObjectName(QStringLiteral("keyring"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        return object;
    }();
    return context;
}

// Runs a keychain job (made by makeJob, in the keyring thread) and waits for its answer at
// most kKeyringTimeoutMs. The caller, the UI thread among others, only waits: no nested
// event loop runs on its stack. Anything but success marks the keyring broken for later
// calls, except "not found".
template<typename MakeJob>
JobResult runJob(MakeJob makeJob)
{
    auto promise = std::make_shared<std::promise<JobResult>>();
    std::future<JobResult> answer = promise->get_future();
    QMetaObject::invokeMethod(
        keyringContext(),
        [promise, makeJob = std::move(makeJob)] {
            QKeychain::Job *job = makeJob().release();
            job->setAutoDelete(true);  // deleted once it has finished, even after a timeout here
            QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
                JobResult result{true, job->error(), job->errorString(), {}};
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                    result.text = read->textData();
                promise->set_value(result);
            });
            job->start();
        },
        Qt::QueuedConnection);
    JobResult result;
    if (answer.wait_for(std::chrono::milliseconds(kKeyringTimeoutMs)) == std::future_status::ready)
        result = answer.get();
    if (!result.finished
        || (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound))
        s_keyringBroken = true;
    return result;
}

template<typename Job>
std::unique_ptr<QKeychain::Job> keychainJob(const ConnectionProfile &profile)
{
    auto job = std::make_unique<Job>(QLatin1String(appinfo::keyringService));
    job->setKey(keyFor(profile));
    return job;
}

bool succeeded(const JobResult &result)
{
    return result.finished && result.error == QKeychain::NoError;
}

}  // namespace

bool SecretStore::keyringAvailable()
{
    if (qEnvironmentVariable("MATHAKINE_NO_KEYRING") == QLatin1String("1"))
        return false;
    return !s_keyringBroken;
}

std::optional<SecretStore::Backend> SecretStore::store(const ConnectionProfile &profile,
                                                       const QString &password)
{
    Redactor::registerSecret(password);
    if (keyringAvailable()) {
        const JobResult written = runJob([profile, password] {
            auto job = keychainJob<QKeychain::WritePasswordJob>(profile);
            static_cast<QKeychain::WritePasswordJob *>(job.get())->setTextData(password);
            return job;
        });
        if (succeeded(written))
            return Backend::Keyring;
        log::info(
            QCoreApplication::translate("Journal", "keyring unavailable (%1); using ~/.pgpass")
                .arg(written.finished ? written.errorString : QStringLiteral("no answer")));
    }
    if (PgPassFile().store(profile, password))
        return Backend::PgPass;
    return std::nullopt;
}

std::optional<QString> SecretStore::lookup(const ConnectionProfile &profile)
{
    if (keyringAvailable()) {
        const JobResult read =
            runJob([profile] { return keychainJob<QKeychain::ReadPasswordJob>(profile); });
        if (succeeded(read)) {
            Redactor::registerSecret(read.text);
            return read.text;
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
        runJob([profile] { return keychainJob<QKeychain::DeletePasswordJob>(profile); });
    }
    PgPassFile().remove(profile);
}

}  // namespace mathakine
