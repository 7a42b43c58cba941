#include "TestCopyDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mathakine {

TestCopyDialog::TestCopyDialog(Kind kind, const QString &source, const QString &suggestedDatabase,
                               bool allowReplace, QWidget *parent)
    : QDialog(parent)
{
    const bool clone = kind == Kind::Clone;
    setWindowTitle(clone ? tr("Clone into a test database") : tr("Restore into a test database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        clone ? tr("Back up <b>%1</b>, restore it into a new database on the same server "
                   "and save a profile tagged test for the copy.")
                    .arg(source.toHtmlEscaped())
              : tr("Restore <b>%1</b> into a new database on the connected server, "
                   "then compare its row counts with the backup.")
                    .arg(source.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_database = new QLineEdit(suggestedDatabase, this);
    m_database->setObjectName(QStringLiteral("databaseNameEdit"));
    form->addRow(tr("New database:"), m_database);
    if (clone) {
        m_profile = new QLineEdit(this);
        m_profile->setObjectName(QStringLiteral("profileNameEdit"));
        form->addRow(tr("Test profile:"), m_profile);
        // The placeholder shows the name DatabaseClone picks when this is left empty.
        const auto suggest = [this](const QString &db) {
            m_profile->setPlaceholderText(
                QCoreApplication::translate("DatabaseClone", "%1 (test)").arg(db.trimmed()));
        };
        suggest(suggestedDatabase);
        connect(m_database, &QLineEdit::textChanged, this, suggest);
    }
    layout->addLayout(form);
    m_replace = new QCheckBox(tr("Replace the database if it already exists"), this);
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    m_replace->setVisible(allowReplace);
    layout->addWidget(m_replace);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(clone ? tr("Clone") : tr("Restore"));
    connect(m_database, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    m_ok->setEnabled(!suggestedDatabase.trimmed().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_database->selectAll();
    setMinimumWidth(480);
}

QString TestCopyDialog::databaseName() const
{
    return m_database->text().trimmed();
}

QString TestCopyDialog::profileName() const
{
    return m_profile ? m_profile->text().trimmed() : QString();
}

bool TestCopyDialog::replaceExisting() const
{
    return !m_replace->isHidden() && m_replace->isChecked();
}

}  // namespace mathakine
