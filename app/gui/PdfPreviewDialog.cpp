#include "PdfPreviewDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mathakine {

PdfPreviewDialog::PdfPreviewDialog(const QString &pdfPath, QWidget *parent)
    : QDialog(parent), m_document(new QPdfDocument(this))
{
    setWindowTitle(tr("Report preview — %1").arg(QFileInfo(pdfPath).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *path = new QLabel(pdfPath, this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(path);
    auto *view = new QPdfView(this);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    view->setDocument(m_document);
    m_document->load(pdfPath);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *folder = buttons->addButton(tr("Open folder"), QDialogButtonBox::ActionRole);
    QPushButton *open =
        buttons->addButton(tr("Open in the PDF viewer"), QDialogButtonBox::ActionRole);
    connect(folder, &QPushButton::clicked, this, [pdfPath] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(pdfPath).absolutePath()));
    });
    connect(open, &QPushButton::clicked, this,
            [pdfPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(pdfPath)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 900);
}

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

}  // namespace mathakine
