#include "migrate/HistoryStore.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "migrate/Migration.h"

#include <QSqlRecord>

namespace mathakine {

HistoryStore::HistoryStore(const DatabaseSession &session, QString schema)
    : m_session(session), m_schema(std::move(schema))
{
}

QString HistoryStore::table(const char *name) const
{
    return DatabaseSession::quoteIdentifier(m_schema) + QLatin1Char('.') + QLatin1String(name);
}

bool HistoryStore::exists() const
{
    auto found = m_session.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                                  {table("schema_history")});
    return found && found.value().toBool();
}

Status HistoryStore::ensure() const
{
    const QString s = DatabaseSession::quoteIdentifier(m_schema);
    const QStringList ddl = {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(s),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       " version text PRIMARY KEY, title text NOT NULL, checksum text NOT NULL, revision text,"
                       " state text NOT NULL CHECK (state IN ('applied', 'failed')),"
                       " execution text NOT NULL DEFAULT 'run' CHECK (execution IN ('run', 'stamp')),"
                       " applied_at timestamptz NOT NULL DEFAULT now(),"
                       " applied_by_db text NOT NULL DEFAULT current_user, applied_by_os text NOT NULL,"
                       " duration_ms bigint NOT NULL DEFAULT 0, app_version text NOT NULL,"
                       " failed_statement integer, error text)").arg(table("schema_history")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       " id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(),"
                       " action text NOT NULL, version text, success boolean NOT NULL,"
                       " db_user text NOT NULL DEFAULT current_user, os_user text NOT NULL,"
                       " app_version text NOT NULL, duration_ms bigint, details text)").arg(table("audit_log")),
        // Append-only: the log is evidence, so even the tool cannot rewrite it.
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$BEGIN RAISE EXCEPTION 'the audit log is append-only'; END$$").arg(s),
        QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON %1"
                       " FOR EACH ROW EXECUTE FUNCTION %2.refuse_audit_change()").arg(table("audit_log"), s),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON %1"
                       " FOR EACH STATEMENT EXECUTE FUNCTION %2.refuse_audit_change()").arg(table("audit_log"), s),
    };
    if (exists())
        return {};
    for (const QString &statement : ddl) {
        if (auto done = m_session.run(statement); !done) {
            AppError error = done.error();
            error.message = tr("Cannot create the bookkeeping schema %1.").arg(m_schema);
            error.hint = tr("The user needs CREATE on the database (GRANT CREATE ON DATABASE … TO …).");
            return error;
        }
    }
    return {};
}

Outcome<QList<AppliedMigration>> HistoryStore::load() const
{
    QList<AppliedMigration> rows;
    if (!exists())
        return rows;
    auto query = m_session.run(QStringLiteral(
        "SELECT version, title, checksum, coalesce(revision, ''), state, execution, applied_at,"
        " applied_by_db, applied_by_os, duration_ms, app_version, coalesce(failed_statement, 0),"
        " coalesce(error, '') FROM %1 ORDER BY version::bigint").arg(table("schema_history")));
    if (!query)
        return query.error();
    while (query->next()) {
        const QSqlQuery &q = query.value();
        rows << AppliedMigration{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toDateTime(), q.value(7).toString(), q.value(8).toString(),
                                 q.value(9).toLongLong(), q.value(10).toString(), q.value(11).toInt(),
                                 q.value(12).toString()};
    }
    return rows;
}

Status HistoryStore::recordApplied(const Migration &m, qint64 durationMs, const QString &execution) const
{
    auto done = m_session.run(QStringLiteral(
        "INSERT INTO %1 (version, title, checksum, revision, state, execution, applied_by_os, duration_ms, app_version)"
        " VALUES (?, ?, ?, nullif(?, ''), 'applied', ?, ?, ?, ?)"
        " ON CONFLICT (version) DO UPDATE SET title = excluded.title, checksum = excluded.checksum,"
        " revision = excluded.revision, state = 'applied', execution = excluded.execution, applied_at = now(),"
        " applied_by_db = current_user, applied_by_os = excluded.applied_by_os,"
        " duration_ms = excluded.duration_ms, app_version = excluded.app_version,"
        " failed_statement = NULL, error = NULL").arg(table("schema_history")),
        {m.version, m.title, m.checksum, m.revision, execution, appinfo::osUserAtHost(), durationMs,
         QLatin1String(appinfo::version)});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::recordFailed(const Migration &m, int statementIndex, const QString &error) const
{
    auto done = m_session.run(QStringLiteral(
        "INSERT INTO %1 (version, title, checksum, revision, state, applied_by_os, app_version, failed_statement, error)"
        " VALUES (?, ?, ?, nullif(?, ''), 'failed', ?, ?, ?, ?)"
        " ON CONFLICT (version) DO UPDATE SET state = 'failed', applied_at = now(), checksum = excluded.checksum,"
        " failed_statement = excluded.failed_statement, error = excluded.error").arg(table("schema_history")),
        {m.version, m.title, m.checksum, m.revision, appinfo::osUserAtHost(), QLatin1String(appinfo::version),
         statementIndex, error});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::forget(const QString &version) const
{
    auto done = m_session.run(QStringLiteral("DELETE FROM %1 WHERE version = ?").arg(table("schema_history")), {version});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::updateChecksum(const QString &version, const QString &checksum) const
{
    auto done = m_session.run(QStringLiteral("UPDATE %1 SET checksum = ? WHERE version = ?").arg(table("schema_history")),
                              {checksum, version});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::audit(const AuditEntry &entry) const
{
    auto done = m_session.run(QStringLiteral(
        "INSERT INTO %1 (action, version, success, os_user, app_version, duration_ms, details)"
        " VALUES (?, nullif(?, ''), ?, ?, ?, ?, nullif(?, ''))").arg(table("audit_log")),
        {entry.action, entry.version, entry.success, appinfo::osUserAtHost(), QLatin1String(appinfo::version),
         entry.durationMs, entry.details});
    return done ? Status() : Status(done.error());
}

Outcome<QList<AuditEntry>> HistoryStore::auditLog(int limit) const
{
    QList<AuditEntry> entries;
    if (!exists())
        return entries;
    auto query = m_session.run(QStringLiteral(
        "SELECT action, coalesce(version, ''), success, coalesce(duration_ms, 0), coalesce(details, '')"
        " FROM %1 ORDER BY id DESC LIMIT ?").arg(table("audit_log")), {limit});
    if (!query)
        return query.error();
    while (query->next())
        entries << AuditEntry{query->value(0).toString(), query->value(1).toString(), query->value(2).toBool(),
                              query->value(3).toLongLong(), query->value(4).toString()};
    return entries;
}

Status HistoryStore::syncAlembicVersion(const QString &revision) const
{
    auto present = m_session.scalar(QStringLiteral("SELECT to_regclass('public.alembic_version') IS NOT NULL"));
    if (!present)
        return present.error();
    if (revision.isEmpty() && !present.value().toBool())
        return {};
    // Alembic's own DDL, so that `alembic current` in the Python backend reads it.
    const QString statement = present.value().toBool()
        ? QStringLiteral("DELETE FROM public.alembic_version")
        : QStringLiteral("CREATE TABLE public.alembic_version (version_num varchar(32) NOT NULL,"
                         " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
    if (auto done = m_session.run(statement); !done)
        return done.error();
    if (!revision.isEmpty()) {
        if (auto done = m_session.run(QStringLiteral("INSERT INTO public.alembic_version (version_num) VALUES (?)"), {revision}); !done)
            return done.error();
    }
    return {};
}

} // namespace mathakine
