#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"
#include "migrate/MigrationCatalog.h"
#include "validate/ValidationReport.h"

#include <QCoreApplication>

namespace mathakine {

// Puts a validation result together with what the title page and the history section need:
// server, profile, environment, operator, migration versions and durations.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    struct Inputs {
        ConnectionSpec spec;
        ValidationResult result;
        const MigrationCatalog *catalog = nullptr;  // for the head version and titles; may be null
        QString planFile;
        QString language = QStringLiteral("en");
        QString toolSchema = QStringLiteral("mathakine_admin");
    };
    static Outcome<ValidationReport> build(const Inputs &inputs);
};

}  // namespace mathakine
