#pragma once

#include "validate/ValidationPlan.h"
#include "validate/ValidationResult.h"

#include <QCoreApplication>

namespace mathakine {

// "Nothing lost": the counts recorded before and after the last migration run must be
// equal, unless the plan says a migration of that run changes the table.
class RowCountChecks {
    Q_DECLARE_TR_FUNCTIONS(RowCountChecks)

public:
    static QList<CheckResult> check(const std::optional<RowCountRun> &run,
                                    const ValidationPlan &plan);

private:
    static bool allowed(const RowCountRun &run, const ValidationPlan &plan, const QString &table);
};

}  // namespace mathakine
