#pragma once

#include "MainWindow.h"
#include "Workspace.h"
#include "common/Translations.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

// What every GUI test sets up: test-mode data paths, English texts, a private pgpass in dir.
namespace testsupport {

inline void prepareGuiTest(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    mathakine::Translations::install(QStringLiteral("en"));
    qputenv("PGPASSFILE", QFile::encodeName(dir.filePath(QStringLiteral("pgpass"))));
}

// Connects the window and waits for its first snapshot of the database.
inline bool connectAndWait(mathakine::MainWindow &window, const mathakine::ConnectionSpec &spec, int timeoutMs = 15000)
{
    QSignalSpy spy(window.workspace(), &mathakine::Workspace::snapshotChanged);
    window.connectTo(spec);
    return spy.wait(timeoutMs);
}

} // namespace testsupport
