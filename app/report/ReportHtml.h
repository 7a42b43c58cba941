#pragma once

#include "validate/ValidationReport.h"

#include <QCoreApplication>

namespace mathakine {

// The body of the PDF report as QTextDocument HTML: a section per check family with its
// table, the performance figures (the chart, at chartMarker(), is on the title page), EXPLAIN
// excerpts, the migration history and the row counts. Text in the UI language, figures and
// dates in the locale's format.
class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString body(const ValidationReport &report);
    static QString styleSheet();
    static QString chartMarker() { return QStringLiteral("@@PERFORMANCE_CHART@@"); }

    // Shared with the title page.
    static QString escape(const QString &text);
    // An empty line before a heading: Qt's layout drops a heading's top margin after some tables.
    static QString gap();
    static QString statusCell(CheckStatus status);
    static QString dateTime(const QDateTime &utc);
    static QString duration(qint64 ms);

private:
    static QString checksTable(const QList<CheckResult> &checks, bool withFigures);
    static QString performanceSection(const ValidationReport &report, int number);
    static QString queryVerdicts(const ValidationReport &report);
    static QString explainSection(const ValidationReport &report);
    static QString historySection(const ValidationReport &report, int number);
    static QString rowCountSection(const ValidationReport &report, int number);
};

}  // namespace mathakine
