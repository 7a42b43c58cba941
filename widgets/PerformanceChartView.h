#pragma once

#include "validate/ValidationResult.h"

#include <QChartView>

namespace mathakine {

// The benchmark chart of the report (PerformanceChart) on screen: p50 / p95 bars per query,
// the budget line, and a tooltip (the chart's toolTip()) with every figure of the query under the
// mouse.
class PerformanceChartView : public QChartView {
    Q_OBJECT

public:
    explicit PerformanceChartView(QWidget *parent = nullptr);
    void setBenchmarks(const QList<QueryBenchmarkResult> &benchmarks);
    // The text the tooltip shows for a query (tests read it).
    static QString figuresText(const QueryBenchmarkResult &benchmark);

private:
    QList<QueryBenchmarkResult> m_benchmarks;
};

}  // namespace mathakine
