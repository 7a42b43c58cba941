#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace mathakine {

// Decides which database to use, the same way for the CLI and the GUI: an explicit URL
// (completed by its service and the PG* variables, as libpq does), then a saved profile
// (password from SecretStore), then DATABASE_URL / PGSERVICE / PG*, then what the caller's
// fallback gives (the front ends pass Sandbox::runningDefault: connection/ stays below ops/).
// Errors are ExitCode::Usage and name the option, variable or file.
class ConnectionResolver {
    Q_DECLARE_TR_FUNCTIONS(ConnectionResolver)

public:
    // The database to use when nothing names one; nullopt gives the "no database given" error.
    using Fallback = std::function<std::optional<ConnectionSpec>()>;

    static Outcome<ConnectionSpec> resolve(const QString &url, const QString &profileName,
                                           const Fallback &whenNothingGiven = {});
    static Outcome<ConnectionSpec> fromProfile(const QString &profileName);
};

}  // namespace mathakine
