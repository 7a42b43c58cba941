#include "CommandArgs.h"
#include "Commands.h"
#include "MigrationCli.h"
#include "OpsCli.h"

#include "common/Translations.h"
#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationStatus.h"

#include <QJsonArray>
#include <QLocale>

namespace mathakine::cli {

namespace {

struct Snapshot {
    std::unique_ptr<DatabaseSession> session;
    std::optional<MigrationCatalog> catalog;
    MigrationStatus status;
};

// Connects, loads the catalog and the history (read-only) and computes the status.
std::optional<Snapshot> inspect(CliContext &context, int *exitCode)
{
    CommandArgs args(context.options().commandArgs);
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
    auto history = HistoryStore(*session.value()).load();
    if (!history) {
        *exitCode = context.fail(history.error());
        return std::nullopt;
    }
    const QString language = Translations::current();
    Snapshot snapshot{std::move(session.value()), catalog, MigrationStatus::compute(catalog, history.value(), language)};
    snapshot.status.lockHolder = MigrationLock::holder(*snapshot.session);
    return snapshot;
}

QJsonObject entryJson(const MigrationStatusEntry &e)
{
    QJsonObject json{{QStringLiteral("version"), e.version}, {QStringLiteral("title"), e.title},
                     {QStringLiteral("file"), e.fileName}, {QStringLiteral("state"), migrationStateName(e.state)}};
    if (e.applied) {
        json.insert(QStringLiteral("appliedAt"), e.applied->appliedAt.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("appliedBy"), e.applied->appliedByDb + QLatin1String(" / ") + e.applied->appliedByOs);
        json.insert(QStringLiteral("durationMs"), e.applied->durationMs);
        json.insert(QStringLiteral("execution"), e.applied->execution);
        if (!e.applied->error.isEmpty())
            json.insert(QStringLiteral("error"), e.applied->error);
    }
    return json;
}

} // namespace

int runStatus(CliContext &context)
{
    int exitCode = 0;
    auto snapshot = inspect(context, &exitCode);
    if (!snapshot)
        return exitCode;
    const ServerInfo &server = snapshot->session->server();
    const MigrationStatus &s = snapshot->status;
    const QString lock = s.lockHolder ? s.lockHolder->describe() : QString();
    if (context.options().json) {
        context.printJson({{QStringLiteral("ok"), true},
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
                           {QStringLiteral("lockHolder"), lock},
                           {QStringLiteral("maintenance"), maintenanceJson(*snapshot->session)}});
        return 0;
    }
    QTextStream &out = context.out();
    out << CliContext::tr("Connected to %1").arg(snapshot->session->spec().profile.displayTarget()) << "\n"
        << CliContext::tr("Server: PostgreSQL %1").arg(server.version) << "\n"
        << CliContext::tr("Database: %1 (user %2)").arg(server.database, server.user) << "\n"
        << CliContext::tr("Migration version: %1 (head: %2)")
               .arg(s.currentVersion.isEmpty() ? CliContext::tr("none (base)") : s.currentVersion, snapshot->catalog->headVersion()) << "\n"
        << CliContext::tr("%n pending migration(s)", nullptr, s.pendingCount) << "\n";
    if (!s.driftedVersions.isEmpty())
        out << CliContext::tr("Edited after being applied (drift): %1").arg(s.driftedVersions.join(QLatin1String(", "))) << "\n";
    for (const MigrationStatusEntry &e : s.entries) {
        if (e.state != MigrationState::Failed)
            continue;
        out << CliContext::tr("Migration %1 failed at statement %2: %3").arg(e.version).arg(e.applied->failedStatement).arg(e.applied->error.trimmed()) << "\n"
            << CliContext::tr("  To recover: the statements before it took effect. Fix the cause (drop any INVALID index it left), then run upgrade again — it restarts this migration from its first statement.") << "\n";
    }
    if (!s.missingFiles.isEmpty())
        out << CliContext::tr("Applied but missing from the migrations folder: %1").arg(s.missingFiles.join(QLatin1String(", "))) << "\n";
    out << (s.lockHolder ? CliContext::tr("Migration lock: held by %1").arg(lock) : CliContext::tr("Migration lock: free")) << "\n"
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
        out << e.version << "  " << migrationStateName(e.state).leftJustified(12) << "  " << e.title << "\n";
        if (e.applied && e.applied->state == QLatin1String("applied")) {
            out << "      " << CliContext::tr("%1 by %2 (%3), %4%5")
                                   .arg(locale.toString(e.applied->appliedAt.toLocalTime(), QLocale::ShortFormat),
                                        e.applied->appliedByDb, e.applied->appliedByOs, formatDuration(e.applied->durationMs),
                                        e.applied->execution == QLatin1String("stamp") ? CliContext::tr(", stamped without running") : QString())
                << "\n";
        }
    }
    out.flush();
    return 0;
}

} // namespace mathakine::cli
