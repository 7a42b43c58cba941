#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace mathakine {

// Parses libpq connection URLs, DATABASE_URL, PGSERVICE and the PG* variables into a
// ConnectionSpec, completing what a URL leaves unset as libpq does (ConnectionKeywords).
// Errors (ExitCode::Usage) name the part that is wrong (scheme, user, host, port, database,
// a parameter, a service file line, a variable).
class ConnectionUrl {
    Q_DECLARE_TR_FUNCTIONS(ConnectionUrl)

public:
    // postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&…]; `service=`
    // names a pg_service.conf entry whose keywords fill those the URL does not set.
    static Outcome<ConnectionSpec> parse(const QString &url);
    static Outcome<ConnectionSpec> parse(const QString &url, const QProcessEnvironment &env);
    // DATABASE_URL when set, else PGSERVICE and the PG* variables; an error when none is set.
    static Outcome<ConnectionSpec> fromEnvironment(const QProcessEnvironment &env);
    // The service's keywords completed by the PG* variables; the profile is named after it.
    static Outcome<ConnectionSpec> fromService(const QString &service,
                                               const QProcessEnvironment &env);
    static bool environmentHasConnection(const QProcessEnvironment &env);
    // The profile as a URL, never with a password.
    static QString toUrl(const ConnectionProfile &profile);
};

}  // namespace mathakine
