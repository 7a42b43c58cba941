#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace mathakine {

// Parses libpq connection URLs, DATABASE_URL and the PG* variables into a ConnectionSpec.
// Errors name the part that is wrong (scheme, user, host, port, database, a parameter).
class ConnectionUrl {
    Q_DECLARE_TR_FUNCTIONS(ConnectionUrl)

public:
    static Outcome<ConnectionSpec> parse(const QString &url);
    // DATABASE_URL when set, else the PG* variables; an error when neither is set.
    static Outcome<ConnectionSpec> fromEnvironment(const QProcessEnvironment &env);
    static bool environmentHasConnection(const QProcessEnvironment &env);
    // The profile as a URL, never with a password.
    static QString toUrl(const ConnectionProfile &profile);
};

} // namespace mathakine
