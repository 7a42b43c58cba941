#pragma once

#include "common/Outcome.h"
#include "validate/ValidationReport.h"

#include <QCoreApplication>

class QPainter;
class QPdfWriter;

namespace mathakine {

// Renders a ValidationReport to an A4 PDF: the title page, then the body (ReportHtml) flowed
// over as many pages as it needs with the performance chart inline, every page with its
// footer and "page n of N". Text stays text and the chart vectors. Needs a QApplication
// (Qt Charts); the CLI creates one on the offscreen platform for validate --pdf.
class PdfReportWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    struct Written {
        int pageCount = 0;
        int chartPage = 0;  // 1-based; 0 when there is no chart
    };
    static Outcome<Written> write(const ValidationReport &report, const QString &path);

private:
    static void drawFooter(QPainter &painter, const QPdfWriter &writer,
                           const ValidationReport &report, int page, int pageCount);
};

}  // namespace mathakine
