#pragma once

#include "connection/DatabaseSession.h"
#include "migrate/MigrationPlan.h"
#include "run/RunTypes.h"

#include <memory>

namespace mathakine {

// What the tool knows of one database before it acts: its server, the history of the
// migrations, and the catalog compared with it (drift, failed, pending, out of order,
// missing files, lock holder). Read-only: it creates nothing on the database.
struct Inspection {
    ServerInfo server;
    History history;
    MigrationStatus status;
};

// The use cases both front ends call (DESIGN.md §7): no front end opens a history or
// builds a plan itself. The run itself is MigrationRun.
namespace usecase {

// Reads the history and computes the status on an open session (ms: one catalog query and
// one history query, plus the lock holder). Errors: the server's (e.g. 42501 on the schema).
Outcome<Inspection> inspect(const DatabaseSession &session, const MigrationCatalog &catalog,
                            const QString &language,
                            const QString &historySchema = ToolSchema::defaultName());
// The same on a session of its own, closed before it returns.
Outcome<Inspection> inspect(const ConnectionSpec &spec, const MigrationCatalog &catalog,
                            const QString &language,
                            const QString &historySchema = ToolSchema::defaultName());
// The plan an upgrade (RunAction::Upgrade) or downgrade would run now; for a dry run or a
// confirmation. Pass ApprovedPlan (RunChecks::approvalOf) to the run so it runs only this.
Outcome<MigrationPlan> plan(const Inspection &inspection, const MigrationCatalog &catalog,
                            RunAction action, const QString &target);

}  // namespace usecase

}  // namespace mathakine
