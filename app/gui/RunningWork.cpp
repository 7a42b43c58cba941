#include "RunningWork.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QThread>

namespace mathakine {

namespace {

// Touched from the UI thread only: add(), the finished handler (queued to the thread
// object, which lives there) and the post routine.
QHash<QThread *, CancelToken> &running()
{
    static QHash<QThread *, CancelToken> threads;
    return threads;
}

// Long enough for a canceled job to roll back; a job that ignores cancel is left behind.
constexpr int exitWaitMs = 30000;

void cancelAtExit()
{
    if (const int left = RunningWork::cancelAndWaitAll(exitWaitMs); left > 0)
        log::warn(QCoreApplication::translate(
            "Journal", "%n background task(s) still running at exit", nullptr, left));
}

}  // namespace

void RunningWork::add(QThread *thread, const CancelToken &cancel)
{
    static const bool hooked = [] {
        // Post routines run last-added first, and Qt SQL adds the one that closes every
        // connection on its first use, which may come after this (in a worker). Using it
        // now puts ours ahead: the workers end before their connections are torn down.
        QSqlDatabase::drivers();
        qAddPostRoutine(cancelAtExit);
        return true;
    }();
    Q_UNUSED(hooked)
    running().insert(thread, cancel);
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        running().remove(thread);
        thread->deleteLater();
    });
}

int RunningWork::cancelAndWaitAll(int timeoutMs)
{
    const QHash<QThread *, CancelToken> threads = running();
    for (CancelToken cancel : threads)
        cancel.cancel();
    const QDeadlineTimer deadline(timeoutMs);
    int left = 0;
    for (auto it = threads.keyBegin(); it != threads.keyEnd(); ++it) {
        if (!(*it)->wait(deadline))
            ++left;
    }
    return left;
}

}  // namespace mathakine
