#include "ConfirmRunDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mathakine {

ConfirmRunDialog::ConfirmRunDialog(const ConnectionProfile &profile, const QString &action, const QString &planText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Confirm: %1").arg(action));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b> on <b>%2</b> (%3):").arg(action.toHtmlEscaped(), profile.displayTarget().toHtmlEscaped(),
                                                                     environmentDisplayName(profile.environment)), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *plan = new QPlainTextEdit(planText, this);
    plan->setReadOnly(true);
    layout->addWidget(plan, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(action);
    if (profile.isProduction()) {
        auto *warning = new QLabel(tr("<span style='color:#c62828'><b>Production database.</b></span> "
                                      "Type the database name <b>%1</b> to confirm.").arg(profile.database.toHtmlEscaped()), this);
        warning->setWordWrap(true);
        m_typedName = new QLineEdit(this);
        m_typedName->setObjectName(QStringLiteral("typedDatabaseName"));
        layout->addWidget(warning);
        layout->addWidget(m_typedName);
        m_ok->setEnabled(false);
        connect(m_typedName, &QLineEdit::textChanged, this,
                [this, name = profile.database](const QString &text) { m_ok->setEnabled(text == name); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 420);
}

} // namespace mathakine
