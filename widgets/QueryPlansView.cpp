#include "QueryPlansView.h"

#include "CheckResultsModel.h"
#include "CheckText.h"
#include "PerformanceChartView.h"
#include "validate/BenchmarkRunner.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace mathakine {

QueryPlansView::QueryPlansView(QWidget *parent)
    : QWidget(parent), m_queries(new QListWidget(this)), m_summary(new QLabel(this)),
      m_plan(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Long titles wrap: the list needs no horizontal scroll bar.
    m_queries->setWordWrap(true);
    m_queries->setTextElideMode(Qt::ElideNone);
    m_queries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queries->setResizeMode(QListView::Adjust);
    m_queries->setSpacing(2);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_plan, 1);
    splitter->addWidget(m_queries);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 700});
    layout->addWidget(splitter);
    connect(m_queries, &QListWidget::currentRowChanged, this, &QueryPlansView::showQuery);
}

void QueryPlansView::setBenchmarks(const QList<QueryBenchmarkResult> &benchmarks)
{
    m_benchmarks = benchmarks;
    m_queries->clear();
    for (const QueryBenchmarkResult &b : benchmarks) {
        const CheckStatus status = BenchmarkRunner::status(b);  // the status the Checks tab shows
        auto *item = new QListWidgetItem(CheckResultsModel::statusIcon(status), b.title);
        item->setData(CheckResultsModel::StatusIdRole, ValidationResult::statusId(status));
        item->setToolTip(CheckText::statusName(status));
        m_queries->addItem(item);
    }
    if (benchmarks.isEmpty()) {
        m_summary->clear();
        m_plan->clear();
    } else {
        m_queries->setCurrentRow(0);
    }
}

void QueryPlansView::showQuery(int row)
{
    if (row < 0 || row >= m_benchmarks.size())
        return;
    const QueryBenchmarkResult &b = m_benchmarks.at(row);
    const QString none = tr("none");
    QString text = PerformanceChartView::figuresText(b).toHtmlEscaped().replace(
        QLatin1Char('\n'), QLatin1String("<br>"));
    text += QLatin1String("<br>")
        + tr("Expected indexes: %1")
              .arg(b.expectedIndexes.isEmpty()
                       ? none
                       : b.expectedIndexes.join(QLatin1String(", ")).toHtmlEscaped());
    text += QLatin1String("<br>")
        + tr("Indexes used by the plan: %1")
              .arg(b.usedIndexes.isEmpty()
                       ? none
                       : b.usedIndexes.join(QLatin1String(", ")).toHtmlEscaped());
    if (!b.parameters.isEmpty())
        text += QLatin1String("<br>")
            + tr("Parameters: %1").arg(b.parameters.join(QLatin1String(", ")).toHtmlEscaped());
    m_summary->setText(text);
    m_plan->setPlainText(b.sql.trimmed() + QLatin1String("\n\n")
                         + (b.error.isEmpty() ? b.planExcerpt : b.error));
}

QString QueryPlansView::shownText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_plan->toPlainText();
}

}  // namespace mathakine
