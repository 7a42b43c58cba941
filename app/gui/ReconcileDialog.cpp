#include "ReconcileDialog.h"

#include "SqlHighlighter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mathakine {

ReconcileDialog::ReconcileDialog(const ReconcileScript &script, const QString &target,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reconcile with version %1").arg(script.version));
    auto *layout = new QVBoxLayout(this);
    QString intro =
        tr("The script below brings <b>%1</b> to the expected schema of version %2 without losing data: it adds what is missing, "
           "drops and renames nothing, then records the migrations up to %2 as applied.")
            .arg(target.toHtmlEscaped(), script.version);
    if (!script.canRun())
        intro +=
            QStringLiteral("<br><span style='color:#c62828'><b>%1</b></span>")
                .arg(tr(
                    "%n difference(s) need a person first (listed at the end, with the rows that block them).",
                    nullptr, static_cast<int>(script.conflicts.size())));
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *text = new QPlainTextEdit(script.text(), this);
    text->setObjectName(QStringLiteral("reconcileScript"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(text->document());
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton *run = buttons->addButton(tr("Reconcile…"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("runReconcile"));
    run->setEnabled(script.canRun());
    const QString all = script.text();
    connect(copy, &QPushButton::clicked, this,
            [all] { QGuiApplication::clipboard()->setText(all); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 640);
}

}  // namespace mathakine
