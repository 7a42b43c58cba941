#pragma once

#include "migrate/MigrationPlan.h"
#include "run/RunTypes.h"

namespace mathakine {

// The refusals a run makes under the lock, before anything runs. Each error names the files
// and versions, and carries the remedy (a CLI flag, a window button) when one exists.
class RunChecks {
    Q_DECLARE_TR_FUNCTIONS(RunChecks)

public:
    // Error-level lint findings (transaction control in a transactional migration, …) in the
    // migrations the plan runs: exit 2, file:line of the first, all of them in the detail.
    static Status lint(const MigrationPlan &plan);
    // A pending migration older than the newest applied one (Flyway's outOfOrder, off by
    // default): refused, both versions named, unless allowed (--out-of-order).
    static Status order(const MigrationStatus &status, const MigrationPlan &plan, bool allowed);
    // Applied migrations whose file is gone (Flyway's "missing"): refused unless allowed.
    static Status missingFiles(const MigrationStatus &status, bool allowed);
    // Applied migrations whose file changed: refused, each file named with the recorded and
    // current checksums, unless accepted (--accept-drift, audited by the caller).
    static Status drift(const MigrationStatus &status, const MigrationCatalog &catalog,
                        bool accepted);
    // The plan rebuilt under the lock must be the one approved, version by version and
    // checksum by checksum.
    static Status approved(const MigrationPlan &plan, const std::optional<ApprovedPlan> &approved);
    static ApprovedPlan approvalOf(const MigrationPlan &plan);
};

}  // namespace mathakine
