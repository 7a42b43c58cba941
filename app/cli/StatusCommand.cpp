#include "CommandArgs.h"
#include "Commands.h"
#include "EnumNames.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "common/Translations.h"
#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationStatus.h"

#include "run/FailureForensics.h"
#include "run/MigrationUseCases.h"
#include "run/StepChecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

namespace mathakine::cli {

namespace {

struct Snapshot {
    std::unique_ptr<DatabaseSession> session;
    std::optional<MigrationCatalog> catalog;
    MigrationStatus status;
};

// Connects, loads the catalog and the history (read-only) and computes the status.
std::optional<Snapshot> inspect(CliContext &context, int *exitCode, bool *diffDrift = nullptr)
{
    CommandArgs args(context.options().commandArgs);
    if (diffDrift)
        *diffDrift = args.flag(QStringLiteral("--diff-drift"));
    if (!args.finish(0, 0)) {
        *exitCode = context.fail(usageError(args.error()));
        return std::nullopt;
    }
    const auto loaded = loadTarget(context, exitCode);
    if (!loaded)
        return std::nullopt;
    const auto &[catalog, spec] = *loaded;
    auto session = DatabaseSession::open(spec, QStringLiteral("status"));
    if (!session) {
        *exitCode = context.fail(session.error());
        return std::nullopt;
    }
    auto inspection = usecase::inspect(*session.value(), catalog, Translations::current());
    if (!inspection) {
        *exitCode = context.fail(inspection.error());
        return std::nullopt;
    }
    return Snapshot{std::move(session.value()), catalog, inspection->status};
}

QJsonObject entryJson(const MigrationStatusEntry &e)
{
    QJsonObject json{{QStringLiteral("version"), e.version},
                     {QStringLiteral("title"), e.title},
                     {QStringLiteral("file"), e.fileName},
                     {QStringLiteral("state"), migrationStateKey(e.state)},
                     {QStringLiteral("stateText"), EnumNames::migrationState(e.state)}};
    if (e.applied) {
        json.insert(QStringLiteral("appliedAt"), e.applied->appliedAt.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("appliedBy"),
                    e.applied->appliedByDb + QLatin1String(" / ") + e.applied->appliedByOs);
        json.insert(QStringLiteral("durationMs"), e.applied->durationMs);
        json.insert(QStringLiteral("execution"), e.applied->executionKey());
        json.insert(QStringLiteral("attempts"), e.applied->attempts);
        if (!e.applied->error.isEmpty())
            json.insert(QStringLiteral("error"), e.applied->error);
        json.insert(QStringLiteral("backup"), e.applied->backup);
        json.insert(QStringLiteral("stepChecks"),
                    QJsonDocument::fromJson(e.applied->stepChecks.toUtf8()).array());
    }
    return json;
}

// What a failed (or killed) run left, and the way out.
QString failureText(const MigrationStatusEntry &e, bool runInProgress)
{
    const AppliedMigration &a = *e.applied;
    QString text;
    if (a.state == HistoryState::Running && runInProgress)
        return CliContext::tr(
                   "Migration %1 is being run (%2 section): %3 of %4 statement(s) done so far.")
                   .arg(e.version, a.down ? QStringLiteral("down") : QStringLiteral("up"))
                   .arg(a.statementsDone)
                   .arg(a.statementCount)
            + QLatin1Char('\n');
    if (a.state == HistoryState::Running)
        text =
            CliContext::tr(
                "Migration %1 was interrupted during its %2 section (the process or the connection died): %3 of %4 statement(s) took effect.")
                .arg(e.version, a.down ? QStringLiteral("down") : QStringLiteral("up"))
                .arg(a.statementsDone)
                .arg(a.statementCount);
    else
        text =
            CliContext::tr(
                "Migration %1 failed in its %2 section at statement %3%4: %5. %6 statement(s) before it took effect.")
                .arg(e.version, a.down ? QStringLiteral("down") : QStringLiteral("up"))
                .arg(a.failedStatement)
                .arg(a.sqlState.isEmpty() ? QString()
                                          : QStringLiteral(" (SQLSTATE %1)").arg(a.sqlState),
                     a.error.trimmed())
                .arg(a.statementsDone);
    text += QLatin1Char('\n');
    text += a.down
        ? CliContext::tr(
            "  Way out: fix the cause, then run downgrade again (its down section restarts from statement 1, so it must tolerate what already ran), or upgrade to re-apply it.")
        : CliContext::tr(
            "  Way out: fix the cause (drop any INVALID index it left: DROP INDEX CONCURRENTLY …), then run upgrade again — it restarts this migration from its first statement.");
    return text + QLatin1Char('\n');
}

// The applied text against the file now, as a unified diff (diffutils' diff -u).
QString driftDiff(const Migration &m, const AppliedMigration &applied)
{
    if (applied.script.isEmpty())
        return CliContext::tr(
                   "  (the applied text was not recorded: it ran with an older version of the tool)")
            + QLatin1Char('\n');
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("applied"));
    QFile file(before);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(applied.script.toUtf8());
    file.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"),
               {QStringLiteral("-u"), QStringLiteral("--label"),
                CliContext::tr("%1 (applied)").arg(m.fileName), QStringLiteral("--label"),
                CliContext::tr("%1 (now)").arg(m.fileName), before, m.filePath});
    diff.waitForFinished(10000);
    return QString::fromUtf8(diff.readAllStandardOutput());
}

// What each failed migration left, read from the catalog (status --json "failures").
QJsonArray forensicsJson(const Snapshot &snapshot)
{
    QJsonArray failures;
    for (const MigrationStatusEntry &e : snapshot.status.entries) {
        const Migration *m = snapshot.catalog->find(e.version);
        if (e.state == MigrationState::Failed && m && e.applied)
            failures.append(FailureForensics::read(*snapshot.session, *m, *e.applied).toJson());
    }
    return failures;
}

}  // namespace

int runStatus(CliContext &context)
{
    int exitCode = 0;
    bool diffDrift = false;
    auto snapshot = inspect(context, &exitCode, &diffDrift);
    if (!snapshot)
        return exitCode;
    const ServerInfo &server = snapshot->session->server();
    const MigrationStatus &s = snapshot->status;
    const QString lock = s.lockHolder ? s.lockHolder->describe() : QString();
    if (context.options().json) {
        QJsonObject alembic;  // issue 15: no history of ours, but an Alembic revision
        if (s.alembic)
            alembic = {{QStringLiteral("revision"), s.alembic->revision},
                       {QStringLiteral("state"), s.alembic->kindKey()},
                       {QStringLiteral("version"), s.alembic->version},
                       {QStringLiteral("message"), s.alembic->describe()}};
        context.printJson(
            {{QStringLiteral("ok"), true},
             {QStringLiteral("alembic"), s.alembic ? QJsonValue(alembic) : QJsonValue()},
             {QStringLiteral("target"), snapshot->session->spec().profile.displayTarget()},
             {QStringLiteral("serverVersion"), server.version},
             {QStringLiteral("serverVersionNumber"), server.versionNumber},
             {QStringLiteral("database"), server.database},
             {QStringLiteral("user"), server.user},
             {QStringLiteral("currentVersion"), s.currentVersion},
             {QStringLiteral("headVersion"), snapshot->catalog->headVersion()},
             {QStringLiteral("pending"), s.pendingCount},
             {QStringLiteral("drifted"), QJsonArray::fromStringList(s.driftedVersions)},
             {QStringLiteral("failed"), QJsonArray::fromStringList(s.failedVersions)},
             {QStringLiteral("failures"), forensicsJson(*snapshot)},
             {QStringLiteral("outOfOrder"), QJsonArray::fromStringList(s.outOfOrderVersions)},
             {QStringLiteral("missingFiles"), QJsonArray::fromStringList(s.missingFiles)},
             {QStringLiteral("lockHolder"), lock},
             {QStringLiteral("maintenance"), maintenanceJson(*snapshot->session)}});
        return 0;
    }
    QTextStream &out = context.out();
    out << CliContext::tr("Connected to %1").arg(snapshot->session->spec().profile.displayTarget())
        << "\n"
        << CliContext::tr("Server: PostgreSQL %1").arg(server.version) << "\n"
        << CliContext::tr("Database: %1 (user %2)").arg(server.database, server.user) << "\n"
        << CliContext::tr("Migration version: %1 (head: %2)")
               .arg(s.currentVersion.isEmpty() ? CliContext::tr("none (base)") : s.currentVersion,
                    snapshot->catalog->headVersion())
        << "\n"
        << CliContext::tr("%n pending migration(s)", nullptr, s.pendingCount) << "\n";
    if (s.alembic)
        out << s.alembic->describe() << "\n  " << s.alembic->upgradeRefusal().hint << "\n";
    for (const MigrationStatusEntry &e : s.entries) {
        if (e.state == MigrationState::Drifted) {
            const Migration *m = snapshot->catalog->find(e.version);
            out << CliContext::tr(
                       "Edited after being applied (drift): %1 — recorded checksum %2, file now %3")
                       .arg(m->filePath, e.applied->checksum.left(16), m->checksum.left(16))
                << "\n";
            if (diffDrift)
                out << driftDiff(*m, *e.applied);
        }
        if (e.state == MigrationState::Failed) {
            out << failureText(e, s.lockHolder.has_value());
            if (const Migration *m = snapshot->catalog->find(e.version); m && !s.lockHolder)
                out << FailureForensics::read(*snapshot->session, *m, *e.applied).text() << "\n";
        }
    }
    if (!s.outOfOrderVersions.isEmpty())
        out << CliContext::tr(
                   "Pending but older than the current version (out of order): %1; upgrade refuses them without --out-of-order.")
                   .arg(s.outOfOrderVersions.join(QLatin1String(", ")))
            << "\n";
    if (!s.missingFiles.isEmpty())
        out << CliContext::tr(
                   "Applied but missing from the migrations folder: %1; upgrade refuses to go on without --allow-missing.")
                   .arg(s.missingFiles.join(QLatin1String(", ")))
            << "\n";
    out << (s.lockHolder ? CliContext::tr("Migration lock: held by %1").arg(lock)
                         : CliContext::tr("Migration lock: free"))
        << "\n"
        << maintenanceText(*snapshot->session) << Qt::endl;
    return 0;
}

int runHistory(CliContext &context)
{
    int exitCode = 0;
    auto snapshot = inspect(context, &exitCode);
    if (!snapshot)
        return exitCode;
    if (context.options().json) {
        QJsonArray entries;
        for (const MigrationStatusEntry &e : snapshot->status.entries)
            entries.append(entryJson(e));
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("migrations"), entries}});
        return 0;
    }
    QTextStream &out = context.out();
    const QLocale locale;
    for (const MigrationStatusEntry &e : snapshot->status.entries) {
        out << e.version << "  " << EnumNames::migrationState(e.state).leftJustified(12) << "  "
            << e.title << "\n";
        if (e.applied && e.applied->isApplied()) {
            out << "      "
                << CliContext::tr("%1 by %2 (%3), %4%5")
                       .arg(locale.toString(e.applied->appliedAt.toLocalTime(),
                                            QLocale::ShortFormat),
                            e.applied->appliedByDb, e.applied->appliedByOs,
                            formatDuration(e.applied->durationMs),
                            e.applied->execution == Execution::Stamp
                                ? CliContext::tr(", stamped without running")
                                : e.applied->execution == Execution::Reconcile
                                ? CliContext::tr(", recorded by reconcile")
                                : e.applied->attempts > 1
                                ? CliContext::tr(", %n attempt(s)", nullptr, e.applied->attempts)
                                : QString())
                << "\n";
        }
        if (e.applied && !e.applied->backup.isEmpty())
            out << "      " << CliContext::tr("backup: %1").arg(e.applied->backup) << "\n";
        if (e.applied && !e.applied->stepChecks.isEmpty())
            out << "      "
                << StepChecks::describe(StepChecks::fromJson(e.applied->stepChecks))
                       .replace(QLatin1Char('\n'), QLatin1String("\n      "))
                << "\n";
    }
    out.flush();
    return 0;
}

}  // namespace mathakine::cli
