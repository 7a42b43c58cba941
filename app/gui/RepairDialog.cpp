#include "RepairDialog.h"

#include "SqlHighlighter.h"
#include "StatusColors.h"
#include "run/MigrationObjects.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mathakine {

namespace {
QPlainTextEdit *codeView(QWidget *parent, bool sql)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (sql)
        new SqlHighlighter(view->document());
    return view;
}
}  // namespace

RepairDialog::RepairDialog(const QString &version, QList<RepairOption> options, QWidget *parent)
    : QDialog(parent), m_options(std::move(options))
{
    setWindowTitle(tr("Repair migration %1").arg(version));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Migration %1 is recorded as failed. Choose a way out: each one shows the SQL it runs and "
           "what it leaves; nothing runs before you apply it, and the choice is kept in the audit log with its SQL.")
            .arg(version),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_choices = new QListWidget(this);
    m_choices->setMaximumWidth(300);
    for (const RepairOption &o : m_options) {
        auto *item = new QListWidgetItem(o.title(), m_choices);
        if (!o.available)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    row->addWidget(m_choices);
    auto *right = new QVBoxLayout;
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_history = new QLabel(this);
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_sql = codeView(this, true);
    m_diff = codeView(this, false);
    m_diff->setMaximumHeight(120);
    right->addWidget(m_verdict);
    right->addWidget(new QLabel(tr("SQL it runs:"), this));
    right->addWidget(m_sql, 1);
    right->addWidget(m_history);
    right->addWidget(new QLabel(
        tr("Differences it would leave on the migration's objects if it succeeds:"), this));
    right->addWidget(m_diff);
    row->addLayout(right, 1);
    layout->addLayout(row, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply this repair"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_choices, &QListWidget::currentRowChanged, this, &RepairDialog::showOption);
    const auto firstAvailable = std::find_if(m_options.cbegin(), m_options.cend(),
                                             [](const RepairOption &o) { return o.available; });
    m_choices->setCurrentRow(firstAvailable == m_options.cend()
                                 ? 0
                                 : static_cast<int>(firstAvailable - m_options.cbegin()));
    resize(980, 620);
}

const RepairOption &RepairDialog::chosen() const
{
    return m_options.at(std::max(0, m_choices->currentRow()));
}

void RepairDialog::choose(RepairChoice choice)
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i).choice == choice)
            m_choices->setCurrentRow(i);
    }
}

void RepairDialog::showOption(int row)
{
    if (row < 0 || row >= m_options.size())
        return;
    const RepairOption &o = m_options.at(row);
    QPalette colours = m_verdict->palette();
    colours.setColor(QPalette::WindowText,
                     o.available ? StatusColors::good() : StatusColors::bad());
    m_verdict->setPalette(colours);
    m_verdict->setText(o.available ? tr("Possible now.") : tr("Not possible: %1").arg(o.refusal));
    m_sql->setPlainText(o.sql.isEmpty() ? tr("-- No statement: only the history changes.")
                                        : o.sqlText());
    m_history->setText(tr("History: %1").arg(o.bookkeeping));
    const QString target = o.targetVersion.isEmpty() ? QStringLiteral("base") : o.targetVersion;
    if (!o.hasSnapshot)
        m_diff->setPlainText(tr("Unknown: no expected snapshot at %1.").arg(target));
    else if (o.diffLeft.isEmpty())
        m_diff->setPlainText(
            tr("None: its objects would match the expected snapshot at %1.").arg(target));
    else
        m_diff->setPlainText(tr("Against the expected snapshot at %1:").arg(target)
                             + QLatin1Char('\n') + MigrationObjectsDiff::describe(o.diffLeft));
    m_apply->setEnabled(o.available);
}

}  // namespace mathakine
