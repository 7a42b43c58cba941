#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>

namespace mathakine {

// Decides which database to use, the same way for the CLI and the GUI: an explicit URL
// (completed by its service and the PG* variables, as libpq does), then a saved profile
// (password from SecretStore), then DATABASE_URL / PGSERVICE / PG*, then the running
// default sandbox. Errors are ExitCode::Usage and name the option, variable or file.
class ConnectionResolver {
    Q_DECLARE_TR_FUNCTIONS(ConnectionResolver)

public:
    static Outcome<ConnectionSpec> resolve(const QString &url, const QString &profileName);
    static Outcome<ConnectionSpec> fromProfile(const QString &profileName);
};

} // namespace mathakine
