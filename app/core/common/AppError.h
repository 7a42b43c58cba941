#pragma once

#include "common/ExitCode.h"

#include <QMetaType>
#include <QString>

namespace mathakine {

// Why an operation failed, as far as the tool can tell. Server errors are classified by their
// SQLSTATE only (PostgreSQL docs, Appendix A "PostgreSQL Error Codes"), never by message text:
// a server with lc_messages = 'fr_FR.UTF-8' says the same things in French.
enum class ErrorKind {
    Other,
    LockHeld,          // another run holds the migration's advisory lock
    LockTimeout,       // 55P03 lock_not_available: lock_timeout elapsed
    StatementTimeout,  // 57014 with the statement timeout elapsed
    Canceled,          // 57014 after the operator's cancel
    ObjectExists,   // 42P07 duplicate_table, 42710 duplicate_object, 42701 duplicate_column, 42P06,
                    // 42723
    DuplicateData,  // 23505 unique_violation: the data breaks a unique rule, not the schema
    Permission,     // 42501 insufficient_privilege
    ConnectionLost,      // 57P01 admin_shutdown, 57P02, 57P03, 08xxx connection exceptions
    Drift,               // an applied migration's file changed
    OutOfOrder,          // a pending migration is older than the newest applied one
    MissingFile,         // an applied migration has no file any more
    InvalidIndex,        // an index a migration built is INVALID (failed CREATE INDEX CONCURRENTLY)
    PreflightProblem,    // pre-flight found a problem that stops the run
    GateRefused,         // the production gate refused the run
    PlanChanged,         // the plan rebuilt under the lock is not the one approved
    Lint,                // an error-level lint finding in a migration to run
    ApplicationBlocked,  // the stall guard canceled a statement an application session waited on
                         // too long
    ReplicaLag,          // a standby did not replay a migration within --max-replica-lag
    StepCheckFailed,  // a migration ran, but its own result is not what it should be (StepChecks)
};

// What the user can do about an error: the CLI shows `option`, the window a button with
// `label`. Empty when the error has no one-step way out.
struct Remedy {
    QString option;            // e.g. "--accept-drift"; the CLI flag that takes this way out
    QString label;             // translated, short: the button's text
    bool needsReason = false;  // the way out is audited with a reason the user gives
    bool isEmpty() const { return option.isEmpty(); }
};

// An error as a value: what went wrong, where, why (SQLSTATE, kind) and what to do about it.
// The core never shows it; the GUI and the CLI present it.
struct AppError {
    ExitCode exitCode = ExitCode::Failed;
    QString message;   // translated, one sentence
    QString detail;    // server or tool text, untranslated, may be empty
    QString hint;      // translated: what the user can do, may be empty
    QString file;      // source file the error is about, may be empty
    int line = 0;      // 1-based, 0 when unknown
    int column = 0;    // 1-based, 0 when unknown
    QString sqlState;  // five characters from the server, empty when the error is not the server's
    ErrorKind kind = ErrorKind::Other;
    Remedy remedy;

    // "file:line:column: message" when a location is known, else the message.
    QString located() const;
    // The message plus detail and hint, one per line, for a terminal or a dialog.
    QString fullText() const;
};

// The kind of a server error from its SQLSTATE alone. 57014 (query_canceled) is Canceled when
// the operator asked for a cancel, else StatementTimeout: the server uses one code for both.
ErrorKind errorKindOf(const QString &sqlState, bool cancelRequested = false);

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::AppError)
