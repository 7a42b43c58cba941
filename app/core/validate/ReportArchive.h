#pragma once

#include "common/Outcome.h"
#include "validate/ValidationReport.h"

#include <QCoreApplication>

namespace mathakine {

// Files every report under the data location (reports/), its JSON always and its PDF when
// one was rendered, named by date and database so they sort and never overwrite each other.
class ReportArchive {
    Q_DECLARE_TR_FUNCTIONS(ReportArchive)

public:
    static QString directory();
    // Returns the archived paths (JSON first).
    static Outcome<QStringList> store(const ValidationReport &report, const QString &pdfPath = {});
    // The archived reports' JSON files, newest first.
    static QStringList reportFiles();
    static Outcome<ValidationReport> load(const QString &jsonPath);
    // The PDF filed beside an archived JSON, empty when none was rendered.
    static QString pdfFor(const QString &jsonPath);
};

}  // namespace mathakine
