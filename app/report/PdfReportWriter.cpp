#include "PdfReportWriter.h"

#include "ChartTextObject.h"
#include "PerformanceChart.h"
#include "ReportHtml.h"
#include "ReportTitlePage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace mathakine {

namespace {

constexpr int kResolution = 300;  // dots per inch of the PDF's coordinate system
constexpr qreal kFooterMillimeters = 9;

qreal mm(qreal millimeters)
{
    return millimeters / 25.4 * kResolution;
}

void prepare(QTextDocument &doc, QPdfWriter &writer, const QSizeF &pageSize)
{
    doc.documentLayout()->setPaintDevice(&writer);  // font metrics at the PDF's resolution
    doc.setDefaultStyleSheet(ReportHtml::styleSheet());
    doc.setDefaultFont(PerformanceChart::font(8.5));
    doc.setDocumentMargin(0);
    doc.setPageSize(pageSize);
}

// Puts the chart object where the body's marker stands; returns its position or -1.
int insertChart(QTextDocument &doc, const QSizeF &size)
{
    QTextCursor cursor = doc.find(ReportHtml::chartMarker());
    if (cursor.isNull())
        return -1;
    QTextCharFormat format;
    format.setObjectType(ChartTextObject::objectType);
    format.setProperty(ChartTextObject::sizeProperty, size);
    const int position = cursor.selectionStart();
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    // Qt 6.4's incremental relayout after this edit drops the blocks that follow a table
    // further down (they vanish from the paginated output): lay everything out again.
    doc.markContentsDirty(0, doc.characterCount());
    return position;
}

// The 1-based page a document position is laid out on.
int pageOf(QTextDocument &doc, int position, qreal pageHeight)
{
    const QTextBlock block = doc.findBlock(position);
    const QRectF box = doc.documentLayout()->blockBoundingRect(block);
    const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
    const qreal y = box.top() + (line.isValid() ? line.y() + line.height() / 2 : 0);
    return static_cast<int>(y / pageHeight) + 1;
}

// Headings get air above them (Qt drops a heading's CSS margin after a table) and never end a
// page: a heading whose next block starts on the next page moves there with it.
void placeHeadings(QTextDocument &doc, qreal pageHeight)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() < 2)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(mm(block.blockFormat().headingLevel() == 2 ? 6 : 4));
        cursor.setBlockFormat(format);
    }
    doc.markContentsDirty(
        0, doc.characterCount());  // as in insertChart: Qt 6.4's incremental relayout loses blocks
    for (int pass = 0; pass < 3; ++pass) {  // a moved heading can push a later one: a few passes
        bool moved = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextBlock next = block.next();
            if (block.blockFormat().headingLevel() == 0 || !next.isValid()
                || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            if (pageOf(doc, block.position(), pageHeight)
                == pageOf(doc, next.position(), pageHeight))
                continue;
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
            moved = true;
        }
        if (!moved)
            break;
        doc.markContentsDirty(0, doc.characterCount());
    }
}

}  // namespace

void PdfReportWriter::drawFooter(QPainter &painter, const QPdfWriter &writer,
                                 const ValidationReport &report, int page, int pageCount)
{
    const QRectF area(0, writer.height() - mm(kFooterMillimeters) + mm(3), writer.width(),
                      mm(kFooterMillimeters - 3));
    painter.save();
    painter.setFont(PerformanceChart::font(7));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawLine(area.topLeft(), area.topRight());
    const QString left =
        tr("Mathakine Admin — validation report — %1 — %2")
            .arg(report.database,
                 QLocale().toString(report.generatedAt.toLocalTime(), QLocale::ShortFormat));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page).arg(pageCount));
    painter.restore();
}

Outcome<PdfReportWriter::Written> PdfReportWriter::write(const ValidationReport &report,
                                                         const QString &path)
{
    AppError error;
    error.exitCode = ExitCode::Failed;
    error.file = path;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        error.message = tr("The PDF report needs a QApplication (Qt Charts).");
        return error;
    }
    QPdfWriter writer(path);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(16, 14, 16, 10), QPageLayout::Millimeter));
    writer.setTitle(ReportTitlePage::documentTitle(report));
    writer.setCreator(QStringLiteral("Mathakine Admin %1").arg(report.appVersion));
    const QSizeF bodySize(writer.width(), writer.height() - mm(kFooterMillimeters));

    PerformanceChart chart(
        report.result.benchmarks,
        report.result.benchmarks.isEmpty() ? 0 : report.result.benchmarks.constFirst().budgetMs);
    ChartTextObject handler(&chart, nullptr);
    QTextDocument title;
    prepare(title, writer, bodySize);
    title.setHtml(ReportTitlePage::html(report));
    title.documentLayout()->registerHandler(ChartTextObject::objectType, &handler);
    // On the first page, that a manager reads alone, as wide as the page for readable labels.
    const int chartPosition = report.result.benchmarks.isEmpty()
        ? -1
        : insertChart(title, QSizeF(bodySize.width(), bodySize.width() * 0.56));
    QTextDocument body;
    prepare(body, writer, bodySize);
    body.setHtml(ReportHtml::body(report));
    placeHeadings(body, bodySize.height());

    QPainter painter;
    if (!painter.begin(&writer)) {
        error.message = tr("Cannot write the PDF %1.").arg(path);
        error.hint = tr("Check that the folder %1 exists and is writable.")
                         .arg(QFileInfo(path).absolutePath());
        return error;
    }
    const int titlePages = title.pageCount();
    const int pageCount = titlePages + body.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        QTextDocument &doc = page < titlePages ? title : body;
        const int index = page < titlePages ? page : page - titlePages;
        painter.save();
        painter.setClipRect(
            QRectF(QPointF(0, 0), bodySize));  // nothing of the next page spills over
        painter.translate(0, -index * bodySize.height());
        doc.drawContents(&painter, QRectF(QPointF(0, index * bodySize.height()), bodySize));
        painter.restore();
        drawFooter(painter, writer, report, page + 1, pageCount);
    }
    painter.end();
    return Written{pageCount,
                   chartPosition >= 0 ? pageOf(title, chartPosition, bodySize.height()) : 0};
}

}  // namespace mathakine
