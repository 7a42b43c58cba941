#pragma once

#include "TestServer.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "common/Translations.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

// Small helpers for GUI tests that drive the window as a person would.
namespace testsupport {

// What every GUI test sets up: test-mode data paths, English texts, a private pgpass in dir.
inline void prepareGuiTest(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    mathakine::Translations::install(QStringLiteral("en"));
    qputenv("PGPASSFILE", QFile::encodeName(dir.filePath(QStringLiteral("pgpass"))));
}

// Connects the window and waits for its first snapshot of the database.
inline bool connectAndWait(mathakine::MainWindow &window, const mathakine::ConnectionSpec &spec,
                           int timeoutMs = 15000)
{
    QSignalSpy spy(window.workspace(), &mathakine::Workspace::snapshotChanged);
    window.connectTo(spec);
    return spy.wait(timeoutMs);
}

// The longest gap between UI-thread timer ticks: a blocked UI thread shows up as one.
class UiWatchdog : public QObject {
public:
    UiWatchdog()
    {
        m_clock.start();
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// Answers the next modal dialog once it is open: its exec() holds the click that opened
// it, so the answer has to come from the event loop. Gives up after 10 s.
inline void whenDialogOpens(std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [timer, ticks = 0, answer = std::move(answer)]() mutable {
                         auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                         if (!dialog && ++ticks < 500)
                             return;
                         timer->stop();
                         timer->deleteLater();
                         if (dialog)
                             answer(dialog);
                     });
    timer->start();
}

// Holds an ACCESS EXCLUSIVE lock on a table, so that pg_dump waits inside its run.
struct TableLock {
    std::unique_ptr<mathakine::DatabaseSession> session;
    TableLock(const QString &db, const QString &table)
    {
        session = std::move(
            mathakine::DatabaseSession::open(spec(db), QStringLiteral("tst-lock")).value());
        session->database().transaction();
        QVERIFY(
            session->run(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(table)).ok());
    }
    void release() { session->database().rollback(); }
};

}  // namespace testsupport
