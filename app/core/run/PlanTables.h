#pragma once

#include "common/Outcome.h"
#include "migrate/MigrationPlan.h"

#include <QCoreApplication>

#include <utility>

namespace mathakine {

class DatabaseSession;

// The tables a plan's statements touch, as the server resolves them (libpg_query's parse
// trees via PreflightTargets, then pg_class), and what the run needs to know about them.
// Every query runs under the session's lock_timeout and statement_timeout.
class PlanTables {
    Q_DECLARE_TR_FUNCTIONS(PlanTables)

public:
    using Table = std::pair<QString, QString>;  // (schema, table)

    // Tables that exist and that the plan can change: the targets of its statements, and the
    // tables their foreign keys reach with ON DELETE / ON UPDATE CASCADE, SET NULL or SET
    // DEFAULT, followed transitively. Sorted, without duplicates.
    static Outcome<QList<Table>> changeable(const DatabaseSession &session,
                                            const MigrationPlan &plan);
    // Other sessions holding (or waiting for) locks on the plan's tables, one line each:
    // "pid 4242 postgres@local (psql): idle in transaction since …; LOCK TABLE users …".
    // Empty on any error: it only explains a failure that was already reported.
    static QStringList holders(const DatabaseSession &session, const MigrationPlan &plan);
    // Indexes on the plan's tables whose pg_index.indisvalid is false, as schema.name.
    static Outcome<QStringList> invalidIndexes(const DatabaseSession &session,
                                               const MigrationPlan &plan);

private:
    static Outcome<QList<qint64>> targetOids(const DatabaseSession &session,
                                             const MigrationPlan &plan);
};

}  // namespace mathakine
