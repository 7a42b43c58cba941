#pragma once

#include "connection/ConnectionProfile.h"
#include "connection/SecretStore.h"
#include "migrate/MigrationStatus.h"
#include "schema/SchemaDiff.h"

#include <QCoreApplication>

namespace mathakine {

// The translated names the front ends show for core enum values. The keys stored in
// settings, history and JSON stay in core (environmentKey, SchemaDiff::severityId, stateKey).
class EnumNames {
    Q_DECLARE_TR_FUNCTIONS(EnumNames)

public:
    static QString migrationState(MigrationState state);  // "pending", "file missing"…
    static QString environment(Environment environment);  // "Development", "Test", "Production"
    static QString secretBackend(SecretStore::Backend backend);  // "the desktop keyring"…
    static QString diffSeverity(DiffSeverity severity);          // "error", "warning", "info"
};

}  // namespace mathakine
