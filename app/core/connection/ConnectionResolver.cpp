#include "connection/ConnectionResolver.h"

#include "connection/ConnectionUrl.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"

namespace mathakine {

Outcome<ConnectionSpec> ConnectionResolver::fromProfile(const QString &profileName)
{
    auto profile = ProfileStore().find(profileName);
    if (!profile) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = tr("--profile: no saved profile is named \"%1\".").arg(profileName);
        return error;
    }
    ConnectionSpec spec{*profile, SecretStore::lookup(*profile).value_or(QString())};
    if (spec.password.isEmpty())
        spec.password = qEnvironmentVariable("PGPASSWORD");
    return spec;
}

Outcome<ConnectionSpec> ConnectionResolver::resolve(const QString &url, const QString &profileName,
                                                    const Fallback &whenNothingGiven)
{
    if (!url.isEmpty()) {
        auto spec = ConnectionUrl::parse(url);
        if (!spec) {
            AppError error = spec.error();
            error.message = tr("--url: %1").arg(error.message);
            return error;
        }
        return spec;
    }
    if (!profileName.isEmpty())
        return fromProfile(profileName);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (ConnectionUrl::environmentHasConnection(env))
        return ConnectionUrl::fromEnvironment(env);
    if (whenNothingGiven) {
        if (auto spec = whenNothingGiven())
            return *spec;
    }
    return ConnectionUrl::fromEnvironment(env);  // the "no database given" error
}

}  // namespace mathakine
