#pragma once

#include "common/Outcome.h"
#include "connection/CancelToken.h"

#include <QObject>
#include <QVariant>

#include <functional>
#include <optional>

namespace mathakine {

// One long job off the UI thread: BackgroundTask is what a page keeps of it whatever its
// value (Cancel, progress, failure); Task<T> below starts it and hands the value over typed.
//
// Threading: the work runs in a thread of its own (not the global pool, which a long backup
// or migration would hold); every signal and callback is delivered in the UI thread, the
// thread the task was started from. The work opens its own DatabaseSession in its thread.
// The task deletes itself after its last signal; it has no QObject parent, so that it
// outlives a page closed mid-run. Connect with the listener as context: it drops if it goes.
//
// How it ends, exactly one of:
//   finished   the work returned a value (even if Cancel came too late to stop it: what it
//              did stands and must be shown); Task<T>::onFinished receives the value;
//   canceled   Cancel was pressed and the work then failed (its error is the cancel's doing),
//              or Cancel was pressed before the work started, which then does not run;
//   failed     the work returned an error and Cancel was not pressed.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    // From the worker, thread-safe: value out of maximum (0 of 0: busy, no measure yet);
    // text translated.
    void reportProgress(int value, int maximum, const QString &text);
    // From the worker, thread-safe: a live value of the job (e.g. a stall guard sample),
    // delivered to the onReport<V> listeners of its type.
    template<typename V>
    void report(const V &value)
    {
        post(QVariant::fromValue(value));
    }
    // The task's one cancel, created with it: hand it to the job the work runs (a copy
    // shares it), so that Cancel reaches the job even when pressed before the job armed it.
    const CancelToken &cancelToken() const { return m_cancel; }
    bool isCancelRequested() const { return m_cancel.isCanceled(); }

    // UI thread: show(value) for each report<V>(value) of the worker, while context lives.
    template<typename V, typename Show>
    void onReport(const QObject *context, Show show)
    {
        connect(this, &BackgroundTask::reported, context,
                [show = std::move(show)](const QVariant &value) {
                    if (value.metaType() == QMetaType::fromType<V>())
                        show(value.value<V>());
                });
    }

public slots:
    // Any time, returns at once (the server-side cancel goes from a helper thread).
    void cancel();

signals:
    void progressed(int value, int maximum, const QString &text);
    void finished();  // with a value, which goes to Task<T>::onFinished
    void failed(const mathakine::AppError &error);
    void canceled();
    void reported(const QVariant &value, QPrivateSignal);  // typed through onReport<V>

protected:
    BackgroundTask() = default;
    // Runs work in a new thread, then emits how it ended in the UI thread and deletes the task.
    void launch(std::function<Status()> work);

private:
    void post(const QVariant &value);

    CancelToken m_cancel;
};

// A BackgroundTask whose work returns an Outcome<T>: T is the job's own result type (e.g.
// BackupRecord, RunReport, ValidationRun), moved out of the worker, kept by the task and
// lent to onFinished by const reference (copy what outlives the call).
template<typename T>
class Task final : public BackgroundTask {
public:
    // Runs in the worker thread; task gives the cancel token and the progress reports.
    using Work = std::function<Outcome<T>(BackgroundTask &task)>;

    // Starts work at once. The result arrives through the event loop, so connecting (or
    // onFinished) right after start, before returning to it, misses nothing.
    static Task *start(Work work)
    {
        auto *task = new Task;
        task->launch([task, work = std::move(work)]() -> Status {
            Outcome<T> outcome = work(*task);
            if (!outcome)
                return outcome.error();
            task->m_value = std::move(outcome).value();  // read in the UI thread after finished
            return {};
        });
        return task;
    }

    // UI thread: done(value) on success, while context lives. Slots of finished run in
    // the order connected: what a listener must do before done, it connects first.
    template<typename Done>
    void onFinished(const QObject *context, Done done)
    {
        connect(this, &BackgroundTask::finished, context,
                [this, done = std::move(done)] { done(*m_value); });
    }

private:
    Task() = default;

    std::optional<T> m_value;
};

}  // namespace mathakine
