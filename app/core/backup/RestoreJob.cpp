#include "backup/RestoreJob.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupTools.h"
#include "connection/DatabaseSession.h"
#include "connection/ServerStatement.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

namespace mathakine {

namespace {
constexpr int kMaxJobs = 4;
// CREATE / DROP DATABASE and the counts; pg_restore's own statements get kRestoreLockMs
// through PGOPTIONS (it sets statement_timeout = 0 itself, for index builds).
constexpr ServerStatement::Timeouts kSessionTimeouts{10000, 3600000};
constexpr int kRestoreLockMs = 60000;

ConnectionSpec withDatabase(ConnectionSpec spec, const QString &database)
{
    spec.profile.database = database;
    return spec;
}
}  // namespace

RestoreJob::RestoreJob(RestoreRequest request, CancelToken cancel)
    : m_request(std::move(request)), m_cancel(std::move(cancel))
{
    if (m_request.catalogPath.isEmpty())
        m_request.catalogPath = BackupCatalog::defaultPath();
    if (m_request.jobs <= 0)
        m_request.jobs = qBound(1, QThread::idealThreadCount(), kMaxJobs);
}

void RestoreJob::cancel()
{
    m_cancel.cancel();
}

AppError RestoreJob::error(const QString &message, const QString &detail, const QString &hint) const
{
    return AppError{.exitCode = ExitCode::Failed,
                    .message = message,
                    .detail = detail,
                    .hint = hint,
                    .file = m_request.file};
}

Status RestoreJob::checkRequest() const
{
    const ConnectionProfile &p = m_request.server.profile;
    if (p.isProduction() && !m_request.besideProduction)
        return error(
            tr("Restoring is refused on profile \"%1\": it is tagged production.").arg(p.name), {},
            tr("Restore into a test server or database, with a profile tagged test or development."));
    const QString target = m_request.targetDatabase.trimmed();
    if (target.isEmpty() || target == QLatin1String("postgres")
        || target.startsWith(QLatin1String("template")))
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("Database \"%1\" cannot be the target of a restore (--into).").arg(target)};
    if (!QFileInfo(m_request.file).isFile())
        return error(tr("The dump file does not exist."));
    return {};
}

Outcome<std::unique_ptr<DatabaseSession>> RestoreJob::openAdminSession() const
{
    // CREATE / DROP DATABASE run from another database: the maintenance one, else template1.
    auto session = DatabaseSession::open(withDatabase(m_request.server, QStringLiteral("postgres")),
                                         QStringLiteral("restore-admin"));
    if (!session)
        session = DatabaseSession::open(withDatabase(m_request.server, QStringLiteral("template1")),
                                        QStringLiteral("restore-admin"));
    if (session) {
        if (Status s = ServerStatement::applyTimeouts(*session.value(), kSessionTimeouts); !s)
            return s.error();
    }
    return session;
}

Status RestoreJob::createTarget(const DatabaseSession &admin) const
{
    const QString quoted = DatabaseSession::quoteIdentifier(m_request.targetDatabase);
    auto exists = ServerStatement::scalar(
        admin, tr("Cannot read the list of databases."),
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"),
        {m_request.targetDatabase});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0) {
        if (!m_request.replace)
            return error(
                tr("Database %1 already exists; the restore does not overwrite it.")
                    .arg(m_request.targetDatabase),
                {},
                tr("Choose another name, or ask to replace it (the Replace option, or --replace) to drop and recreate it."));
        const QString drop = admin.server().versionNumber >= 130000
            ? QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(quoted)
            : QStringLiteral("DROP DATABASE %1").arg(quoted);
        if (auto dropped = ServerStatement::run(
                admin, tr("Cannot drop database %1 to replace it.").arg(m_request.targetDatabase),
                drop);
            !dropped)
            return dropped.error();
        log::warn(QCoreApplication::translate("Journal",
                                              "database %1 dropped to be replaced by a restore")
                      .arg(m_request.targetDatabase));
    }
    // template0: a clean database, whatever was added to template1.
    auto created =
        ServerStatement::run(admin, tr("Cannot create database %1.").arg(m_request.targetDatabase),
                             QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(quoted));
    if (!created) {
        AppError e = created.error();
        if (e.sqlState == QLatin1String("42501"))
            e.hint = tr("The user needs the CREATEDB attribute (ALTER ROLE %1 CREATEDB).")
                         .arg(DatabaseSession::quoteIdentifier(admin.server().user));
        return e;
    }
    return {};
}

AppError RestoreJob::failAndDrop(const DatabaseSession &admin, const QString &message,
                                 const QString &detail) const
{
    // A half-restored database must not pass for a copy. FORCE: pg_restore's sessions may linger.
    const QString drop = admin.server().versionNumber >= 130000
        ? QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
        : QStringLiteral("DROP DATABASE IF EXISTS %1");
    auto dropped =
        ServerStatement::run(admin, tr("Cannot drop database %1.").arg(m_request.targetDatabase),
                             drop.arg(DatabaseSession::quoteIdentifier(m_request.targetDatabase)));
    if (!dropped) {
        log::error(
            QCoreApplication::translate("Journal", "restore failed and %1 could not be dropped: %2")
                .arg(m_request.targetDatabase, dropped.error().detail));
        return error(message + QLatin1Char(' ')
                         + tr("Database %1 is left half-restored: it could not be dropped.")
                               .arg(m_request.targetDatabase),
                     detail + QLatin1Char('\n') + dropped.error().detail,
                     tr("Drop it by hand: DROP DATABASE %1;")
                         .arg(DatabaseSession::quoteIdentifier(m_request.targetDatabase)));
    }
    log::warn(
        QCoreApplication::translate("Journal", "restore into %1 failed; the database was dropped")
            .arg(m_request.targetDatabase));
    return error(message + QLatin1Char(' ')
                     + tr("Database %1 was dropped: nothing is left of this restore.")
                           .arg(m_request.targetDatabase),
                 detail);
}

Outcome<RestoreReport> RestoreJob::run()
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkRequest(); !s)
        return s.error();
    auto tools = BackupTools::newest();
    if (!tools)
        return tools.error();
    if (m_progress)
        m_progress({RestoreProgress::Phase::Checking, 0, 0, {}});
    const ProcessRun listed =
        m_process.run(tools->pgRestore, {QStringLiteral("--list"), m_request.file}, {});
    if (!listed.ok())
        return error(tr("pg_restore cannot read this file: it is not a custom-format dump."),
                     listed.failureText());
    const int tablesTotal = static_cast<int>(
        QString::fromUtf8(listed.standardOutput).count(QLatin1String(" TABLE DATA ")));
    // --list reads only the table of contents: a dump cut in half passes it. Read it all
    // before creating anything.
    const ProcessRun read = m_process.readWholeArchive(tools->pgRestore, m_request.file);
    if (read.canceled || m_cancel.isCanceled())
        return error(tr("The restore was canceled; nothing was created."));
    if (!read.ok())
        return error(
            tr("pg_restore cannot read this dump to its end: it is truncated or corrupt. Nothing was created."),
            read.failureText());

    if (m_progress)
        m_progress({RestoreProgress::Phase::Creating, 0, tablesTotal, {}});
    auto admin = openAdminSession();
    if (!admin)
        return admin.error();
    if (Status s = createTarget(*admin.value()); !s)
        return s.error();

    const ConnectionSpec target = withDatabase(m_request.server, m_request.targetDatabase);
    QStringList args{QStringLiteral("--verbose"), QStringLiteral("--no-password"),
                     QStringLiteral("--jobs=%1").arg(m_request.jobs),
                     QStringLiteral("--dbname=") + target.profile.conninfo()};
    if (!m_request.keepOwners)
        args << QStringLiteral("--no-owner") << QStringLiteral("--no-privileges");
    args << m_request.file;
    QProcessEnvironment options;
    options.insert(QStringLiteral("PGOPTIONS"),
                   (qEnvironmentVariable("PGOPTIONS")
                    + QStringLiteral(" -c lock_timeout=%1").arg(kRestoreLockMs))
                       .trimmed());
    m_process.setExtraEnvironment(options);
    // "processing data for table "public.t"" and, with parallel jobs, also "finished item … TABLE
    // DATA t" for the same table: count each table once, by its name without the schema.
    static const QRegularExpression tableLine(
        QStringLiteral("processing data for table \"(.+)\"|finished item \\d+ TABLE DATA (.+)$"));
    QSet<QString> seen;
    m_process.setLineHandler([&](const QString &line) {
        const auto match = tableLine.match(line);
        if (!match.hasMatch() || !m_progress)
            return;
        const QString table = match.captured(1) + match.captured(2);
        const QString key = table.section(QLatin1Char('.'), -1);
        if (!seen.contains(key)) {
            seen.insert(key);
            m_progress({RestoreProgress::Phase::Restoring, static_cast<int>(seen.size()),
                        tablesTotal, table});
        }
    });
    const ProcessRun run = m_process.run(tools->pgRestore, args, m_request.server.password);
    m_process.setLineHandler({});
    if (run.canceled || m_cancel.isCanceled())
        return failAndDrop(*admin.value(), tr("The restore was canceled."), run.failureText());
    if (!run.ok()) {
        // pg_restore goes on after most errors ("errors ignored on restore: N") and exits 1:
        // whatever it skipped, the database is not the dump's copy.
        QStringList errors;
        for (const QString &line : run.messages) {
            if (line.contains(QLatin1String("error:")))
                errors << line;
        }
        const QString message = run.crashed || !run.started
            ? tr("pg_restore did not finish.")
            : tr("pg_restore reported %n error(s).", nullptr,
                 static_cast<int>(qMax<qsizetype>(1, errors.size())));
        return failAndDrop(*admin.value(), message,
                           errors.isEmpty() ? run.failureText()
                                            : errors.mid(0, 12).join(QLatin1Char('\n')));
    }

    RestoreReport report;
    report.file = QFileInfo(m_request.file).absoluteFilePath();
    report.database = m_request.targetDatabase;

    if (m_progress)
        m_progress({RestoreProgress::Phase::Counting, tablesTotal, tablesTotal, {}});
    auto restored = DatabaseSession::open(target, QStringLiteral("restore-count"));
    if (!restored)
        return restored.error();
    if (Status s = ServerStatement::applyTimeouts(*restored.value(), kSessionTimeouts); !s)
        return s.error();
    auto counts = BackupRowCounts::count(*restored.value());
    if (!counts)
        return counts.error();
    report.rowCounts = counts.value();
    if (const auto record = BackupCatalog(m_request.catalogPath).find(m_request.file)) {
        report.countsRecorded = true;
        report.differences = BackupRowCounts::compare(record->rowCounts, report.rowCounts);
    }
    report.durationMs = timer.elapsed();
    log::info(QCoreApplication::translate("Journal", "restored %1 into %2 in %3 ms: %4")
                  .arg(report.file, report.database)
                  .arg(report.durationMs)
                  .arg(QCoreApplication::translate("Journal", "%n table(s)", nullptr,
                                                   static_cast<int>(report.rowCounts.size()))
                       + QCoreApplication::translate("Journal", ", %n difference(s)", nullptr,
                                                     static_cast<int>(report.differences.size()))));
    return report;
}

}  // namespace mathakine
