#include "ops/DatabaseProperties.h"

#include "connection/DatabaseSession.h"
#include "connection/ServerStatement.h"

namespace mathakine {

Status DatabaseProperties::copy(const DatabaseSession &admin, const QString &from,
                                const QString &to)
{
    const QString target = DatabaseSession::quoteIdentifier(to);
    auto source = ServerStatement::run(
        admin, tr("Cannot read the owner and grants of database %1.").arg(from),
        QStringLiteral(
            "SELECT pg_get_userbyid(datdba), datconnlimit, datacl IS NULL FROM pg_database WHERE datname = ?"),
        {from});
    if (!source)
        return source.error();
    if (!source->next())
        return AppError{.exitCode = ExitCode::Failed,
                        .message = tr("Database %1 does not exist on this server.").arg(from)};
    QStringList statements{
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
            .arg(target, DatabaseSession::quoteIdentifier(source->value(0).toString())),
        QStringLiteral("ALTER DATABASE %1 CONNECTION LIMIT %2")
            .arg(target)
            .arg(source->value(1).toInt())};
    // A NULL ACL means the defaults, which the new database has too; otherwise exactly its grants.
    if (!source->value(2).toBool()) {
        statements << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(target);
        auto grants = ServerStatement::run(
            admin, tr("Cannot read the owner and grants of database %1.").arg(from),
            QStringLiteral(
                "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,"
                " a.privilege_type, a.is_grantable"
                " FROM pg_database d, aclexplode(d.datacl) a WHERE d.datname = ?"),
            {from});
        if (!grants)
            return grants.error();
        while (grants->next()) {
            // privilege_type is one of CONNECT, CREATE, TEMPORARY: a keyword, not user input.
            statements << QStringLiteral("GRANT %1 ON DATABASE %2 TO %3%4")
                              .arg(grants->value(1).toString(), target, grants->value(0).toString(),
                                   grants->value(2).toBool() ? QStringLiteral(" WITH GRANT OPTION")
                                                             : QString());
        }
    }
    for (const QString &sql : std::as_const(statements)) {
        if (auto done = ServerStatement::run(
                admin, tr("Cannot give database %1 the owner and grants of %2.").arg(to, from),
                sql);
            !done)
            return done.error();
    }
    return {};
}

}  // namespace mathakine
