#include "WaitingSessionsPanel.h"

#include "StatusColors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mathakine {

namespace {
enum Column { Session, Application, Since, Waited, Lock, Query, ColumnCount };
}  // namespace

WaitingSessionsPanel::WaitingSessionsPanel(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("waitingSessions"));
    auto *layout = new QVBoxLayout(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(140);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    retranslate();
    hide();
}

void WaitingSessionsPanel::begin(int maxAppWaitMs)
{
    m_maxAppWaitMs = maxAppWaitMs;
    m_last = {};
    m_table->setRowCount(0);
    updateCaption();
    show();
}

void WaitingSessionsPanel::showSample(const StallSample &sample)
{
    m_last = sample;
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(sample.sessions.size()));
    for (int row = 0; row < sample.sessions.size(); ++row) {
        const WaitingSession &s = sample.sessions.at(row);
        const QStringList cells{
            QString::number(s.pid),
            s.application.isEmpty() ? s.user : tr("%1 (%2)").arg(s.application, s.user),
            locale.toString(s.since.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
            tr("%1 s").arg(locale.toString(s.waitedMs / 1000.0, 'f', 1)),
            s.relation.isEmpty() ? s.lockMode : tr("%1 on %2").arg(s.lockMode, s.relation),
            s.query.simplified()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == Waited && m_maxAppWaitMs > 0 && s.waitedMs * 2 >= m_maxAppWaitMs)
                item->setForeground(s.waitedMs >= m_maxAppWaitMs ? StatusColors::bad()
                                                                 : StatusColors::warning());
            if (column == Query)
                item->setToolTip(s.query);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateCaption();
}

void WaitingSessionsPanel::end()
{
    hide();
}

void WaitingSessionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void WaitingSessionsPanel::updateCaption()
{
    const QString limit =
        tr("The migration's statement is canceled once a session has waited %1 s (--max-app-wait).")
            .arg(QLocale().toString(m_maxAppWaitMs / 1000.0, 'f', 1));
    m_caption->setText((m_last.sessions.isEmpty()
                            ? tr("No application session waits behind the migration.")
                            : tr("%n session(s) waiting behind the migration.", nullptr,
                                 static_cast<int>(m_last.sessions.size())))
                       + QLatin1Char(' ') + limit);
}

void WaitingSessionsPanel::retranslate()
{
    setTitle(tr("Waiting sessions"));
    m_table->setHorizontalHeaderLabels({tr("Session"), tr("Application (user)"), tr("Since"),
                                        tr("Waiting"), tr("Lock"), tr("Query")});
    updateCaption();
}

}  // namespace mathakine
