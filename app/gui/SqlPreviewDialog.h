#pragma once

#include <QDialog>

namespace mathakine {

// Shows the SQL a dry run would execute, highlighted, with a copy button.
class SqlPreviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit SqlPreviewDialog(const QString &sql, QWidget *parent = nullptr);
};

}  // namespace mathakine
