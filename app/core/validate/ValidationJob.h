#pragma once

#include "validate/ValidationReport.h"
#include "validate/Validator.h"

#include <QCoreApplication>

namespace mathakine {

struct ValidationRequest {
    ConnectionSpec spec;
    QString migrationsDir;
    QString planFile;  // empty: <migrationsDir>/validation-plan.json
    Validator::Options options;
};

struct ValidationRun {
    ValidationReport report;
    QStringList archived;  // the JSON in the reports archive
    QStringList warnings;  // translated; archive or gate record that could not be written
};

// One validation as the CLI and the desktop app both do it: the plan and the schema diff
// checks, the report with its title-page facts, the JSON archived, and the verdict recorded
// for the production gate. Opens its own connection in the calling thread.
class ValidationJob {
    Q_DECLARE_TR_FUNCTIONS(ValidationJob)

public:
    // cancel: the task's token, shared with the validator it runs.
    explicit ValidationJob(ValidationRequest request, CancelToken cancel = {});
    void setProgressHandler(Validator::ProgressHandler handler) { m_progress = std::move(handler); }
    Outcome<ValidationRun> run();
    void cancel();  // safe from any thread

    QString planFile() const;
    // The line the production gate shows as evidence, in the current language:
    // "74 passed, 3 warnings, 0 failed; slowest p95 158.8 ms" (counts with plurals, locale's
    // decimals).
    static QString gateSummary(const ValidationReport &report);

private:
    ValidationRequest m_request;
    Validator::ProgressHandler m_progress;
    CancelToken m_cancel;
};

}  // namespace mathakine
