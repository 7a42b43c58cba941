#pragma once

#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"
#include "validate/CheckProvider.h"
#include "validate/ValidationPlan.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace mathakine {

class PgExecutor;

struct ValidationProgress {
    int step = 0;  // 1-based
    int stepCount = 0;
    QString label;  // translated
};

// Runs a validation plan against one database: required objects, the check providers
// (the schema diff), smoke tests (rolled back, verified by row counts), the benchmark,
// the budgets and the row counts of the last migration run. Opens its own connection in
// the calling thread; cancel() is safe from any thread.
class Validator {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    struct Options {
        int runs = 0;         // timed runs per query; 0: the plan's
        int warmupRuns = -1;  // -1: the plan's
        bool benchmark = true;
        QString toolSchema = QStringLiteral("mathakine_admin");
        QString language = QStringLiteral("en");
    };
    using ProgressHandler = std::function<void(const ValidationProgress &)>;

    // cancel: the task's token, shared with the job that runs this validator.
    Validator(ConnectionSpec spec, ValidationPlan plan, Options options, CancelToken cancel = {});

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void addCheckProvider(std::shared_ptr<CheckProvider> provider)
    {
        m_providers << std::move(provider);
    }
    Outcome<ValidationResult> run();
    void cancel() { m_cancel.cancel(); }

private:
    Status runSmokeTests(const DatabaseSession &session, const PgExecutor &executor,
                         ValidationResult &result);
    void runBenchmarks(const PgExecutor &executor, ValidationResult &result);
    Status runBookkeepingChecks(const DatabaseSession &session, ValidationResult &result);
    void report(const QString &label);
    int stepCount() const;
    AppError canceledError() const;

    ConnectionSpec m_spec;
    ValidationPlan m_plan;
    Options m_options;
    ProgressHandler m_progress;
    QList<std::shared_ptr<CheckProvider>> m_providers;
    CancelToken m_cancel;
    int m_step = 0;
};

}  // namespace mathakine
