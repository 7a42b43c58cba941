#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace mathakine {

class PerformanceChart;

// Lets a QTextDocument hold the performance chart inline, so the chart flows with its section
// and is painted by the document's own painter (vectors in a PDF).
class ChartTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int sizeProperty = QTextFormat::UserProperty + 1;  // QSizeF in document units

    ChartTextObject(PerformanceChart *chart, QObject *parent);
    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    PerformanceChart *m_chart;
};

}  // namespace mathakine
