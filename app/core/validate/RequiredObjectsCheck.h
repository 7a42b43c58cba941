#pragma once

#include "common/Outcome.h"
#include "validate/ValidationPlan.h"
#include "validate/ValidationResult.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// The plan's required tables, columns and indexes against pg_catalog: one result per object,
// a missing critical object fails, a missing warning-level one (indexes) only warns.
class RequiredObjectsCheck {
    Q_DECLARE_TR_FUNCTIONS(RequiredObjectsCheck)

public:
    static Outcome<QList<CheckResult>> run(const DatabaseSession &session,
                                           const ValidationPlan &plan);
};

}  // namespace mathakine
