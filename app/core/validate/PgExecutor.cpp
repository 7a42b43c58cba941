#include "validate/PgExecutor.h"

#include "connection/DatabaseSession.h"

#include <QElapsedTimer>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <vector>

namespace mathakine {

QString PgResult::value(int row, int column) const
{
    if (row >= rows.size() || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

pg_conn *PgExecutor::connectionOf(const DatabaseSession &session)
{
    return static_cast<PGconn *>(session.nativeHandle());
}

PgExecutor::PgExecutor(const DatabaseSession &session) : m_conn(connectionOf(session))
{}

PgResult PgExecutor::exec(const QString &sql, const QStringList &values) const
{
    PgResult result;
    if (!m_conn) {
        result.message = tr("No PostgreSQL connection.");
        return result;
    }
    const QByteArray text = sql.toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char *> pointers;
    storage.reserve(static_cast<size_t>(values.size()));
    for (const QString &value : values) {
        storage.push_back(value.toUtf8());
        pointers.push_back(value.isNull() ? nullptr : storage.back().constData());
    }
    QElapsedTimer timer;
    timer.start();
    PGresult *res =
        PQexecParams(m_conn, text.constData(), static_cast<int>(pointers.size()), nullptr,
                     pointers.empty() ? nullptr : pointers.data(), nullptr, nullptr, 0);
    result.elapsedNs = timer.nsecsElapsed();
    const ExecStatusType status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    result.ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    if (!result.ok) {
        result.sqlState =
            res ? QString::fromUtf8(PQresultErrorField(res, PG_DIAG_SQLSTATE)) : QString();
        result.message =
            QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn)).trimmed();
    } else {
        result.affectedRows = QByteArray(PQcmdTuples(res)).toLongLong();
    }
    if (result.ok && status == PGRES_TUPLES_OK) {
        const int rowCount = PQntuples(res);
        const int columnCount = PQnfields(res);
        result.rows.reserve(rowCount);
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            for (int c = 0; c < columnCount; ++c)
                row << (PQgetisnull(res, r, c) ? QString()
                                               : QString::fromUtf8(PQgetvalue(res, r, c)));
            result.rows << row;
        }
    }
    PQclear(res);
    return result;
}

}  // namespace mathakine
