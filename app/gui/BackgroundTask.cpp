#include "BackgroundTask.h"

#include "RunningWork.h"

#include <QPointer>
#include <QThread>

namespace mathakine {

BackgroundTask *BackgroundTask::start(QObject *owner, Work work)
{
    // No QObject parent: the task must outlive an owner closed mid-run, or the worker would
    // post its result to a deleted object. Connections to the owner die with it.
    auto *task = new BackgroundTask(nullptr);
    Q_UNUSED(owner)
    QThread *thread = QThread::create([task, work = std::move(work)] {
        Outcome<QVariant> outcome = work(*task);
        QMetaObject::invokeMethod(task, [task, outcome] {
            if (task->isCancelRequested() && !outcome.ok())
                emit task->canceled();
            else if (outcome.ok())
                emit task->finished(outcome.value());
            else
                emit task->failed(outcome.error());
            task->deleteLater();
        }, Qt::QueuedConnection);
    });
    RunningWork::add(thread, task->cancelToken());
    thread->start();
    return task;
}

void BackgroundTask::reportProgress(int value, int maximum, const QString &text)
{
    QMetaObject::invokeMethod(this, [this, value, maximum, text] { emit progressed(value, maximum, text); },
                              Qt::QueuedConnection);
}

void BackgroundTask::report(const QVariant &value)
{
    QMetaObject::invokeMethod(this, [this, value] { emit reported(value); }, Qt::QueuedConnection);
}

void BackgroundTask::cancel()
{
    m_cancel.cancel();  // returns at once: the server-side cancel goes from a helper thread
}

} // namespace mathakine
