#include "PlaceholderPage.h"

#include <QCoreApplication>
#include <QEvent>

namespace mathakine {

PlaceholderPage::PlaceholderPage(const char *sourceText, QWidget *parent) : QLabel(parent), m_sourceText(sourceText)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setText(QCoreApplication::translate("MainWindow", m_sourceText));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setText(QCoreApplication::translate("MainWindow", m_sourceText));
    QLabel::changeEvent(event);
}

} // namespace mathakine
