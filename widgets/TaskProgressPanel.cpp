#include "TaskProgressPanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace mathakine {

TaskProgressPanel::TaskProgressPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_detail, 0, 1);
    layout->addWidget(m_bar, 1, 0, 1, 2);
    layout->addWidget(m_cancel, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        emit cancelRequested();
    });
    retranslate();
    hide();
}

void TaskProgressPanel::begin(const QString &title)
{
    m_title->setText(title);
    m_detail->clear();
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
}

void TaskProgressPanel::setProgress(int value, int maximum, const QString &text)
{
    m_bar->setRange(0, maximum);
    m_bar->setValue(value);
    m_detail->setText(text);
}

void TaskProgressPanel::end()
{
    hide();
}

void TaskProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskProgressPanel::retranslate()
{
    m_cancel->setText(tr("Cancel"));
}

}  // namespace mathakine
