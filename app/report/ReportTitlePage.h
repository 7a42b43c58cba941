#pragma once

#include "validate/ValidationReport.h"

#include <QCoreApplication>

namespace mathakine {

// The first page of the PDF: what was validated (database, server, profile, environment,
// migration version), by whom and when, the verdict, and the failures that decided it.
class ReportTitlePage {
    Q_DECLARE_TR_FUNCTIONS(ReportTitlePage)

public:
    static QString html(const ValidationReport &report);
    static QString documentTitle(const ValidationReport &report);  // translated, also the PDF title
};

} // namespace mathakine
