#pragma once

#include "migrate/MigrationStatus.h"

namespace mathakine {

struct PlanStep {
    Migration migration;
    bool up = true;
};

// What an upgrade or a downgrade would run, in order. Computed from values only, so the
// dry run and the real run share it.
struct MigrationPlan {
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)

public:
    QList<PlanStep> steps;
    bool upgrade = true;
    QString targetVersion;  // empty for base

    // Upgrade: every migration up to the target that is not applied (failed ones re-run).
    static Outcome<MigrationPlan> forUpgrade(const MigrationCatalog &catalog,
                                             const MigrationStatus &status, const QString &target);
    // Downgrade: every applied migration above the target, newest first.
    static Outcome<MigrationPlan> forDowngrade(const MigrationCatalog &catalog,
                                               const MigrationStatus &status,
                                               const QString &target);
    // The SQL that the plan runs, with the transaction and bookkeeping, as a script; titles
    // in language ("fr" or "en", Migration::displayTitle).
    QString sqlScript(const QString &historySchema, int lockTimeoutMs, int statementTimeoutMs,
                      const QString &language) const;
};

AppError unknownTargetError(const QString &target);

}  // namespace mathakine
