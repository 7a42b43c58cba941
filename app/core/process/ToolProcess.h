#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace mathakine {

struct ToolResult {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QString output;  // stdout and stderr merged
    bool ok() const { return started && !timedOut && exitCode == 0; }
};

// Runs a PostgreSQL client or server tool to completion. When the process is root and
// asUser is set, the tool runs as that user through runuser (initdb and pg_ctl refuse root).
// Secrets go in the environment, never in the arguments.
class ToolProcess {
public:
    static ToolResult run(
        const QString &program, const QStringList &arguments, int timeoutMs,
        const QString &asUser = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static bool runningAsRoot();
    // Makes the child die (SIGKILL) when the thread that starts it ends, so that a kill -9
    // of the tool leaves no pg_dump finishing a file nobody will clean up. Call before
    // start(); Linux's PR_SET_PDEATHSIG through QProcess::setChildProcessModifier (Qt 6.0+).
    // Cleared by the kernel when the child changes user (runuser): those are left as they are.
    static void dieWithParent(QProcess &process);
};

}  // namespace mathakine
