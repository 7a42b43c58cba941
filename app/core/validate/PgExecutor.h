#pragma once

#include <QCoreApplication>
#include <QStringList>

struct pg_conn;

namespace mathakine {

class DatabaseSession;

struct PgResult {
    bool ok = false;
    QString sqlState;         // "23503" when the statement failed
    QString message;          // the server's message
    QList<QStringList> rows;  // text values; a null QString for SQL NULL
    qint64 affectedRows = 0;  // rows inserted, updated or deleted (PQcmdTuples)
    qint64 elapsedNs = 0;     // send to last byte received

    QString value(int row = 0, int column = 0) const;
};

// Runs statements with real bound parameters ($1, $2… as text) on a session's libpq
// connection. QPSQL emulates binding with PREPARE/EXECUTE, which EXPLAIN cannot take and
// which times differently from the application; libpq's extended protocol is what
// `pgbench -M extended` measures, so the figures compare. Borrows the session: it must
// outlive the executor, and nothing else may use it meanwhile.
class PgExecutor {
    Q_DECLARE_TR_FUNCTIONS(PgExecutor)

public:
    explicit PgExecutor(const DatabaseSession &session);

    bool isValid() const { return m_conn != nullptr; }
    // The libpq connection under a QPSQL session, or null.
    static pg_conn *connectionOf(const DatabaseSession &session);
    // One statement; a null QString in values is SQL NULL.
    PgResult exec(const QString &sql, const QStringList &values = {}) const;

private:
    pg_conn *m_conn = nullptr;
};

}  // namespace mathakine
