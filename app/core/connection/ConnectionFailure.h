#pragma once

#include "common/AppError.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>

namespace mathakine {

// Why a connection could not be opened, told apart without reading the wording: the server's
// startup errors follow its lc_messages and libpq's own ones the client's locale, so a French
// installation says everything differently. The signals used instead:
// - the SQLSTATE of the server's startup error (28P01 wrong password, 28000 refused by
//   pg_hba.conf, 3D000 no such database, 53300 too many connections, 57P03 starting up —
//   PostgreSQL docs, Appendix A), read from a second libpq attempt with PQERRORS_VERBOSE;
// - libpq's PQconnectionNeedsPassword() on that attempt;
// - the network itself: name resolution (getaddrinfo), whether the TCP port or the Unix socket
//   accepts a connection, and whether the first attempt used up connect_timeout.
// The second attempt runs only after a failure that came back before connect_timeout.
class ConnectionFailure {
    Q_DECLARE_TR_FUNCTIONS(ConnectionFailure)

public:
    // Diagnoses a failed open of `spec` with the QPSQL connect `options` ("k=v;k=v") that took
    // `elapsedMs` and reported `clientText` (kept, redacted, as the error's detail). Returns a
    // translated error with ExitCode::CannotConnect, the SQLSTATE when the server sent one,
    // and a hint. Blocks for at most the profile's connect timeout; never throws.
    static AppError diagnose(const ConnectionSpec &spec, const QString &options,
                             const QString &clientText, qint64 elapsedMs);

    // The SQLSTATE in a libpq message built with PQERRORS_VERBOSE ("FATAL:  28P01:  …"), or
    // an empty string. The severity word is localized, the code never is.
    static QString sqlStateOfVerboseMessage(const QString &message);
};

}  // namespace mathakine
