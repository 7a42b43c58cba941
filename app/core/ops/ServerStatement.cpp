#include "ops/ServerStatement.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QRegularExpression>
#include <QSqlError>

namespace mathakine {

namespace {
const QString kStatePrefix = QStringLiteral("SQLSTATE ");
} // namespace

Status ServerStatement::applyTimeouts(const DatabaseSession &session, Timeouts timeouts)
{
    // Values in ms, as integers: SET takes no bound parameter.
    for (const QString &sql : {QStringLiteral("SET lock_timeout = %1").arg(qMax(1, timeouts.lockMs)),
                               QStringLiteral("SET statement_timeout = %1").arg(qMax(1, timeouts.statementMs))}) {
        if (auto done = run(session, tr("Cannot set the session's timeouts."), sql); !done)
            return done.error();
    }
    return {};
}

Outcome<QSqlQuery> ServerStatement::run(const DatabaseSession &session, const QString &what, const QString &sql,
                                        const QVariantList &values)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if ((ok = query.prepare(sql))) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (ok)
        return query;
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    log::warn(QStringLiteral("statement refused (SQLSTATE %1): %2").arg(state, text));
    AppError e;
    e.exitCode = ExitCode::Failed;
    e.message = what;
    e.detail = state.isEmpty() ? text : kStatePrefix + state + QLatin1String(": ") + text;
    e.hint = hintFor(state);
    return e;
}

Outcome<QVariant> ServerStatement::scalar(const DatabaseSession &session, const QString &what, const QString &sql,
                                          const QVariantList &values)
{
    auto query = run(session, what, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

QString ServerStatement::sqlState(const AppError &error)
{
    static const QRegularExpression pattern(QStringLiteral("^SQLSTATE ([0-9A-Z]{5}):"));
    const auto match = pattern.match(error.detail);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ServerStatement::hintFor(const QString &state)
{
    if (state == QLatin1String("55006"))
        return tr("Other sessions are still using the database (object_in_use); they must disconnect first.");
    if (state == QLatin1String("55P03"))
        return tr("A lock could not be had within the lock timeout (lock_not_available): another session holds it; try again.");
    if (state == QLatin1String("57014"))
        return tr("The statement ran past its time limit or was canceled (query_canceled).");
    if (state == QLatin1String("42501"))
        return tr("The user lacks a privilege (insufficient_privilege): it must own the database, or be a superuser, and have CREATEDB.");
    if (state == QLatin1String("42P04"))
        return tr("A database of that name already exists (duplicate_database).");
    if (state == QLatin1String("3D000"))
        return tr("The database does not exist (invalid_catalog_name).");
    if (state == QLatin1String("42704"))
        return tr("An object the statement names does not exist on this server, e.g. a role (undefined_object).");
    if (state.startsWith(QLatin1String("53")))
        return tr("The server lacks resources (disk, memory or connections: class 53).");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return tr("The connection to the server was lost (class %1).").arg(state.left(2));
    return {};
}

} // namespace mathakine
