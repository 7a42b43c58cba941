#include "connection/ServerStatement.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include <QCoreApplication>

namespace mathakine {

Status ServerStatement::applyTimeouts(const DatabaseSession &session, Timeouts timeouts)
{
    return session.setTimeouts(qMax(1, timeouts.lockMs), qMax(1, timeouts.statementMs));
}

Outcome<QSqlQuery> ServerStatement::run(const DatabaseSession &session, const QString &what,
                                        const QString &sql, const QVariantList &values)
{
    auto done = session.run(sql, values);  // carries the SQLSTATE and its ErrorKind
    if (done)
        return done;
    AppError e = done.error();
    log::warn(QCoreApplication::translate("Journal", "statement refused (SQLSTATE %1): %2")
                  .arg(e.sqlState, e.detail));
    e.message = what;
    if (!e.sqlState.isEmpty())
        e.detail = QStringLiteral("SQLSTATE %1: %2").arg(e.sqlState, e.detail);
    e.hint = hintFor(e.sqlState);
    return e;
}

Outcome<QVariant> ServerStatement::scalar(const DatabaseSession &session, const QString &what,
                                          const QString &sql, const QVariantList &values)
{
    auto query = run(session, what, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

QString ServerStatement::hintFor(const QString &state)
{
    if (state == QLatin1String("55006"))
        return tr(
            "Other sessions are still using the database (object_in_use); they must disconnect first.");
    if (state == QLatin1String("55P03"))
        return tr(
            "A lock could not be had within the lock timeout (lock_not_available): another session holds it; try again.");
    if (state == QLatin1String("57014"))
        return tr("The statement ran past its time limit or was canceled (query_canceled).");
    if (state == QLatin1String("42501"))
        return tr(
            "The user lacks a privilege (insufficient_privilege): it must own the database, or be a superuser, and have CREATEDB.");
    if (state == QLatin1String("42P04"))
        return tr("A database of that name already exists (duplicate_database).");
    if (state == QLatin1String("3D000"))
        return tr("The database does not exist (invalid_catalog_name).");
    if (state == QLatin1String("42704"))
        return tr(
            "An object the statement names does not exist on this server, e.g. a role (undefined_object).");
    if (state.startsWith(QLatin1String("53")))
        return tr("The server lacks resources (disk, memory or connections: class 53).");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return tr("The connection to the server was lost (class %1).").arg(state.left(2));
    return {};
}

}  // namespace mathakine
