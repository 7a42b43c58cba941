#pragma once

#include "common/Outcome.h"
#include "connection/CancelToken.h"

#include <QObject>
#include <QVariant>

#include <functional>

namespace mathakine {

// One long database job off the UI thread, with the fixed vocabulary of signals
// progressed / finished / failed / canceled (always delivered in the UI thread).
// The work function opens its own DatabaseSession in the worker thread.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    using Work = std::function<Outcome<QVariant>(BackgroundTask &task)>;

    // Starts work at once; the task deletes itself after its last signal. owner documents
    // who listens; connect its slots with owner as context so they drop if it goes first.
    static BackgroundTask *start(QObject *owner, Work work);

    // From the worker: thread-safe.
    void reportProgress(int value, int maximum, const QString &text);
    // From the worker, thread-safe: any other live value (e.g. a stall guard sample).
    void report(const QVariant &value);
    bool isCancelRequested() const { return m_cancel.isCanceled(); }
    // The task's one cancel, created with it: hand it to the job the work runs (a copy
    // shares it), so that Cancel reaches the job even when pressed before the job exists.
    const CancelToken &cancelToken() const { return m_cancel; }

public slots:
    void cancel();

signals:
    void progressed(int value, int maximum, const QString &text);
    void reported(const QVariant &value);
    void finished(const QVariant &result);
    void failed(const mathakine::AppError &error);
    void canceled();

private:
    explicit BackgroundTask(QObject *parent) : QObject(parent) {}

    CancelToken m_cancel;
};

} // namespace mathakine
