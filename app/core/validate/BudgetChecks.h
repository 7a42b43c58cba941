#pragma once

#include "migrate/HistoryStore.h"
#include "validate/ValidationPlan.h"
#include "validate/ValidationResult.h"

#include <QCoreApplication>

namespace mathakine {

// The staff's written budgets: the phase's migrations within their time (from the
// durations the history recorded), and the validation itself within its time.
class BudgetChecks {
    Q_DECLARE_TR_FUNCTIONS(BudgetChecks)

public:
    static CheckResult migrationDuration(const QList<AppliedMigration> &history,
                                         const ValidationBudgets &budgets);
    static CheckResult validationDuration(qint64 elapsedMs, const ValidationBudgets &budgets);
};

}  // namespace mathakine
