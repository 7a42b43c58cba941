#pragma once

#include "validate/ValidationReport.h"

#include <QCoreApplication>

namespace mathakine {

// The first page of the PDF, the one that gets filed and can be read alone: the verdict, what
// was validated (database, versions, environment), by whom and when, the key figures, the
// failures that decided it, the performance chart (at chartMarker()) and a signature block.
class ReportTitlePage {
    Q_DECLARE_TR_FUNCTIONS(ReportTitlePage)

public:
    static QString html(const ValidationReport &report);
    static QString documentTitle(const ValidationReport &report);  // translated, also the PDF title

private:
    static QString keyFigures(const ValidationReport &report);
    static QString signatureBlock();
};

}  // namespace mathakine
