#pragma once

#include "connection/ConnectionProfile.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace mathakine {

// Asks before a migration action. On a production profile the administrator must type
// the database name, as the written rules demand.
class ConfirmRunDialog : public QDialog {
    Q_OBJECT

public:
    ConfirmRunDialog(const ConnectionProfile &profile, const QString &action, const QString &planText, QWidget *parent = nullptr);

private:
    QLineEdit *m_typedName = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace mathakine
