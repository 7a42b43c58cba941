#include "RestoreReportView.h"

#include "BackupListModel.h"
#include "StatusColors.h"

#include <QEvent>
#include <QLocale>

namespace mathakine {

namespace {
constexpr int kMaxListed = 20;  // a long list would push the page out of the window

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
}  // namespace

RestoreReportView::RestoreReportView(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("restoreReport"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void RestoreReportView::showReport(const RestoreReport &report)
{
    m_report = report;
    render();
    show();
}

void RestoreReportView::clearReport()
{
    m_report.reset();
    clear();
    hide();
}

void RestoreReportView::render()
{
    if (!m_report)
        return;
    const RestoreReport &r = *m_report;
    const QLocale locale;
    QStringList lines;
    lines << tr("Restored into database <b>%1</b> in %2.")
                 .arg(escaped(r.database), BackupListModel::durationText(r.durationMs));
    const auto ok = [](const QString &text) {
        return StatusColors::span(StatusColors::good(), QStringLiteral("✔ ") + text);
    };
    const auto bad = [](const QString &text) {
        return StatusColors::span(StatusColors::bad(), QStringLiteral("✘ ") + text);
    };
    if (!r.countsRecorded)
        lines << tr("No row counts were recorded for this backup: nothing to compare.");
    else if (r.differences.isEmpty())
        lines << ok(tr("Identical row counts for %n table(s).", nullptr,
                       static_cast<int>(r.rowCounts.size())));
    else
        lines << bad(tr("%n table(s) differ from the backup:", nullptr,
                        static_cast<int>(r.differences.size())));
    for (qsizetype i = 0; i < r.differences.size() && i < kMaxListed; ++i) {
        const RowCountDifference &d = r.differences.at(i);
        const QString expected = d.expected < 0 ? tr("absent") : locale.toString(d.expected);
        const QString actual = d.actual < 0 ? tr("absent") : locale.toString(d.actual);
        lines << QStringLiteral("&nbsp;&nbsp;")
                + tr("%1: %2 rows in the backup, %3 restored")
                      .arg(escaped(d.table), expected, actual);
    }
    // pg_restore errors never reach a report: they fail the restore (RestoreJob).
    const qsizetype hidden = qMax<qsizetype>(0, r.differences.size() - kMaxListed);
    if (hidden > 0)
        lines << tr("… and %n more.", nullptr, static_cast<int>(hidden));
    setText(lines.join(QStringLiteral("<br>")));
}

void RestoreReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

}  // namespace mathakine
