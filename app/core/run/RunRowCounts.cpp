#include "run/RunRowCounts.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QSqlError>

namespace mathakine {

Outcome<TableCounts> RunRowCounts::count(const DatabaseSession &session,
                                         const QList<PlanTables::Table> &tables, int lockTimeoutMs,
                                         int statementTimeoutMs)
{
    TableCounts counts;
    if (tables.isEmpty())
        return counts;
    QSqlDatabase db = session.database();
    if (!db.transaction())
        return AppError{.message = tr("Cannot start a transaction to count rows."),
                        .detail = db.lastError().text()};
    auto finish = [&](Outcome<TableCounts> outcome) {
        db.rollback();  // read-only: nothing to keep; SET LOCAL ends with it
        return outcome;
    };
    const int lockWait =
        lockTimeoutMs > 0 ? qMin(lockTimeoutMs, kCountLockWaitMs) : kCountLockWaitMs;
    for (const QString &setting :
         {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
          QStringLiteral("SET LOCAL lock_timeout = %1").arg(lockWait),
          QStringLiteral("SET LOCAL statement_timeout = %1").arg(statementTimeoutMs)}) {
        if (auto done = session.run(setting); !done)
            return finish(done.error());
    }
    for (const auto &[schema, table] : tables) {
        const QString name = schema + QLatin1Char('.') + table;
        if (auto done = session.run(QStringLiteral("SAVEPOINT row_count")); !done)
            return finish(done.error());
        auto n = session.scalar(QStringLiteral("SELECT count(*) FROM %1.%2")
                                    .arg(DatabaseSession::quoteIdentifier(schema),
                                         DatabaseSession::quoteIdentifier(table)));
        if (n) {
            counts.append({name, n->toLongLong()});
            if (auto released = session.run(QStringLiteral("RELEASE SAVEPOINT row_count"));
                !released)
                return finish(
                    released.error());  // the transaction is broken: no later count could run
            continue;
        }
        const ErrorKind kind = n.error().kind;
        if (kind != ErrorKind::LockTimeout && kind != ErrorKind::StatementTimeout)
            return finish(n.error());
        log::warn(tr("Rows of %1 not counted: %2").arg(name, n.error().detail));
        counts.append({name, RowCounter::kNotCounted});
        if (auto back = session.run(QStringLiteral("ROLLBACK TO SAVEPOINT row_count")); !back)
            return finish(back.error());
    }
    return finish(counts);
}

}  // namespace mathakine
