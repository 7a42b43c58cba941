#include "process/ToolProcess.h"

#include "log/Log.h"

#include <QProcess>

#include <QCoreApplication>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace mathakine {

bool ToolProcess::runningAsRoot()
{
    return geteuid() == 0;
}

void ToolProcess::dieWithParent(QProcess &process)
{
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)  // the tool died before prctl took effect
            ::_exit(127);
    });
}

ToolResult ToolProcess::run(const QString &program, const QStringList &arguments, int timeoutMs,
                            const QString &asUser, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    QString executable = program;
    QStringList args = arguments;
    if (!asUser.isEmpty() && runningAsRoot()) {
        args = QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--"), program} + arguments;
        executable = QStringLiteral("runuser");
    }
    log::debug(QCoreApplication::translate("Journal", "running %1 %2")
                   .arg(executable, args.join(QLatin1Char(' '))));
    ToolResult result;
    dieWithParent(process);
    process.start(executable, args);
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString();
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(2000);
    }
    result.output = QString::fromLocal8Bit(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

}  // namespace mathakine
