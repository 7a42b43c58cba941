#include "HelpWindows.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace mathakine {

namespace {
const QString kGuide = QStringLiteral(":/guide/guide-fr.md");

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&'));  // the mnemonic marker of menu texts
}
}  // namespace

GuideWindow::GuideWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User guide (in French)"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (QFile::exists(kGuide))
        m_browser->setSource(QUrl(QStringLiteral("qrc") + kGuide), QTextDocument::MarkdownResource);
    else
        m_browser->setPlainText(tr("The guide is not part of this build."));
    resize(980, 760);
}

QString GuideWindow::shownText() const
{
    return m_browser->toPlainText();
}

void GuideWindow::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    QTimer::singleShot(0, this, &GuideWindow::fitImages);  // once the layout has sized the viewport
}

void GuideWindow::fitImages()
{
    // The screenshots are as wide as the main window: scaled down to the reading width.
    const qreal width =
        m_browser->viewport()->width() - 2 * m_browser->document()->documentMargin() - 4;
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture =
                document->resource(QTextDocument::ImageResource, QUrl(image.name()))
                    .value<QImage>();
            if (picture.isNull() || picture.width() <= 0)
                continue;
            const qreal shown = qMin<qreal>(width, picture.width());
            if (qFuzzyCompare(image.width(), shown))
                continue;
            image.setWidth(shown);
            image.setHeight(shown * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<std::pair<QString, QKeySequence>> shortcuts;
    QList<QKeySequence> seen;
    auto add = [&](const QString &text, const QKeySequence &keys) {
        if (keys.isEmpty() || text.isEmpty() || seen.contains(keys))
            return;
        seen << keys;
        shortcuts.append({plainText(text), keys});
    };
    for (QAction *action : window->findChildren<QAction *>())
        add(action->text(), action->shortcut());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        add(button->text(), button->shortcut());
    auto *table = new QTableWidget(static_cast<int>(shortcuts.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < shortcuts.size(); ++row) {
        const QString keys = shortcuts.at(row).second.toString(QKeySequence::NativeText);
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(keys));
        m_rows << shortcuts.at(row).first + QLatin1Char('\t') + keys;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 460);
}

}  // namespace mathakine
