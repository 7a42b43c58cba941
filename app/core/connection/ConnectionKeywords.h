#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSet>

#include <optional>

namespace mathakine {

// libpq connection keywords applied to a ConnectionSpec, and the defaults libpq fills in for
// the keywords a connection leaves unset (libpq docs §34.1.2 keywords, §34.15 environment
// variables, §34.17 service file). What we do not set (PGPASSFILE, PGSSLROOTCERT, PGSSLCERT,
// PGSSLKEY, PGOPTIONS…) libpq reads itself when it connects.
class ConnectionKeywords {
    Q_DECLARE_TR_FUNCTIONS(ConnectionKeywords)

public:
    // Applies one keyword=value (a URL parameter or a service line). Returns the problem
    // (translated, without saying where the keyword came from) or an empty string.
    static QString apply(ConnectionSpec &spec, const QString &key, const QString &value);
    // Fills the keywords not in `given`, in libpq's order: the service (`service`, else
    // PGSERVICE) from pg_service.conf, then PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,
    // PGSSLMODE, PGCONNECT_TIMEOUT, then the OS user for user and the user for dbname.
    // Errors (ExitCode::Usage) name the service file and line, or the variable.
    static Status complete(ConnectionSpec &spec, QSet<QString> given, const QString &service,
                           const QProcessEnvironment &env);
    // The application_name the tool connects with: "mathakine-admin", or with an
    // application's own name (PGAPPNAME, application_name=) as a suffix,
    // "mathakine-admin/<name>", so lock holders and audits still show the tool.
    static QString applicationName(const QString &suffix);
    // A TCP port number, 1-65535 (no sign); nullopt otherwise.
    static std::optional<int> parsePort(const QString &text);
    // A libpq conninfo value, quoted ('…' with \' and \\) when it needs to be.
    static QString quoteValue(const QString &value);
};

}  // namespace mathakine
