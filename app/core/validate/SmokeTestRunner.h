#pragma once

#include "validate/ValidationPlan.h"
#include "validate/ValidationResult.h"

#include <QCoreApplication>

namespace mathakine {

class CancelToken;
class PgExecutor;

// Runs one smoke test inside a transaction that is always rolled back, whatever happens:
// statements that must be refused (an orphan foreign key) run in a savepoint and must fail
// with the expected SQLSTATE; captured values feed later steps as bound parameters.
class SmokeTestRunner {
    Q_DECLARE_TR_FUNCTIONS(SmokeTestRunner)

public:
    SmokeTestRunner(const PgExecutor &executor, const CancelToken &cancel, QString language);
    CheckResult run(const SmokeTest &test) const;

private:
    // Empty when the step did what it should; else the reason, translated.
    QString runStep(const SmokeTest &test, int index, QHash<QString, QString> &captured,
                    QString *detail) const;

    const PgExecutor &m_executor;
    const CancelToken &m_cancel;
    QString m_language;
};

}  // namespace mathakine
