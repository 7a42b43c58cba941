#include "migrate/ToolSchema.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QSqlError>

namespace mathakine {

namespace {
// %1 is the quoted schema. Each step is idempotent, so a half-created schema of an older
// tool version (no schema_version table) is repaired by running them all again.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        {
            // 1: migration history and the append-only audit log
            QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1.schema_history ("
                " version text PRIMARY KEY, title text NOT NULL, checksum text NOT NULL, revision text,"
                " state text NOT NULL CHECK (state IN ('applied', 'failed')),"
                " execution text NOT NULL DEFAULT 'run' CHECK (execution IN ('run', 'stamp')),"
                " applied_at timestamptz NOT NULL DEFAULT now(),"
                " applied_by_db text NOT NULL DEFAULT current_user, applied_by_os text NOT NULL,"
                " duration_ms bigint NOT NULL DEFAULT 0, app_version text NOT NULL,"
                " failed_statement integer, error text)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1.audit_log ("
                " id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(),"
                " action text NOT NULL, version text, success boolean NOT NULL,"
                " db_user text NOT NULL DEFAULT current_user, os_user text NOT NULL,"
                " app_version text NOT NULL, duration_ms bigint, details text)"),
            // Append-only: the log is evidence, so even the tool cannot rewrite it.
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION %1.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS "
                "$$BEGIN RAISE EXCEPTION 'the audit log is append-only'; END$$"),
            QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only ON %1.audit_log"),
            QStringLiteral(
                "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON %1.audit_log"
                " FOR EACH ROW EXECUTE FUNCTION %1.refuse_audit_change()"),
            QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_truncate ON %1.audit_log"),
            QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON %1.audit_log"
                           " FOR EACH STATEMENT EXECUTE FUNCTION %1.refuse_audit_change()"),
        },
        {
            // 2: row counts before and after each run
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1.row_count_runs ("
                " id bigserial PRIMARY KEY, action text NOT NULL, from_version text, to_version text,"
                " started_at timestamptz NOT NULL DEFAULT clock_timestamp(), finished_at timestamptz,"
                " success boolean, os_user text NOT NULL, db_user text NOT NULL DEFAULT current_user)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1.row_counts ("
                " run_id bigint NOT NULL REFERENCES %1.row_count_runs (id) ON DELETE CASCADE,"
                " phase text NOT NULL CHECK (phase IN ('before', 'after')),"
                " table_name text NOT NULL, row_count bigint NOT NULL,"
                " PRIMARY KEY (run_id, phase, table_name))"),
        },
        {
            // 3: maintenance periods the backend reads
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1.maintenance ("
                " id bigserial PRIMARY KEY, reason text NOT NULL,"
                " action text NOT NULL, target_version text,"
                " operator text NOT NULL, db_user text NOT NULL DEFAULT current_user,"
                " started_at timestamptz NOT NULL DEFAULT now(), ended_at timestamptz,"
                " outcome text CHECK (outcome IN ('success', 'failed', 'canceled', 'cleared')))"),
        },
        {
            // 4: honest non-transactional runs, drift evidence, typed errors,
            QStringLiteral(
                "ALTER TABLE %1.schema_history DROP CONSTRAINT IF EXISTS schema_history_state_check"),
            QStringLiteral("ALTER TABLE %1.schema_history ADD CONSTRAINT schema_history_state_check"
                           " CHECK (state IN ('applied', 'failed', 'running'))"),
            QStringLiteral(
                "ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS direction text NOT NULL DEFAULT 'up'"
                " CHECK (direction IN ('up', 'down'))"),
            QStringLiteral(
                "ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS statements_done integer NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS statement_count integer NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS sqlstate text"),
            QStringLiteral("ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS script text"),
        },
        {
            // 5: lock retries — how many attempts the applied run took
            QStringLiteral(
                "ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS attempts integer NOT NULL DEFAULT 1"),
        },
        {
            // 6: each step's own checks (JSON list) and the verified backup the run relied on
            QStringLiteral(
                "ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS step_checks text"),
            QStringLiteral("ALTER TABLE %1.schema_history ADD COLUMN IF NOT EXISTS backup text"),
        },
        {
            // 7: migrations recorded by reconcile (adoption of a drifted database)
            QStringLiteral(
                "ALTER TABLE %1.schema_history DROP CONSTRAINT IF EXISTS schema_history_execution_check"),
            QStringLiteral(
                "ALTER TABLE %1.schema_history ADD CONSTRAINT schema_history_execution_check"
                " CHECK (execution IN ('run', 'stamp', 'reconcile'))"),
            // What reconcile could not change without rewriting a table (column order), kept
            // on purpose: diff shows it as accepted while the actual value is still this one.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1.accepted_differences ("
                " schema_name text NOT NULL, table_name text NOT NULL, object text NOT NULL, attribute text NOT NULL,"
                " expected text NOT NULL, actual text NOT NULL, reason text NOT NULL,"
                " accepted_at timestamptz NOT NULL DEFAULT now(), accepted_by text NOT NULL DEFAULT current_user,"
                " PRIMARY KEY (schema_name, table_name, object, attribute))"),
        },
    };
    return all;
}
}  // namespace

int ToolSchema::latestVersion()
{
    return static_cast<int>(steps().size());
}

ToolSchema::ToolSchema(const DatabaseSession &session, QString name)
    : m_session(session), m_name(std::move(name))
{}

QString ToolSchema::table(const char *name) const
{
    return DatabaseSession::quoteIdentifier(m_name) + QLatin1Char('.') + QLatin1String(name);
}

Outcome<bool> ToolSchema::isIntact() const
{
    // Tables and the audit log's append-only triggers: what a run relies on.
    auto missing = m_session.scalar(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM unnest(ARRAY['schema_history', 'audit_log', 'row_count_runs', 'row_counts', 'maintenance', 'accepted_differences'])"
            "        AS t(name) WHERE to_regclass(quote_ident(?) || '.' || t.name) IS NULL)"
            " + 2 - (SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(quote_ident(?) || '.audit_log')"
            "        AND tgname IN ('audit_log_append_only', 'audit_log_no_truncate'))"),
        {m_name, m_name});
    if (!missing)
        return missing.error();
    return missing->toInt() == 0;
}

Outcome<int> ToolSchema::version() const
{
    auto present = m_session.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                                    {table("schema_version")});
    if (!present)
        return present.error();
    if (!present->toBool())
        return 0;
    auto version = m_session.scalar(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM %1").arg(table("schema_version")));
    if (!version)
        return version.error();
    return version->toInt();
}

Status ToolSchema::ensure() const
{
    auto current = version();
    if (!current)
        return current.error();
    if (current.value() >= latestVersion()) {
        auto intact = isIntact();
        if (!intact)
            return intact.error();
        if (intact.value())
            return {};
        // Damaged by hand (a dropped table or trigger): every step again, they are idempotent.
        log::warn(
            tr("The bookkeeping schema %1 lacks a table or trigger; it is repaired.").arg(m_name));
        current = 0;
    }
    QSqlDatabase db = m_session.database();
    auto fail = [&](AppError error) {
        db.rollback();
        error.message = tr("Cannot create or update the bookkeeping schema %1.").arg(m_name);
        if (error.kind == ErrorKind::Permission)
            error.hint =
                tr("The user needs CREATE on the database: GRANT CREATE ON DATABASE … TO …;");
        return Status(error);
    };
    if (!db.transaction())
        return fail(AppError{.detail = db.lastError().text()});
    const QString schema = DatabaseSession::quoteIdentifier(m_name);
    for (int step = current.value(); step < latestVersion(); ++step) {
        for (const QString &ddl : steps().at(step)) {
            if (auto done = m_session.run(ddl.arg(schema)); !done)
                return fail(done.error());
        }
    }
    for (const QString &statement :
         {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version integer NOT NULL,"
                         " applied_at timestamptz NOT NULL DEFAULT now())")
              .arg(table("schema_version")),
          QStringLiteral("DELETE FROM %1").arg(table("schema_version")),
          QStringLiteral("INSERT INTO %1 (version) VALUES (%2)")
              .arg(table("schema_version"))
              .arg(latestVersion())}) {
        if (auto done = m_session.run(statement); !done)
            return fail(done.error());
    }
    if (!db.commit())
        return fail(AppError{.detail = db.lastError().text()});
    log::info(QCoreApplication::translate("Journal", "bookkeeping schema %1 at version %2 (was %3)")
                  .arg(m_name)
                  .arg(latestVersion())
                  .arg(current.value()));
    return {};
}

}  // namespace mathakine
