#pragma once

#include <QDialog>

class QPdfDocument;

namespace mathakine {

// Shows an exported report inside the application (QtPdf), with the way to its folder.
class PdfPreviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit PdfPreviewDialog(const QString &pdfPath, QWidget *parent = nullptr);
    int pageCount() const;

private:
    QPdfDocument *m_document;
};

}  // namespace mathakine
