#include "backup/BackupProcess.h"

#include "log/Log.h"
#include "process/TempFileLease.h"
#include "process/ToolProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace mathakine {

namespace {
constexpr int kPollMs = 100;
constexpr int kTerminateGraceMs = 3000;

// Writes "*:*:*:*:password" into a fresh 0600 file inside a 0700 directory.
bool writePassFile(const QString &path, const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line =
        QStringLiteral("*:*:*:*:%1\n").arg(BackupProcess::escapePassFileField(password)).toUtf8();
    return file.write(line) == line.size() && file.flush();
}

// Splits complete lines off the front of buffer.
QStringList takeLines(QByteArray &buffer, bool all)
{
    QStringList lines;
    qsizetype end = 0;
    while ((end = buffer.indexOf('\n')) >= 0) {
        lines << QString::fromLocal8Bit(buffer.left(end)).trimmed();
        buffer.remove(0, end + 1);
    }
    if (all && !buffer.trimmed().isEmpty()) {
        lines << QString::fromLocal8Bit(buffer).trimmed();
        buffer.clear();
    }
    return lines;
}
}  // namespace

QString ProcessRun::failureText() const
{
    QStringList tail = messages.mid(qMax<qsizetype>(0, messages.size() - 12));
    if (crashed)
        tail << QStringLiteral("(the tool was killed)");
    return tail.join(QLatin1Char('\n'));
}

QString BackupProcess::escapePassFileField(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String(":"), QLatin1String("\\:"));
    return escaped;
}

ProcessRun BackupProcess::run(const QString &program, const QStringList &arguments,
                              const QString &password)
{
    ProcessRun result;
    // Created 0700 and removed with the passfile on every exit path; leased (before the
    // password is written, and released after the folder is gone) for a kill -9.
    TempFileLease secretLease;
    QTemporaryDir secretDir(QDir(QDir::tempPath())
                                .filePath(TempFileLease::passFolderPrefix()
                                          + QString::number(QCoreApplication::applicationPid())
                                          + QLatin1String("-XXXXXX")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("mathakine-admin"));
    env.insert(m_extraEnvironment);
    if (!password.isEmpty()) {
        if (secretDir.isValid())
            secretLease = TempFileLease::claim(secretDir.path());
        const QString passFile = secretDir.filePath(QStringLiteral("pgpass"));
        if (!secretDir.isValid() || !writePassFile(passFile, password)) {
            result.messages << QStringLiteral("cannot write a temporary password file in %1")
                                   .arg(secretDir.path());
            return result;
        }
        env.remove(QStringLiteral("PGPASSWORD"));  // it would take precedence over the passfile
        env.insert(QStringLiteral("PGPASSFILE"), passFile);
    }

    QProcess process;
    process.setProcessEnvironment(env);
    ToolProcess::dieWithParent(process);
    log::info(QCoreApplication::translate("Journal", "running %1 %2")
                  .arg(program, arguments.join(QLatin1Char(' '))));
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.messages << process.errorString();
        return result;
    }
    result.started = true;
    if (m_started)
        m_started(process.processId());

    QByteArray pending;
    for (;;) {
        process.waitForFinished(kPollMs);
        result.standardOutput += process.readAllStandardOutput();
        pending += process.readAllStandardError();
        const bool finished = process.state() == QProcess::NotRunning;
        for (const QString &line : takeLines(pending, finished)) {
            if (line.isEmpty())
                continue;
            result.messages << line;
            if (m_lines)
                m_lines(line);
        }
        if (finished)
            break;
        if (m_cancel.isCanceled()) {
            result.canceled = true;
            process.terminate();
            if (!process.waitForFinished(kTerminateGraceMs)) {
                process.kill();
                process.waitForFinished(kTerminateGraceMs);
            }
            break;
        }
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

ProcessRun BackupProcess::readWholeArchive(const QString &pgRestore, const QString &file)
{
    return run(pgRestore, {QStringLiteral("--file=/dev/null"), file}, {});
}

}  // namespace mathakine
