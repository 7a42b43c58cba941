#pragma once

#include "common/Outcome.h"
#include "validate/ValidationReport.h"

namespace mathakine::cli {

// What `validate --pdf` needs to write its report. The executable provides it (main.cpp
// adapts mathakine_report's PdfReportWriter) and hands it to CliApplication::run, so that
// the CLI library links neither Widgets, Charts nor the report library. The PDF renderer
// draws Qt Charts, hence needs a QApplication: main() creates one when needsGuiApplication().
class ReportRenderer {
public:
    virtual ~ReportRenderer() = default;
    // Writes report as an A4 PDF at path (replaced if present); the error names the file.
    virtual Status writePdf(const ValidationReport &report, const QString &path) const = 0;
};

}  // namespace mathakine::cli
