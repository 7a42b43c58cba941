#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

namespace mathakine {

class DatabaseSession;

// Statements of the backup, restore and restore-production use cases: every session runs
// under a lock_timeout and a statement_timeout, and a refused statement becomes an error
// classified by its SQLSTATE (QSqlError::nativeErrorCode() for QPSQL), never by its text.
class ServerStatement {
    Q_DECLARE_TR_FUNCTIONS(ServerStatement)

public:
    struct Timeouts {
        int lockMs = 10000;        // waiting for a lock: short, the statement then fails (55P03)
        int statementMs = 600000;  // one statement (57014 when exceeded)
    };

    // SET lock_timeout and statement_timeout for the rest of the session.
    static Status applyTimeouts(const DatabaseSession &session, Timeouts timeouts);
    // Runs one statement with bound values. On failure: message is `what` (translated, says
    // which step failed), detail "SQLSTATE xxxxx: server text", hint what that class means.
    static Outcome<QSqlQuery> run(const DatabaseSession &session, const QString &what,
                                  const QString &sql, const QVariantList &values = {});
    // The first column of the first row (null when no row).
    static Outcome<QVariant> scalar(const DatabaseSession &session, const QString &what,
                                    const QString &sql, const QVariantList &values = {});
    // What an SQLSTATE means for the operator (translated), empty when not one we explain.
    static QString hintFor(const QString &sqlState);
};

}  // namespace mathakine
