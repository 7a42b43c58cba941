#include "migrate/HistoryStore.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "migrate/Migration.h"
#include "migrate/ToolSchema.h"

#include <QSqlRecord>

namespace mathakine {

HistoryStore::HistoryStore(const DatabaseSession &session, QString schema)
    : m_session(session), m_schema(std::move(schema))
{}

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

QString HistoryStore::defaultSchema()
{
    return ToolSchema::defaultName();
}

QString AppliedMigration::stateKey() const
{
    switch (state) {
    case HistoryState::Applied:
        return QStringLiteral("applied");
    case HistoryState::Failed:
        return QStringLiteral("failed");
    case HistoryState::Running:
        return QStringLiteral("running");
    }
    return {};
}

QString AppliedMigration::executionKey() const
{
    switch (execution) {
    case Execution::Stamp:
        return QStringLiteral("stamp");
    case Execution::Reconcile:
        return QStringLiteral("reconcile");
    case Execution::Run:
        break;
    }
    return QStringLiteral("run");
}

Execution AppliedMigration::executionFromKey(const QString &key)
{
    if (key == QLatin1String("stamp"))
        return Execution::Stamp;
    return key == QLatin1String("reconcile") ? Execution::Reconcile : Execution::Run;
}

QString History::currentVersion() const
{
    // Rows are ordered by version: the newest applied is the last one, as a rule.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->isApplied())
            return it->version;
    }
    return {};
}

QString History::alembicRevision() const
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->isApplied() && !it->revision.isEmpty())
            return it->revision;
    }
    return {};
}

const AppliedMigration *History::find(const QString &version) const
{
    for (const AppliedMigration &row : rows) {
        if (row.version.toLongLong() == version.toLongLong())
            return &row;
    }
    return nullptr;
}

Outcome<History> HistoryStore::load() const
{
    History history;
    if (!exists())
        return history;
    // Columns added by later tool schema versions are read through to_jsonb, so an older
    // schema (read-only commands do not upgrade it) reads with their defaults.
    auto query = m_session.run(
        QStringLiteral(
            "SELECT version, title, checksum, coalesce(revision, ''), state, execution, applied_at,"
            " applied_by_db, applied_by_os, duration_ms, app_version, coalesce(failed_statement, 0),"
            " coalesce(error, ''), coalesce(j->>'direction', 'up'), coalesce((j->>'statements_done')::int, 0),"
            " coalesce((j->>'statement_count')::int, 0), coalesce(j->>'sqlstate', ''), coalesce(j->>'script', ''),"
            " coalesce((j->>'attempts')::int, 1), coalesce(j->>'step_checks', ''), coalesce(j->>'backup', '')"
            " FROM (SELECT h.*, to_jsonb(h) AS j FROM %1 h) AS rows ORDER BY version::bigint")
            .arg(table("schema_history")));
    if (!query)
        return query.error();
    while (query->next()) {
        const QSqlQuery &q = query.value();
        const QString state = q.value(4).toString();
        AppliedMigration row{q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             state == QLatin1String("applied")       ? HistoryState::Applied
                                 : state == QLatin1String("running") ? HistoryState::Running
                                                                     : HistoryState::Failed,
                             AppliedMigration::executionFromKey(q.value(5).toString()),
                             q.value(6).toDateTime(),
                             q.value(7).toString(),
                             q.value(8).toString(),
                             q.value(9).toLongLong(),
                             q.value(10).toString(),
                             q.value(11).toInt(),
                             q.value(12).toString(),
                             q.value(13).toString() == QLatin1String("down"),
                             q.value(14).toInt(),
                             q.value(15).toInt(),
                             q.value(16).toString(),
                             q.value(17).toString(),
                             q.value(18).toInt(),
                             q.value(19).toString(),
                             q.value(20).toString()};
        history.rows << row;
    }
    return history;
}

namespace {
// The pieces of the history's writes, shared by the single-purpose methods and recordStep (one
// statement for a whole step). "?" placeholders, bound in the order of the text.
const char *const kRenamedSql = "DELETE FROM %1 WHERE version::bigint = ?::bigint AND version <> ?";
const char *const kAppliedSql =
    "INSERT INTO %1 (version, title, checksum, revision, state, execution, applied_by_os, duration_ms, app_version,"
    " direction, statements_done, statement_count, script, attempts)"
    " VALUES (?, ?, ?, nullif(?, ''), 'applied', ?, ?, ?, ?, 'up', ?, ?, ?, ?)"
    " ON CONFLICT (version) DO UPDATE SET title = excluded.title, checksum = excluded.checksum,"
    " revision = excluded.revision, state = 'applied', execution = excluded.execution, applied_at = now(),"
    " applied_by_db = current_user, applied_by_os = excluded.applied_by_os,"
    " duration_ms = excluded.duration_ms, app_version = excluded.app_version,"
    " failed_statement = NULL, error = NULL, sqlstate = NULL, direction = 'up',"
    " statements_done = excluded.statements_done, statement_count = excluded.statement_count, script = excluded.script,"
    " attempts = excluded.attempts";
const char *const kForgetSql = "DELETE FROM %1 WHERE version::bigint = ?::bigint";
const char *const kAuditSql =
    "INSERT INTO %1 (action, version, success, os_user, app_version, duration_ms, details)"
    " VALUES (?, nullif(?, ''), ?, ?, ?, ?, nullif(?, ''))";
// The CTE and the INSERT see the same snapshot, so a row equal to the new one stays (ON
// CONFLICT) rather than being deleted and re-inserted in an unspecified order.
const char *const kAlembicGoneSql =
    "DELETE FROM public.alembic_version WHERE version_num IS DISTINCT FROM ?";
const char *const kAlembicSetSql =
    "INSERT INTO public.alembic_version (version_num) SELECT v FROM (SELECT ?::text AS v) AS n"
    " WHERE v <> '' ON CONFLICT DO NOTHING";

QVariantList appliedValues(const Migration &m, qint64 durationMs, Execution execution, int attempts)
{
    return {m.version,
            m.version,
            m.version,
            m.title,
            m.checksum,
            m.revision,
            AppliedMigration{.execution = execution}.executionKey(),
            appinfo::osUserAtHost(),
            durationMs,
            QLatin1String(appinfo::version),
            execution == Execution::Run ? static_cast<int>(m.up.statements.size()) : 0,
            static_cast<int>(m.up.statements.size()),
            m.text,
            attempts};
}

QVariantList auditValues(const AuditEntry &entry)
{
    return {entry.action,
            entry.version,
            entry.success,
            appinfo::osUserAtHost(),
            QLatin1String(appinfo::version),
            entry.durationMs,
            entry.details};
}
}  // namespace

Status HistoryStore::recordApplied(const Migration &m, qint64 durationMs, Execution execution,
                                   int attempts) const
{
    const QString sql = QStringLiteral("WITH renamed AS (%1) %2")
                            .arg(QLatin1String(kRenamedSql), QLatin1String(kAppliedSql));
    auto done = m_session.run(sql.arg(table("schema_history")),
                              appliedValues(m, durationMs, execution, attempts));
    return done ? Status() : Status(done.error());
}

QString HistoryStore::recordStepSql(bool up, bool alembicPresent) const
{
    QStringList ctes = up
        ? QStringList{QStringLiteral("renamed AS (%1)").arg(QLatin1String(kRenamedSql)),
                      QStringLiteral("applied AS (%1)").arg(QLatin1String(kAppliedSql))}
        : QStringList{QStringLiteral("forgotten AS (%1)").arg(QLatin1String(kForgetSql))};
    if (alembicPresent)
        ctes << QStringLiteral("gone AS (%1)").arg(QLatin1String(kAlembicGoneSql))
             << QStringLiteral("revised AS (%1)").arg(QLatin1String(kAlembicSetSql));
    return QStringLiteral("WITH %1 %2")
        .arg(ctes.join(QLatin1String(", ")),
             QString(QLatin1String(kAuditSql)).arg(table("audit_log")))
        .arg(table("schema_history"));
}

Status HistoryStore::recordStep(const Migration &m, const StepRecord &record,
                                bool alembicPresent) const
{
    QVariantList values = record.up
        ? appliedValues(m, record.durationMs, Execution::Run, record.attempts)
        : QVariantList{m.version};
    if (alembicPresent)
        values << record.revision << record.revision;
    values << auditValues(record.audit);
    auto done = m_session.run(recordStepSql(record.up, alembicPresent), values);
    return done ? Status() : Status(done.error());
}

Status HistoryStore::recordRunning(const Migration &m, bool down, int statementCount) const
{
    auto done = m_session.run(
        QStringLiteral(
            "WITH renamed AS (DELETE FROM %1 WHERE version::bigint = ?::bigint AND version <> ?)"
            " INSERT INTO %1 (version, title, checksum, revision, state, applied_by_os, app_version, direction,"
            " statements_done, statement_count, script)"
            " VALUES (?, ?, ?, nullif(?, ''), 'running', ?, ?, ?, 0, ?, ?)"
            " ON CONFLICT (version) DO UPDATE SET state = 'running', applied_at = now(), applied_by_db = current_user,"
            " applied_by_os = excluded.applied_by_os, direction = excluded.direction, statements_done = 0,"
            " statement_count = excluded.statement_count, failed_statement = NULL, error = NULL, sqlstate = NULL")
            .arg(table("schema_history")),
        {m.version, m.version, m.version, m.title, m.checksum, m.revision, appinfo::osUserAtHost(),
         QLatin1String(appinfo::version), down ? QStringLiteral("down") : QStringLiteral("up"),
         statementCount, m.text});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::recordProgress(const QString &version, int statementsDone) const
{
    auto done = m_session.run(
        QStringLiteral("UPDATE %1 SET statements_done = ? WHERE version::bigint = ?::bigint")
            .arg(table("schema_history")),
        {statementsDone, version});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::recordFailed(const Migration &m, bool down, int statementIndex,
                                  int statementsDone, const AppError &error) const
{
    const QString text = error.detail.isEmpty() ? error.message : error.detail;
    auto done = m_session.run(
        QStringLiteral(
            "WITH renamed AS (DELETE FROM %1 WHERE version::bigint = ?::bigint AND version <> ?)"
            " INSERT INTO %1 (version, title, checksum, revision, state, applied_by_os, app_version, failed_statement, error,"
            " direction, statements_done, sqlstate, script)"
            " VALUES (?, ?, ?, nullif(?, ''), 'failed', ?, ?, ?, ?, ?, ?, nullif(?, ''), ?)"
            " ON CONFLICT (version) DO UPDATE SET state = 'failed', applied_at = now(), checksum = excluded.checksum,"
            " failed_statement = excluded.failed_statement, error = excluded.error, direction = excluded.direction,"
            " statements_done = excluded.statements_done, sqlstate = excluded.sqlstate")
            .arg(table("schema_history")),
        {m.version, m.version, m.version, m.title, m.checksum, m.revision, appinfo::osUserAtHost(),
         QLatin1String(appinfo::version), statementIndex, text,
         down ? QStringLiteral("down") : QStringLiteral("up"), statementsDone, error.sqlState,
         m.text});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::forget(const QString &version) const
{
    auto done =
        m_session.run(QString(QLatin1String(kForgetSql)).arg(table("schema_history")), {version});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::recordStepOutcome(const QString &version, const QString &checksJson,
                                       const QString &backup) const
{
    auto done = m_session.run(
        QStringLiteral("UPDATE %1 SET step_checks = nullif(?, ''), backup = nullif(?, '')"
                       " WHERE version::bigint = ?::bigint")
            .arg(table("schema_history")),
        {checksJson, backup, version});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::updateChecksum(const QString &version, const QString &checksum) const
{
    auto done =
        m_session.run(QStringLiteral("UPDATE %1 SET checksum = ? WHERE version::bigint = ?::bigint")
                          .arg(table("schema_history")),
                      {checksum, version});
    return done ? Status() : Status(done.error());
}

Status HistoryStore::audit(const AuditEntry &entry) const
{
    auto done = m_session.run(QString(QLatin1String(kAuditSql)).arg(table("audit_log")),
                              auditValues(entry));
    return done ? Status() : Status(done.error());
}

void HistoryStore::auditOrLog(const AuditEntry &entry) const
{
    if (Status s = audit(entry); !s)
        log::error(
            QStringLiteral("audit row %1 not written: %2").arg(entry.action, s.error().fullText()));
}

Outcome<QList<AuditEntry>> HistoryStore::auditLog(int limit) const
{
    QList<AuditEntry> entries;
    if (!exists())
        return entries;
    auto query = m_session.run(
        QStringLiteral(
            "SELECT action, coalesce(version, ''), success, coalesce(duration_ms, 0), coalesce(details, '')"
            " FROM %1 ORDER BY id DESC LIMIT ?")
            .arg(table("audit_log")),
        {limit});
    if (!query)
        return query.error();
    while (query->next())
        entries << AuditEntry{query->value(0).toString(), query->value(1).toString(),
                              query->value(2).toBool(), query->value(3).toLongLong(),
                              query->value(4).toString()};
    return entries;
}

Outcome<bool> HistoryStore::ensureAlembicVersion(const QString &revision, bool knownPresent) const
{
    bool present = knownPresent;
    if (!present) {
        auto found = m_session.scalar(
            QStringLiteral("SELECT to_regclass('public.alembic_version') IS NOT NULL"));
        if (!found)
            return found.error();
        present = found->toBool();
    }
    if (present || revision.isEmpty())
        return present;
    // Alembic's own DDL, so that `alembic current` in the Python backend reads it.
    if (auto done = m_session.run(
            QStringLiteral("CREATE TABLE public.alembic_version (version_num varchar(32) NOT NULL,"
                           " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"));
        !done)
        return done.error();
    return true;
}

Status HistoryStore::syncAlembicVersion(const QString &revision, bool *knownPresent) const
{
    auto present = ensureAlembicVersion(revision, knownPresent && *knownPresent);
    if (!present)
        return present.error();
    if (!present.value())
        return {};
    if (knownPresent)
        *knownPresent = true;
    // One statement: every other row goes and the new one (if any) comes in.
    auto done =
        m_session.run(QStringLiteral("WITH gone AS (%1) %2")
                          .arg(QLatin1String(kAlembicGoneSql), QLatin1String(kAlembicSetSql)),
                      {revision, revision});
    return done ? Status() : Status(done.error());
}

}  // namespace mathakine
