#include "gate/PreflightCheck.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupTools.h"
#include "connection/DatabaseSession.h"
#include "gate/PreflightPrivileges.h"
#include "migrate/CreatedObjects.h"
#include "migrate/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QStorageInfo>

namespace mathakine {

namespace {
using Level = PreflightItem::Level;
using Kind = PreflightItem::Kind;

// The column's current definition, or "exists": what "column already exists" looks like now.
QString evidence(const DatabaseSession &session, const CreatedObject &object)
{
    if (object.kind != CreatedObject::Kind::Column)
        return PreflightCheck::tr("%1 exists").arg(object.describe());
    return PreflightCheck::tr("%1 exists: %2")
        .arg(object.describe(), CreatedObjects::columnDefinition(session, object));
}

// HistoryStore::load reads an unusable schema as "no history"; pre-flight must tell them apart.
Outcome<History> readHistory(const DatabaseSession &session, const QString &schema)
{
    auto usable = session.scalar(
        QStringLiteral("SELECT coalesce(bool_and(has_schema_privilege(oid, 'USAGE')), true)"
                       " FROM pg_namespace WHERE nspname = ?"),
        {schema});
    if (!usable)
        return usable.error();
    if (!usable.value().toBool())
        return AppError{.exitCode = ExitCode::Failed,
                        .detail = QStringLiteral("permission denied for schema %1").arg(schema)};
    return HistoryStore(session, schema).load();
}

QString nearestExistingDir(QString path)
{
    while (!path.isEmpty() && !QFileInfo(path).isDir())
        path = QFileInfo(path).absolutePath() == path ? QString() : QFileInfo(path).absolutePath();
    return path.isEmpty() ? QDir::rootPath() : path;
}
}  // namespace

Outcome<PreflightReport> PreflightCheck::run(const PreflightRequest &request,
                                             const MigrationCatalog &catalog)
{
    auto opened = DatabaseSession::open(request.spec, QStringLiteral("preflight"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    // Unreadable history ("permission denied for schema"): reported, and no plan to inspect.
    auto history = readHistory(session, request.historySchema);
    Outcome<MigrationPlan> plan = MigrationPlan();
    MigrationStatus status;
    if (history) {
        status = MigrationStatus::compute(catalog, history.value(), request.language);
        plan = request.upgrade ? MigrationPlan::forUpgrade(catalog, status, request.target)
                               : MigrationPlan::forDowngrade(catalog, status, request.target);
        if (!plan)
            return plan.error();
    }

    PreflightReport report;
    report.target = request.spec.profile.displayTarget();
    report.serverVersion = session.server().version;
    report.upgrade = request.upgrade;
    report.pendingCount = static_cast<int>(plan->steps.size());
    auto connected = connection(session);
    if (!connected)
        return connected.error();
    report.items << connected.value() << tools(session);
    if (!history)
        report.items << PreflightItem{
            Kind::Privilege, Level::Problem,
            tr("Cannot read the migration history in schema %1.").arg(request.historySchema),
            history.error().detail,
            tr("Grant the privileges listed below, then run pre-flight again.")};
    const PreflightTargets targets = PreflightTargets::of(plan.value());
    auto privileges = PreflightPrivileges(session, request.historySchema).check(targets);
    if (!privileges)
        return privileges.error();
    report.items << privileges.value();
    if (request.upgrade && history)
        report.items << existingObjects(session, plan.value(), status, request.language);
    auto disk = diskSpace(session,
                          request.backupsFolder.isEmpty() ? BackupCatalog::defaultFolder()
                                                          : request.backupsFolder);
    if (!disk)
        return disk.error();
    report.items << disk.value();
    auto held = locks(session, targets.allTables());
    if (!held)
        return held.error();
    report.items << held.value();
    return report;
}

Outcome<PreflightItem> PreflightCheck::connection(const DatabaseSession &session)
{
    auto standby = session.scalar(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!standby)
        return standby.error();
    const ServerInfo &server = session.server();
    if (standby.value().toBool())
        return PreflightItem{
            Kind::Connection, Level::Problem,
            tr("%1 is a read-only standby server.").arg(session.spec().profile.displayTarget()),
            tr("PostgreSQL %1; migrations must run on the primary.").arg(server.version),
            tr("Connect to the primary server.")};
    return PreflightItem{
        Kind::Connection,
        Level::Ok,
        tr("Connected to %1 as %2.").arg(session.spec().profile.displayTarget(), server.user),
        tr("PostgreSQL %1").arg(server.version),
        {}};
}

PreflightItem PreflightCheck::tools(const DatabaseSession &session)
{
    auto found = BackupTools::forServer(session.server().versionNumber);
    if (!found)
        return {Kind::Tools, Level::Problem, tr("No usable pg_dump for the backup."),
                found.error().message, found.error().hint};
    return {Kind::Tools,
            Level::Ok,
            tr("pg_dump %1 can back this server up.").arg(found->version),
            found->pgDump,
            {}};
}

QList<PreflightItem> PreflightCheck::existingObjects(const DatabaseSession &session,
                                                     const MigrationPlan &plan,
                                                     const MigrationStatus &status,
                                                     const QString &language)
{
    QList<PreflightItem> items;
    for (const PlanStep &step : plan.steps) {
        const Migration &m = step.migration;
        const QList<CreatedObject> objects = CreatedObjects::of(m);
        QStringList found;
        QStringList invalid;
        for (const CreatedObject &object : objects) {
            if (!CreatedObjects::exists(session, object))
                continue;
            found << evidence(session, object);
            if (!CreatedObjects::isValid(session, object))
                invalid << object.name;
        }
        if (found.isEmpty())
            continue;
        if (!invalid.isEmpty()) {  // a failed CREATE INDEX CONCURRENTLY: never a stamp proposal
            items << PreflightItem{
                Kind::ExistingObject, Level::Problem,
                tr("Migration %1 (%2): index %3 exists but is INVALID; it enforces nothing.")
                    .arg(m.version, m.displayTitle(language), invalid.join(QLatin1String(", "))),
                found.join(QLatin1Char('\n')),
                tr("Fix the cause (duplicate values for a unique index), then DROP INDEX CONCURRENTLY %1; and run the migration again.")
                    .arg(invalid.constFirst())};
            continue;
        }
        if (status.failedVersions.contains(
                m.version)) {  // its first statements took effect: a re-run is expected
            items << PreflightItem{
                Kind::ExistingObject, Level::Warning,
                tr("Migration %1 (%2) failed earlier; objects its first statements created exist.")
                    .arg(m.version, m.displayTitle(language)),
                found.join(QLatin1Char('\n')),
                tr("Running it again relies on IF NOT EXISTS in its statements; see status for what took effect.")};
            continue;
        }
        const bool all = found.size() == objects.size();
        PreflightItem item{
            Kind::ExistingObject, Level::Problem, {}, found.join(QLatin1Char('\n')), {}};
        if (all) {
            item.title =
                tr("Migration %1 (%2) would create objects that all exist already (\"already exists\").")
                    .arg(m.version, m.displayTitle(language));
            item.fix =
                tr("If they match the migration, mark it as applied without running it: mathakine-admin stamp %1")
                    .arg(m.version);
        } else {
            item.title =
                tr("Migration %1 (%2) would create %3 of its %n object(s) that exist already.",
                   nullptr, static_cast<int>(objects.size()))
                    .arg(m.version, m.displayTitle(language))
                    .arg(found.size());
            item.fix = tr(
                "Compare the database with the expected schema (mathakine-admin diff) and fix the difference before upgrading.");
        }
        items << item;
    }
    if (items.isEmpty())
        items << PreflightItem{Kind::ExistingObject,
                               Level::Ok,
                               tr("None of the objects the pending migrations create exists yet."),
                               {},
                               {}};
    return items;
}

Outcome<PreflightItem> PreflightCheck::diskSpace(const DatabaseSession &session,
                                                 const QString &folder)
{
    auto size = session.scalar(QStringLiteral("SELECT pg_database_size(current_database())"));
    if (!size)
        return size.error();
    const qint64 databaseBytes = size.value().toLongLong();
    const QStorageInfo storage(nearestExistingDir(QDir(folder).absolutePath()));
    const qint64 freeBytes = storage.bytesAvailable();
    const QLocale locale;
    const QString detail = tr("Database %1 on the server; %2 free for backups in %3.")
                               .arg(locale.formattedDataSize(databaseBytes),
                                    locale.formattedDataSize(freeBytes), folder);
    // A custom-format dump is compressed and holds no index: the database size is an upper bound.
    if (freeBytes >= databaseBytes)
        return PreflightItem{
            Kind::DiskSpace, Level::Ok, tr("Enough disk space for the backup."), detail, {}};
    if (freeBytes >= databaseBytes / 4)
        return PreflightItem{Kind::DiskSpace, Level::Warning,
                             tr("Disk space for the backup may be short."), detail,
                             tr("Free space in %1, or choose another backups folder.").arg(folder)};
    return PreflightItem{Kind::DiskSpace, Level::Problem,
                         tr("Not enough disk space for the backup."), detail,
                         tr("Free space in %1, or choose another backups folder.").arg(folder)};
}

Outcome<QList<PreflightItem>> PreflightCheck::locks(const DatabaseSession &session,
                                                    const QList<TableRef> &tables)
{
    struct Holder {
        QString who;
        QString state;
        QString query;
        QStringList locks;
    };
    QMap<int, Holder> holders;
    for (const TableRef &table : tables) {
        auto oid = table.oid(session);
        if (!oid)
            return oid.error();
        if (oid.value() == 0)
            continue;
        auto query = session.run(
            QStringLiteral(
                "SELECT a.pid, coalesce(a.usename, '') || '@' || coalesce(host(a.client_addr), 'local')"
                "  || ' (' || coalesce(nullif(a.application_name, ''), '?') || ')',"
                " coalesce(a.state, '') || ' since ' || coalesce(to_char(a.state_change, 'YYYY-MM-DD HH24:MI:SS'), '?'),"
                " left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 120), l.mode, l.granted"
                " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'relation' AND l.relation = ?::bigint::oid AND l.pid <> pg_backend_pid()"
                " ORDER BY a.pid"),
            {oid.value()});
        if (!query)
            return query.error();
        while (query->next()) {
            Holder &h = holders[query->value(0).toInt()];
            h.who = query->value(1).toString();
            h.state = query->value(2).toString();
            h.query = query->value(3).toString();
            h.locks << tr("%1 on %2%3")
                           .arg(query->value(4).toString(), table.display(),
                                query->value(5).toBool() ? QString() : tr(" (waiting)"));
        }
    }
    QList<PreflightItem> items;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        items << PreflightItem{
            Kind::Locks, Level::Warning,
            tr("Session %1 (%2) holds %3.")
                .arg(it.key())
                .arg(it->who, it->locks.join(QLatin1String(", "))),
            tr("%1; last query: %2").arg(it->state, it->query),
            tr("The migration would wait for it (lock timeout). Wait until it ends, or end it: SELECT pg_terminate_backend(%1);")
                .arg(it.key())};
    }
    if (items.isEmpty())
        items << PreflightItem{Kind::Locks,
                               Level::Ok,
                               tr("No other session holds a lock on the %n table(s) to change.",
                                  nullptr, static_cast<int>(tables.size())),
                               {},
                               {}};
    return items;
}

}  // namespace mathakine
