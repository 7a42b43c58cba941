#include "BackgroundTask.h"

#include "RunningWork.h"

#include <QThread>

namespace mathakine {

void BackgroundTask::launch(std::function<Status()> work)
{
    QThread *thread = QThread::create([this, work = std::move(work)] {
        // Canceled before the work began: nothing of it runs (the error is never shown).
        const Status status =
            isCancelRequested() ? Status(AppError{.kind = ErrorKind::Canceled}) : work();
        QMetaObject::invokeMethod(
            this,
            [this, status] {
                if (status.ok())
                    emit finished();
                else if (isCancelRequested())
                    emit canceled();
                else
                    emit failed(status.error());
                deleteLater();
            },
            Qt::QueuedConnection);
    });
    RunningWork::add(thread, m_cancel);
    thread->start();
}

void BackgroundTask::reportProgress(int value, int maximum, const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, value, maximum, text] { emit progressed(value, maximum, text); },
        Qt::QueuedConnection);
}

void BackgroundTask::post(const QVariant &value)
{
    QMetaObject::invokeMethod(
        this, [this, value] { emit reported(value, QPrivateSignal()); }, Qt::QueuedConnection);
}

void BackgroundTask::cancel()
{
    m_cancel.cancel();  // returns at once: the server-side cancel goes from a helper thread
}

}  // namespace mathakine
