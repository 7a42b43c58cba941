#pragma once

#include "validate/ValidationResult.h"

#include <QCoreApplication>
#include <QGraphicsScene>

class QChart;
class QPainter;

namespace mathakine {

// The benchmark as a Qt Chart: p50 and p95 (client side) per query as horizontal bars, the
// p95 budget as a vertical line. Rendered through a QGraphicsScene straight into any painter,
// so in a PDF it stays vectors and text, not a bitmap. Needs a QApplication.
class PerformanceChart {
    Q_DECLARE_TR_FUNCTIONS(PerformanceChart)

public:
    PerformanceChart(const QList<QueryBenchmarkResult> &benchmarks, double budgetMs);
    void render(QPainter *painter, const QRectF &target);
    // The same chart for a QChartView; the caller owns it. Series: the bars, then the budget line.
    static QChart *createChart(const QList<QueryBenchmarkResult> &benchmarks, double budgetMs);
    static QString title();  // translated, also a marker tests look for
    // The report's font. Without shaping: a ligature ("ﬁ") would make "notifications"
    // unsearchable in the PDF's text.
    static QFont font(qreal pointSize, bool bold = false);

    static QColor p50Color() { return QColor(0x4c, 0x78, 0xa8); }
    static QColor p95Color() { return QColor(0xf5, 0x85, 0x18); }
    static QColor budgetColor() { return QColor(0xd6, 0x27, 0x28); }

private:
    QGraphicsScene m_scene;
    QChart *m_chart = nullptr;  // owned by m_scene
};

}  // namespace mathakine
