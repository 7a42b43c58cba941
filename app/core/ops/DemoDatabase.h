#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"
#include "migrate/MigrationCatalog.h"

#include <QCoreApplication>

namespace mathakine {

// Gives a newcomer something real to look at: the Mathakine baseline (migration 0001,
// applied by the runner and recorded) plus the demo rows of migrations/demo-data.sql.
// Does nothing when the database already has a migration history.
class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    // Returns false when the database was already set up (left untouched).
    static Outcome<bool> install(const ConnectionSpec &spec, const MigrationCatalog &catalog);
};

}  // namespace mathakine
