#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace mathakine {

struct ServerInfo {
    QString version;        // "15.18 (Debian 15.18-0+deb12u1)"
    int versionNumber = 0;  // 150018
    QString database;
    QString user;
    int backendPid = 0;
};

// One QPSQL connection owned by the thread that opened it. Each session has its own
// connection name, so workers never share a handle; the destructor removes it.
class DatabaseSession {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSession)

public:
    // Opens a session with the default timeouts. A failure is diagnosed by ConnectionFailure
    // (ExitCode::CannotConnect, translated, with the SQLSTATE when the server sent one).
    static Outcome<std::unique_ptr<DatabaseSession>> open(const ConnectionSpec &spec,
                                                          const QString &purpose);
    ~DatabaseSession();
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    QSqlDatabase database() const;
    const ServerInfo &server() const { return m_server; }
    const ConnectionSpec &spec() const { return m_spec; }

    // Limits that every session starts with: 5 s to wait for a lock, 15 min for a statement.
    static constexpr int kDefaultLockTimeoutMs = 5000;
    static constexpr int kDefaultStatementTimeoutMs = 15 * 60 * 1000;
    // Sets lock_timeout and statement_timeout (ms, 0 = none) for the rest of the session.
    Status setTimeouts(int lockTimeoutMs, int statementTimeoutMs) const;
    // The libpq PGconn* under the QPSQL connection (for PQcancel), or null.
    void *nativeHandle() const;

    // Runs one statement with bound values; the error carries the server's message as detail,
    // its SQLSTATE and the ErrorKind derived from it. A statement with values is prepared once
    // per session and reused: read its result before running the same SQL text again.
    Outcome<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // Prepares a statement with bound values now, as run() would on its first use, so that a
    // later run() only executes it: keeps the PREPARE round trip out of a moment that must be
    // short (while a migration holds its locks). Errors: the server's.
    Status prepare(const QString &sql) const;
    // Runs one statement and returns the first column of the first row.
    Outcome<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    // Quotes an identifier the way PostgreSQL does (quote_ident).
    static QString quoteIdentifier(const QString &name);

private:
    DatabaseSession(ConnectionSpec spec, QString connectionName);
    AppError statementError(
        const QSqlQuery &query) const;  // the server's message, SQLSTATE and kind

    ConnectionSpec m_spec;
    QString m_connectionName;
    ServerInfo m_server;
    // Bound statements prepared once per session and re-executed (one round trip instead of
    // PREPARE + EXECUTE + DEALLOCATE): a run repeats the same bookkeeping for every migration.
    mutable QHash<QString, QSqlQuery> m_prepared;
};

}  // namespace mathakine
