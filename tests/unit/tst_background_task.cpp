#include "BackgroundTask.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mathakine;

// Task<T> (issue 19): the work runs off the UI thread, its value, progress and live reports
// come back typed in the UI thread, and how it ends follows one rule on every page.
class TestBackgroundTask : public QObject {
    Q_OBJECT

private slots:
    void valueArrivesTypedInTheUiThread();
    void progressAndReportsArriveInTheUiThreadByType();
    void errorWithoutCancelIsAFailure();
    void cancelBeforeTheJobLooksIsACancelNotAFailure();
    void valueReturnedAfterCancelStillCounts();
    void listenerGoneBeforeTheValueDropsIt();
};

namespace {
// Until the work sees Cancel through the task's token, as a job between statements does.
void waitForCancel(const BackgroundTask &task)
{
    while (!task.cancelToken().isCanceled())
        QThread::msleep(5);
}
}  // namespace

void TestBackgroundTask::valueArrivesTypedInTheUiThread()
{
    std::atomic<QThread *> worker = nullptr;
    auto *task = Task<QStringList>::start([&worker](BackgroundTask &) -> Outcome<QStringList> {
        worker = QThread::currentThread();
        return QStringList{QStringLiteral("a"), QStringLiteral("b")};
    });
    QSignalSpy failed(task, &BackgroundTask::failed);
    QSignalSpy canceled(task, &BackgroundTask::canceled);
    QStringList received;
    QThread *deliveredIn = nullptr;
    task->onFinished(this, [&](const QStringList &value) {
        received = value;
        deliveredIn = QThread::currentThread();
    });
    QTRY_COMPARE(received, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(worker.load() != nullptr && worker.load() != QThread::currentThread());
    QCOMPARE(deliveredIn, QThread::currentThread());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(canceled.count(), 0);
}

void TestBackgroundTask::progressAndReportsArriveInTheUiThreadByType()
{
    auto *task = Task<int>::start([](BackgroundTask &task) -> Outcome<int> {
        task.reportProgress(1, 3, QStringLiteral("first"));
        task.report(7);
        task.report(QStringLiteral("not an int"));
        return 0;
    });
    QSignalSpy progressed(task, &BackgroundTask::progressed);
    QList<int> samples;
    task->onReport<int>(this, [&samples](int sample) { samples << sample; });
    bool done = false;
    task->onFinished(this, [&done](int) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(progressed.count(), 1);
    QCOMPARE(progressed.first().at(0).toInt(), 1);
    QCOMPARE(progressed.first().at(1).toInt(), 3);
    QCOMPARE(progressed.first().at(2).toString(), QStringLiteral("first"));
    QCOMPARE(samples, QList<int>{7});
}

void TestBackgroundTask::errorWithoutCancelIsAFailure()
{
    auto *task = Task<int>::start([](BackgroundTask &) -> Outcome<int> {
        return AppError{.message = QStringLiteral("boom")};
    });
    QSignalSpy failed(task, &BackgroundTask::failed);
    QSignalSpy canceled(task, &BackgroundTask::canceled);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<AppError>().message, QStringLiteral("boom"));
    QCOMPARE(canceled.count(), 0);
}

void TestBackgroundTask::cancelBeforeTheJobLooksIsACancelNotAFailure()
{
    auto *task = Task<int>::start([](BackgroundTask &task) -> Outcome<int> {
        waitForCancel(task);
        return AppError{.message = QStringLiteral("stopped"), .kind = ErrorKind::Canceled};
    });
    QSignalSpy failed(task, &BackgroundTask::failed);
    QSignalSpy canceled(task, &BackgroundTask::canceled);
    bool done = false;
    task->onFinished(this, [&done](int) { done = true; });
    task->cancel();
    QTRY_COMPARE(canceled.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!done);
}

void TestBackgroundTask::valueReturnedAfterCancelStillCounts()
{
    // Cancel too late to stop the job: what it did stands, and the page must show it.
    std::atomic_bool started = false;
    auto *task = Task<int>::start([&started](BackgroundTask &task) -> Outcome<int> {
        started = true;
        waitForCancel(task);
        return 42;
    });
    QSignalSpy canceled(task, &BackgroundTask::canceled);
    int received = 0;
    task->onFinished(this, [&received](int value) { received = value; });
    QTRY_VERIFY(started);  // a Cancel before the work starts skips it: not this case
    task->cancel();
    QTRY_COMPARE(received, 42);
    QCOMPARE(canceled.count(), 0);
}

void TestBackgroundTask::listenerGoneBeforeTheValueDropsIt()
{
    std::atomic_bool release = false;
    auto *task = Task<int>::start([&release](BackgroundTask &) -> Outcome<int> {
        while (!release)
            QThread::msleep(5);
        return 1;
    });
    QPointer<BackgroundTask> alive = task;
    bool done = false;
    {
        QObject listener;
        task->onFinished(&listener, [&done](int) { done = true; });
    }
    release = true;
    QTRY_VERIFY(alive.isNull());  // the task ended and deleted itself
    QVERIFY(!done);
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_background_task.moc"
