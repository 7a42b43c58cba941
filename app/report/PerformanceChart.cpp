#include "PerformanceChart.h"

#include "CheckText.h"
#include "validate/BenchmarkRunner.h"
#include "validate/ResultText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>

#include <cmath>

namespace mathakine {

namespace {
// Logical size the chart is laid out at; render() scales it to the target as vectors.
// Small enough that the labels print at about 9 pt across an A4 page.
constexpr qreal kLayoutWidth = 900;
constexpr qreal kLayoutHeight = 504;
}  // namespace

QString PerformanceChart::title()
{
    return tr("Query latency p50 and p95 (client side) against the p95 budget");
}

QFont PerformanceChart::font(qreal pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

PerformanceChart::PerformanceChart(const QList<QueryBenchmarkResult> &benchmarks, double budgetMs)
    : m_chart(createChart(benchmarks, budgetMs))
{
    m_scene.addItem(m_chart);
    m_chart->setGeometry(QRectF(0, 0, kLayoutWidth, kLayoutHeight));
    m_scene.setSceneRect(m_chart->geometry());
}

QChart *PerformanceChart::createChart(const QList<QueryBenchmarkResult> &benchmarks,
                                      double budgetMs)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(title());
    chart->setTitleFont(font(12, true));

    auto *p50 = new QBarSet(tr("p50"));
    auto *p95 = new QBarSet(tr("p95"));
    for (QBarSet *set : {p50, p95}) {
        set->setLabelFont(font(9));
        set->setLabelColor(
            QColor(0x33, 0x33, 0x33));  // the light theme draws them white, outside the bar
    }
    p50->setColor(p50Color());
    p95->setColor(p95Color());
    p50->setBorderColor(p50Color().darker(130));
    p95->setBorderColor(p95Color().darker(130));
    QStringList categories;
    double smallest = budgetMs > 0 ? budgetMs : 1;
    double largest = smallest;
    // Horizontal bars are drawn bottom-up: reverse so the first query is on top.
    for (auto it = benchmarks.crbegin(); it != benchmarks.crend(); ++it) {
        // The same mark as the checks list and the EXPLAIN tab: one status per query everywhere.
        categories << CheckText::statusMark(BenchmarkRunner::status(*it)) + QLatin1Char(' ')
                + it->title;
        p50->append(it->client.p50);
        p95->append(it->client.p95);
        for (double v : {it->client.p50, it->client.p95}) {
            if (v > 0)
                smallest = qMin(smallest, v);
        }
        largest = qMax(largest, it->client.p95);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(p50);
    bars->append(p95);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(3);
    bars->setLabelsFormat(tr("@value ms"));
    chart->addSeries(bars);

    auto *budget = new QLineSeries;
    budget->setName(tr("p95 budget: %1").arg(ResultText::measure(budgetMs, QStringLiteral("ms"))));
    QPen pen(budgetColor());
    pen.setWidthF(3);
    pen.setStyle(Qt::DashLine);
    budget->setPen(pen);
    const qreal top = static_cast<qreal>(categories.size()) - 0.5;
    budget->append(budgetMs, -0.5);
    budget->append(budgetMs, top);
    chart->addSeries(budget);

    auto *queries = new QBarCategoryAxis;
    queries->append(categories);
    // Logarithmic: a 0.05 ms query and a 300 ms budget both read on the same axis.
    auto *milliseconds = new QLogValueAxis;
    milliseconds->setBase(10);
    milliseconds->setRange(std::pow(10.0, std::floor(std::log10(smallest / 2))),
                           std::pow(10.0, std::ceil(std::log10(largest * 3))));
    // No label format: with localised numbers Qt 6.4 prints nothing for "%g"; the default gives
    // "0,1 … 1 000,0".
    milliseconds->setMinorTickCount(8);
    milliseconds->setTitleText(tr("milliseconds (logarithmic scale)"));
    chart->addAxis(queries, Qt::AlignLeft);
    chart->addAxis(milliseconds, Qt::AlignBottom);
    bars->attachAxis(queries);
    bars->attachAxis(milliseconds);
    budget->attachAxis(milliseconds);
    budget->attachAxis(queries);
    queries->setLabelsFont(font(11));
    milliseconds->setLabelsFont(font(10));
    milliseconds->setTitleFont(font(10));
    chart->legend()->setFont(font(10));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void PerformanceChart::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_scene.render(painter, target, m_scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

}  // namespace mathakine
