#include "MainWindow.h"

#include "ConnectionHeader.h"
#include "common/SettingsKeys.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace mathakine {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_header = new ConnectionHeader(central);
    m_placeholder = new QLabel(central);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_header);
    layout->addWidget(m_placeholder, 1);
    setCentralWidget(central);
    resize(1100, 720);
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(settings::windowGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(settings::windowState)).toByteArray());
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(settings::windowGeometry), saveGeometry());
    settings.setValue(QLatin1String(settings::windowState), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Mathakine Admin"));
    m_placeholder->setText(tr("Migrations, schema, validation and backups will appear here."));
}

} // namespace mathakine
