#include "MigrationDetailsView.h"

#include "SqlHighlighter.h"
#include "StatusColors.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mathakine {

namespace {
QPlainTextEdit *sqlEditor(QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setReadOnly(true);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(editor->document());
    return editor;
}
}  // namespace

MigrationDetailsView::MigrationDetailsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_up = sqlEditor(m_tabs);
    m_up->setObjectName(QStringLiteral("upSql"));
    m_down = sqlEditor(m_tabs);
    m_down->setObjectName(QStringLiteral("downSql"));
    m_findings = new QTreeWidget(m_tabs);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setStretchLastSection(true);
    m_tabs->addTab(m_up, QString());
    m_tabs->addTab(m_down, QString());
    m_tabs->addTab(m_findings, QString());
    m_record = new QPlainTextEdit(m_tabs);
    m_record->setReadOnly(true);
    m_record->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_record, QString());
    m_tabs->setTabVisible(3, false);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

QString MigrationDetailsView::sectionText(const Migration &migration,
                                          const MigrationSection &section)
{
    if (!section.present || section.firstLine < 1)
        return {};
    QStringList lines = migration.text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    // The section runs to the other section's marker line when that comes later, else to the end.
    const MigrationSection &other = &section == &migration.up ? migration.down : migration.up;
    qsizetype first = section.firstLine - 1;  // 0-based
    qsizetype end =
        other.present && other.firstLine > section.firstLine ? other.firstLine - 2 : lines.size();
    end = qMin(end, lines.size());
    while (first < end && lines.at(first).trimmed().isEmpty())
        ++first;
    while (end > first && lines.at(end - 1).trimmed().isEmpty())
        --end;
    return lines.mid(first, end - first).join(QLatin1Char('\n'));
}

void MigrationDetailsView::showFile(const QString &title, const QString &stateDetail,
                                    const QString &text)
{
    showMigration(nullptr, title, stateDetail, {});
    m_up->setPlainText(text);
    m_tabs->setCurrentIndex(0);
}

void MigrationDetailsView::showMigration(const Migration *migration, const QString &title,
                                         const QString &stateDetail,
                                         const QList<LintFinding> &findings)
{
    m_showing = true;
    m_heading->setText(title);
    m_state->setText(stateDetail);
    m_up->setPlainText(migration ? sectionText(*migration, migration->up)
                                 : tr("The file of this migration is missing."));
    m_down->setPlainText(migration ? sectionText(*migration, migration->down) : QString());
    m_findings->clear();
    if (findings.isEmpty()) {
        auto *none = new QTreeWidgetItem(
            m_findings, {tr("No lint finding: this migration follows every rule.")});
        none->setFirstColumnSpanned(true);
    }
    for (const LintFinding &f : findings) {
        auto *item = new QTreeWidgetItem(m_findings,
                                         {MigrationLinter::severityName(f.severity),
                                          QString::number(f.line), f.rule, f.message});
        item->setToolTip(3, f.message + QStringLiteral("\n\n") + f.statement);
        if (f.severity == LintFinding::Severity::Error)
            item->setForeground(0, StatusColors::bad());
    }
    m_findingCount = static_cast<int>(findings.size());
    m_tabs->setTabText(2, tr("Lint (%1)").arg(m_findingCount));
}

void MigrationDetailsView::showRunRecord(const QString &text, bool selectIt)
{
    m_record->setPlainText(text);
    m_tabs->setTabVisible(3, !text.isEmpty());
    if (selectIt && !text.isEmpty())
        m_tabs->setCurrentIndex(3);
    else if (m_tabs->currentIndex() == 3 && text.isEmpty())
        m_tabs->setCurrentIndex(0);
}

void MigrationDetailsView::clear()
{
    showRunRecord({}, false);
    m_showing = false;
    m_heading->setText(tr("Select a migration"));
    m_state->setText(tr("Choose one in the timeline to see its SQL and its lint findings."));
    m_up->clear();
    m_down->clear();
    m_findings->clear();
    m_findingCount = 0;
}

void MigrationDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MigrationDetailsView::retranslate()
{
    m_tabs->setTabText(0, tr("Up (apply)"));
    m_tabs->setTabText(1, tr("Down (revert)"));
    m_tabs->setTabText(2, tr("Lint (%1)").arg(m_showing ? m_findingCount : 0));
    m_tabs->setTabText(3, tr("Run record"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Line"), tr("Rule"), tr("Explanation")});
    m_down->setPlaceholderText(tr("This migration has no down section: it cannot be reverted."));
    if (!m_showing)
        clear();
}

}  // namespace mathakine
