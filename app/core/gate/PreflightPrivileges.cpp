#include "gate/PreflightPrivileges.h"

#include "connection/DatabaseSession.h"

#include <QSqlQuery>

namespace mathakine {

namespace {
QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}
}  // namespace

PreflightPrivileges::PreflightPrivileges(const DatabaseSession &session, QString historySchema)
    : m_session(session), m_historySchema(std::move(historySchema))
{}

QString PreflightPrivileges::ident(const QString &name) const
{
    auto quoted = m_session.scalar(QStringLiteral("SELECT quote_ident(?)"), {name});
    return quoted ? quoted.value().toString() : DatabaseSession::quoteIdentifier(name);
}

QString PreflightPrivileges::relationIdent(const TableRef &table) const
{
    return table.schema.isEmpty() ? ident(table.name)
                                  : ident(table.schema) + QLatin1Char('.') + ident(table.name);
}

void PreflightPrivileges::missing(const QString &title, const QString &detail, const QString &grant)
{
    m_items << PreflightItem{PreflightItem::Kind::Privilege, PreflightItem::Level::Problem, title,
                             detail, grant};
}

Outcome<QList<PreflightItem>> PreflightPrivileges::check(const PreflightTargets &targets)
{
    m_items.clear();
    auto user = m_session.run(QStringLiteral(
        "SELECT quote_ident(current_user), rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!user)
        return user.error();
    if (user->next()) {
        m_user = user->value(0).toString();
        if (user->value(1).toBool())
            return QList<PreflightItem>{
                {PreflightItem::Kind::Privilege,
                 PreflightItem::Level::Ok,
                 tr("User %1 is a superuser: every privilege is held.").arg(m_user),
                 {},
                 {}}};
    }
    auto historyExists =
        m_session.scalar(QStringLiteral("SELECT count(*) > 0 FROM pg_namespace WHERE nspname = ?"),
                         {m_historySchema});
    if (!historyExists)
        return historyExists.error();
    QList<Status> results{checkDatabase(targets.createsSchema || !historyExists.value().toBool())};
    auto current = m_session.scalar(QStringLiteral("SELECT coalesce(current_schema(), '')"));
    for (const QString &schema : targets.createSchemas)
        results << checkSchema(schema.isEmpty() && current ? current.value().toString() : schema,
                               {QStringLiteral("USAGE"), QStringLiteral("CREATE")},
                               tr("The migrations create objects in this schema."));
    for (const TableRef &table : targets.altered)
        results << checkOwnership(table);
    for (auto it = targets.tablePrivileges.cbegin(); it != targets.tablePrivileges.cend(); ++it)
        results << checkRelation(it.key(), it.value());
    if (historyExists.value().toBool())
        results << checkBookkeeping();
    for (const Status &s : results) {
        if (!s)
            return s.error();
    }
    QSet<QString> seen;  // one schema may be needed for several reasons: one GRANT
    m_items.removeIf([&seen](const PreflightItem &item) {
        const bool repeated = seen.contains(item.fix);
        seen.insert(item.fix);
        return repeated;
    });
    if (m_items.isEmpty())
        m_items << PreflightItem{PreflightItem::Kind::Privilege,
                                 PreflightItem::Level::Ok,
                                 tr("User %1 holds every privilege this run needs.").arg(m_user),
                                 {},
                                 {}};
    return m_items;
}

Status PreflightPrivileges::checkDatabase(bool needsCreate)
{
    if (!needsCreate)
        return {};
    auto has = m_session.scalar(
        QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE')"));
    if (!has)
        return has.error();
    if (!has.value().toBool())
        missing(
            tr("Missing privilege: CREATE on database %1").arg(m_session.server().database),
            tr("Needed to create the schemas %1 and the migrations create.").arg(m_historySchema),
            QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2;")
                .arg(ident(m_session.server().database), m_user));
    return {};
}

Status PreflightPrivileges::checkSchema(const QString &schema, const QStringList &privileges,
                                        const QString &reason)
{
    QStringList lacking;
    for (const QString &privilege : privileges) {
        auto has = m_session.scalar(
            QStringLiteral(
                "SELECT has_schema_privilege(oid, ?) FROM pg_namespace WHERE nspname = ?"),
            {privilege, schema});
        if (!has)
            return has.error();
        if (has.value().isValid() && !has.value().toBool())  // NULL: the schema does not exist yet
            lacking << privilege;
    }
    if (!lacking.isEmpty())
        missing(
            tr("Missing privilege: %1 on schema %2").arg(lacking.join(QLatin1String(", ")), schema),
            reason + QLatin1Char(' ')
                + tr("Without it: \"permission denied for schema %1\".").arg(schema),
            QStringLiteral("GRANT %1 ON SCHEMA %2 TO %3;")
                .arg(lacking.join(QLatin1String(", ")), ident(schema), m_user));
    return {};
}

Status PreflightPrivileges::checkOwnership(const TableRef &table)
{
    auto oid = table.oid(m_session);
    if (!oid)
        return oid.error();
    auto query = m_session.run(
        QStringLiteral(
            "SELECT pg_has_role(relowner, 'USAGE'), quote_ident(pg_get_userbyid(relowner))"
            " FROM pg_class WHERE oid = ?::bigint::oid"),
        {oid.value()});
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).toBool())
        return {};  // created by the run itself, or owned
    const QString owner = query->value(1).toString();
    missing(tr("Not the owner of %1 (owner: %2)").arg(table.display(), owner),
            tr("ALTER TABLE and CREATE INDEX need ownership (\"must be owner of table %1\"). "
               "Alternatively: ALTER TABLE %2 OWNER TO %3;")
                .arg(table.name, relationIdent(table), m_user),
            QStringLiteral("GRANT %1 TO %2;").arg(owner, m_user));
    return {};
}

Status PreflightPrivileges::checkRelation(const TableRef &table, const QSet<QString> &privileges,
                                          bool sequence)
{
    auto oid = table.oid(m_session);
    if (!oid)
        return oid.error();
    if (oid.value() == 0)
        return {};  // created by the run itself
    QStringList lacking;
    const QString function =
        sequence ? QStringLiteral("has_sequence_privilege") : QStringLiteral("has_table_privilege");
    for (const QString &privilege : sorted(privileges)) {
        auto has = m_session.scalar(QStringLiteral("SELECT %1(?::bigint::oid, ?)").arg(function),
                                    {oid.value(), privilege});
        if (!has)
            return has.error();
        if (!has.value().toBool())
            lacking << privilege;
    }
    if (!lacking.isEmpty())
        missing(
            tr("Missing privilege: %1 on %2")
                .arg(lacking.join(QLatin1String(", ")), table.display()),
            tr("Needed by the run. Without it: \"permission denied for %1 %2\".")
                .arg(sequence ? QStringLiteral("sequence") : QStringLiteral("table"), table.name),
            QStringLiteral("GRANT %1 ON %2 %3 TO %4;")
                .arg(lacking.join(QLatin1String(", ")),
                     sequence ? QStringLiteral("SEQUENCE") : QStringLiteral("TABLE"),
                     relationIdent(table), m_user));
    return {};
}

// The tool's own tables: history, audit log, maintenance flag, alembic_version.
Status PreflightPrivileges::checkBookkeeping()
{
    const QString s = m_historySchema;
    auto maintenance = TableRef{s, QStringLiteral("maintenance")}.oid(m_session);
    auto alembic =
        TableRef{QStringLiteral("public"), QStringLiteral("alembic_version")}.oid(m_session);
    if (!maintenance || !alembic)
        return !maintenance ? Status(maintenance.error()) : Status(alembic.error());
    QList<Status> results;
    results << checkSchema(s,
                           maintenance.value()
                               ? QStringList{QStringLiteral("USAGE")}
                               : QStringList{QStringLiteral("USAGE"), QStringLiteral("CREATE")},
                           tr("The tool keeps its history, audit log and maintenance flag there."));
    results << checkRelation({s, QStringLiteral("schema_history")},
                             {QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                              QStringLiteral("UPDATE"), QStringLiteral("DELETE")});
    results << checkRelation({s, QStringLiteral("audit_log")},
                             {QStringLiteral("SELECT"), QStringLiteral("INSERT")});
    results << checkRelation({s, QStringLiteral("audit_log_id_seq")}, {QStringLiteral("USAGE")},
                             true);
    if (maintenance.value()) {
        results << checkRelation(
            {s, QStringLiteral("maintenance")},
            {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE")});
        results << checkRelation({s, QStringLiteral("maintenance_id_seq")},
                                 {QStringLiteral("USAGE")}, true);
    }
    if (alembic.value())
        results << checkRelation(
            {QStringLiteral("public"), QStringLiteral("alembic_version")},
            {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("DELETE")});
    else
        results << checkSchema(
            QStringLiteral("public"), {QStringLiteral("USAGE"), QStringLiteral("CREATE")},
            tr("The tool creates public.alembic_version for the backend's Alembic."));
    for (const Status &st : results) {
        if (!st)
            return st;
    }
    return {};
}

}  // namespace mathakine
