#include "backup/BackupJob.h"

#include "backup/BackupTools.h"
#include "connection/DatabaseSession.h"
#include "connection/ServerStatement.h"
#include "log/Log.h"
#include "migrate/HistoryStore.h"
#include "process/TempFileLease.h"
#include "rowcount/BackupRowCounts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <QCoreApplication>
#include <fcntl.h>
#include <unistd.h>

namespace mathakine {

namespace {
// pg_dump waits this long for its ACCESS SHARE locks, then fails rather than queueing forever.
constexpr int kDumpLockWaitMs = 60000;
// The counts read every table: generous, but bounded.
constexpr ServerStatement::Timeouts kSessionTimeouts{10000, 3600000};

// The dump's data lives on disk before it is renamed into place.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Opens a read-only repeatable-read transaction and exports its snapshot; it stays open
// until the counts are read. Empty (and no transaction) when the server refuses.
QString exportSnapshot(const DatabaseSession &session)
{
    if (!session.database().transaction())
        return {};
    if (session.run(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        if (auto exported = session.scalar(QStringLiteral("SELECT pg_export_snapshot()")))
            return exported.value().toString();
    }
    session.database().rollback();
    log::warn(QCoreApplication::translate(
        "Journal", "no exported snapshot: row counts are read after the dump"));
    return {};
}

QString newestAppliedVersion(const DatabaseSession &session)
{
    auto history = HistoryStore(session).load();
    return history ? history->currentVersion() : QString();
}
}  // namespace

BackupJob::BackupJob(BackupRequest request, CancelToken cancel)
    : m_request(std::move(request)), m_startedAt(QDateTime::currentDateTimeUtc()),
      m_cancel(std::move(cancel))
{
    if (m_request.folder.isEmpty())
        m_request.folder = BackupCatalog::defaultFolder();
    if (m_request.catalogPath.isEmpty())
        m_request.catalogPath = BackupCatalog::defaultPath();
    if (!m_request.outputFile.isEmpty()) {
        m_file = QFileInfo(m_request.outputFile).absoluteFilePath();
        return;
    }
    // Two backups within one second get _2, _3… rather than one refusing to run.
    const QString name = BackupCatalog::fileNameFor(m_request.spec.profile.database, m_startedAt);
    m_file = QDir(m_request.folder).absoluteFilePath(name);
    for (int n = 2; QFileInfo::exists(m_file); ++n)
        m_file = QDir(m_request.folder)
                     .absoluteFilePath(name.chopped(5) + QStringLiteral("_%1.dump").arg(n));
}

QString BackupJob::plannedFile() const
{
    return m_file;
}

void BackupJob::cancel()
{
    m_cancel.cancel();
}

void BackupJob::report(const BackupProgress &progress) const
{
    if (m_progress)
        m_progress(progress);
}

AppError BackupJob::error(const QString &message, const QString &detail, const QString &hint) const
{
    return AppError{.exitCode = ExitCode::Failed,
                    .message = message,
                    .detail = detail,
                    .hint = hint,
                    .file = plannedFile()};
}

Outcome<BackupRecord> BackupJob::run()
{
    QElapsedTimer timer;
    timer.start();
    report({});
    auto opened = DatabaseSession::open(m_request.spec, QStringLiteral("backup"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    if (Status s = ServerStatement::applyTimeouts(session, kSessionTimeouts); !s)
        return s.error();
    auto tools = BackupTools::forServer(session.server().versionNumber);
    if (!tools)
        return tools.error();

    const QString finalFile = plannedFile();
    const QString partial = finalFile + QLatin1String(".partial");
    if (!QDir().mkpath(QFileInfo(finalFile).absolutePath()))
        return error(
            tr("Cannot create the backups folder %1.").arg(QFileInfo(finalFile).absolutePath()));
    if (QFileInfo::exists(finalFile))
        return error(tr("The backup file already exists; it is never overwritten."));
    QFile::remove(partial);  // left by a run that was itself killed
    // Removed at the next start if this process is killed before it renames or removes it.
    const TempFileLease partialLease = TempFileLease::claim(partial);
    const QString migrationVersion = newestAppliedVersion(session);
    auto tables = BackupRowCounts::tables(session);
    if (!tables)
        return tables.error();

    // Counts read in the snapshot pg_dump uses, so they describe exactly what the file holds.
    const QString snapshot = exportSnapshot(session);

    QElapsedTimer phase;
    phase.start();
    if (Status s =
            dump(session, tools->pgDump, snapshot, partial, static_cast<int>(tables->size()));
        !s) {
        QFile::remove(partial);
        return s.error();
    }
    const qint64 dumpMs = phase.elapsed();
    auto counts = BackupRowCounts::count(session);
    if (!snapshot.isEmpty())
        session.database().rollback();
    if (!counts) {
        QFile::remove(partial);
        return counts.error();
    }
    report({BackupProgress::Phase::Verifying,
            static_cast<int>(tables->size()),
            static_cast<int>(tables->size()),
            {},
            QFileInfo(partial).size()});
    phase.restart();
    if (Status s = verify(tools->pgRestore, partial, counts.value()); !s) {
        QFile::remove(partial);
        return s.error();
    }
    const qint64 verifyMs = phase.elapsed();
    if (m_cancel.isCanceled()) {
        QFile::remove(partial);
        return error(tr("The backup was canceled."));
    }
    if (!syncToDisk(partial) || !QFile::rename(partial, finalFile)) {
        QFile::remove(partial);
        return error(tr("Cannot move the verified dump to its final name."));
    }

    BackupRecord record;
    record.file = finalFile;
    record.target = BackupCatalog::targetKey(m_request.spec.profile);
    record.database = m_request.spec.profile.database;
    record.profileName = m_request.spec.profile.name;
    record.environment = environmentKey(m_request.spec.profile.environment);
    record.createdAt = m_startedAt;
    record.sizeBytes = QFileInfo(finalFile).size();
    record.serverVersion = session.server().version;
    record.toolVersion = tools->version;
    record.migrationVersion = migrationVersion;
    record.rowCounts = counts.value();
    record.durationMs = timer.elapsed();
    record.dumpMs = dumpMs;
    record.verifyMs = verifyMs;
    report({BackupProgress::Phase::Recording,
            static_cast<int>(tables->size()),
            static_cast<int>(tables->size()),
            {},
            record.sizeBytes});
    if (Status s = BackupCatalog(m_request.catalogPath).add(record); !s) {
        AppError e = s.error();
        e.hint =
            tr("The dump %1 is complete and verified, but the production gate will not see it.")
                .arg(finalFile);
        return e;
    }
    log::info(QCoreApplication::translate("Journal", "backup of %1 written to %2 (%3 bytes, %4 ms)")
                  .arg(m_request.spec.profile.displayTarget(), finalFile)
                  .arg(record.sizeBytes)
                  .arg(record.durationMs));
    return record;
}

Status BackupJob::dump(const DatabaseSession &session, const QString &pgDump,
                       const QString &snapshot, const QString &partial, int tablesTotal)
{
    if (m_cancel.isCanceled())
        return error(tr("The backup was canceled."));
    QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--verbose"),
                     QStringLiteral("--no-password"),
                     QStringLiteral("--lock-wait-timeout=%1").arg(kDumpLockWaitMs),
                     QStringLiteral("--file=") + partial};
    if (!snapshot.isEmpty())
        args << QStringLiteral("--snapshot=") + snapshot;
    args << QStringLiteral("--dbname=") + session.spec().profile.conninfo();

    static const QRegularExpression tableLine(QStringLiteral("dumping contents of table \"(.+)\""));
    int done = 0;
    m_process.setLineHandler([&](const QString &line) {
        const auto match = tableLine.match(line);
        if (match.hasMatch())
            report({BackupProgress::Phase::Dumping, done++, tablesTotal, match.captured(1),
                    QFileInfo(partial).size()});
    });
    const ProcessRun run = m_process.run(pgDump, args, m_request.spec.password);
    m_process.setLineHandler({});  // it refers to this frame; the process is reused to verify
    if (run.canceled || m_cancel.isCanceled())
        return error(tr("The backup was canceled; the partial file was deleted."));
    if (!run.ok())
        return error(
            run.crashed ? tr("pg_dump was killed before it finished; the partial file was deleted.")
                        : tr("pg_dump failed; the partial file was deleted."),
            run.failureText());
    return {};
}

Status BackupJob::verify(const QString &pgRestore, const QString &partial,
                         const QMap<QString, qint64> &counts)
{
    if (m_cancel.isCanceled())
        return error(tr("The backup was canceled."));
    const ProcessRun listed = m_process.run(pgRestore, {QStringLiteral("--list"), partial}, {});
    if (!listed.ok())
        return error(tr("pg_restore cannot read the dump back; it was deleted."),
                     listed.failureText());
    // The table of contents is only the head of the file: read every entry, data included.
    const ProcessRun read = m_process.readWholeArchive(pgRestore, partial);
    if (read.canceled || m_cancel.isCanceled())
        return error(tr("The backup was canceled; the partial file was deleted."));
    if (!read.ok())
        return error(
            tr("pg_restore cannot read the whole dump back (truncated or corrupt); it was deleted."),
            read.failureText());
    const QString toc = QString::fromUtf8(listed.standardOutput);
    QStringList missing;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString schema = it.key().section(QLatin1Char('.'), 0, 0);
        const QString table = it.key().section(QLatin1Char('.'), 1);
        if (!toc.contains(QStringLiteral("TABLE DATA %1 %2 ").arg(schema, table)))
            missing << it.key();
    }
    if (!missing.isEmpty())
        return error(tr("The dump lacks the data of %n table(s); it was deleted.", nullptr,
                        static_cast<int>(missing.size())),
                     missing.join(QLatin1String(", ")));
    return {};
}

}  // namespace mathakine
