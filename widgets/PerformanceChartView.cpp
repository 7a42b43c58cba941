#include "PerformanceChartView.h"

#include "CheckText.h"
#include "PerformanceChart.h"
#include "validate/BenchmarkRunner.h"
#include "validate/ResultText.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QToolTip>

namespace mathakine {

PerformanceChartView::PerformanceChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

QString PerformanceChartView::figuresText(const QueryBenchmarkResult &b)
{
    const auto ms = [](double v) { return ResultText::measure(v, QStringLiteral("ms")); };
    // The query's one status, as in the Checks tab and the EXPLAIN list.
    const QString title =
        b.title + QStringLiteral(" — ") + CheckText::statusName(BenchmarkRunner::status(b));
    if (!b.error.isEmpty())
        return title + QLatin1Char('\n') + b.error.section(QLatin1Char('\n'), 0, 0);
    return tr("%1\nclient: p50 %2, p95 %3, p99 %4, max %5, mean %6\nserver: p50 %7, p95 %8\np95 budget: %9")
        .arg(title, ms(b.client.p50), ms(b.client.p95), ms(b.client.p99), ms(b.client.max),
             ms(b.client.mean), ms(b.server.p50), ms(b.server.p95), ms(b.budgetMs));
}

void PerformanceChartView::setBenchmarks(const QList<QueryBenchmarkResult> &benchmarks)
{
    m_benchmarks = benchmarks;
    QChart *old = chart();
    // No figures (a run just started): a blank chart, not axes over an empty range.
    setChart(benchmarks.isEmpty()
                 ? new QChart
                 : PerformanceChart::createChart(benchmarks, benchmarks.constFirst().budgetMs));
    delete old;  // setChart leaves the previous chart to the caller
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty())
        return;
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.constFirst())) {
        connect(bars, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
            // The bars are drawn bottom-up, the first query on top.
            // The chart's own tooltip: the scene answers the view's tooltip events with it (a
            // QToolTip::showText from here was hidden at once by the scene's empty answer).
            const qsizetype query = m_benchmarks.size() - 1 - index;
            const bool valid = on && query >= 0 && query < m_benchmarks.size();
            chart()->setToolTip(valid ? figuresText(m_benchmarks.at(query)) : QString());
            if (valid)
                QToolTip::showText(QCursor::pos(), chart()->toolTip(), this);
        });
    }
}

}  // namespace mathakine
