#include "ChartTextObject.h"

#include "PerformanceChart.h"

namespace mathakine {

ChartTextObject::ChartTextObject(PerformanceChart *chart, QObject *parent)
    : QObject(parent), m_chart(chart)
{}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(sizeProperty).toSizeF();
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &)
{
    m_chart->render(painter, rect);
}

}  // namespace mathakine
