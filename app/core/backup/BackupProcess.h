#pragma once

#include "connection/CancelToken.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace mathakine {

// What a client tool run produced.
struct ProcessRun {
    bool started = false;
    bool crashed = false;  // ended by a signal (killed)
    bool canceled = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QStringList messages;  // stderr, line by line
    bool ok() const { return started && !crashed && !canceled && exitCode == 0; }
    QString failureText() const;  // the last stderr lines, for an error's detail
};

// Runs pg_dump or pg_restore to completion with progress and cancel, without an event
// loop (for worker threads). The password goes to a private 0600 passfile named by
// PGPASSFILE and is never put on the command line nor in the environment, where
// `ps` or /proc/<pid>/environ would show it. The passfile's folder is leased
// (TempFileLease) and the tool dies with this process (ToolProcess::dieWithParent), so a
// kill -9 leaves neither a running tool nor, after the next start, the password on disk.
class BackupProcess {
public:
    using LineHandler = std::function<void(const QString &line)>;
    using StartHandler = std::function<void(qint64 pid)>;

    // cancel: the job's token; canceling it terminates the tool within a tenth of a second.
    explicit BackupProcess(CancelToken cancel = {}) : m_cancel(std::move(cancel)) {}

    void setLineHandler(LineHandler handler) { m_lines = std::move(handler); }
    void setStartHandler(StartHandler handler) { m_started = std::move(handler); }
    // Variables added to the tool's environment (e.g. PGOPTIONS).
    void setExtraEnvironment(const QProcessEnvironment &extra) { m_extraEnvironment = extra; }

    ProcessRun run(const QString &program, const QStringList &arguments, const QString &password);
    // `pg_restore --file=/dev/null FILE`: reads every entry of a custom-format archive, data
    // included, which `--list` (the table of contents only) does not. A truncated or corrupt
    // dump fails here. Cancelable like run().
    ProcessRun readWholeArchive(const QString &pgRestore, const QString &file);
    // Safe from any thread: the tool is terminated within a tenth of a second.
    void cancel() { m_cancel.cancel(); }
    bool cancelRequested() const { return m_cancel.isCanceled(); }

    // libpq's passfile escaping: backslash before ':' and '\'.
    static QString escapePassFileField(const QString &value);

private:
    LineHandler m_lines;
    StartHandler m_started;
    QProcessEnvironment m_extraEnvironment;
    CancelToken m_cancel;
};

}  // namespace mathakine
