#include "SqlPreviewDialog.h"

#include "SqlHighlighter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mathakine {

SqlPreviewDialog::SqlPreviewDialog(const QString &sql, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("SQL that would run (dry run — nothing is changed)"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QPlainTextEdit(sql, this);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(text->document());
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [sql] { QGuiApplication::clipboard()->setText(sql); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 600);
}

}  // namespace mathakine
