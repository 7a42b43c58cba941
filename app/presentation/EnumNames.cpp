#include "EnumNames.h"

namespace mathakine {

QString EnumNames::migrationState(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return tr("pending");
    case MigrationState::Applied:
        return tr("applied");
    case MigrationState::Failed:
        return tr("failed");
    case MigrationState::Drifted:
        return tr("edited after it was applied");
    case MigrationState::MissingFile:
        return tr("file missing");
    }
    return {};
}

QString EnumNames::environment(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return tr("Development");
    case Environment::Test:
        return tr("Test");
    case Environment::Production:
        return tr("Production");
    }
    return {};
}

QString EnumNames::secretBackend(SecretStore::Backend backend)
{
    return backend == SecretStore::Backend::Keyring ? tr("the desktop keyring")
                                                    : tr("the libpq password file (~/.pgpass)");
}

QString EnumNames::diffSeverity(DiffSeverity severity)
{
    switch (severity) {
    case DiffSeverity::Error:
        return tr("error");
    case DiffSeverity::Warning:
        return tr("warning");
    case DiffSeverity::Info:
        break;
    }
    return tr("info");
}

}  // namespace mathakine
