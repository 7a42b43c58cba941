#include "LogView.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mathakine {

namespace {
constexpr int kMaxLines = 5000;  // the file keeps everything; the view keeps the recent part
}  // namespace

LogView::LogView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_level = new QComboBox(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_open = new QPushButton(this);
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_open);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kMaxLines);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    retranslate();
    connect(LogBus::instance(), &LogBus::lineLogged, this, &LogView::append);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogView::rebuild);
    connect(m_search, &QLineEdit::textChanged, this, &LogView::rebuild);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_logFile.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_logFile));
    });
}

QString LogView::shownLine(const Line &line)
{
    // Date, time and level: a line copied into a ticket still says when and how serious. The
    // level is part of the line, so searching « erreur » finds the errors.
    return QStringLiteral("%1  %2  %3")
        .arg(QLocale().toString(line.time, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             LogBus::levelName(line.level).toUpper().leftJustified(13), line.text);
}

QStringList LogView::shownLines() const
{
    const QString all = m_text->toPlainText();
    return all.isEmpty() ? QStringList() : all.split(QLatin1Char('\n'));
}

bool LogView::accepts(const Line &line) const
{
    return line.level >= m_level->currentIndex()
        && (m_search->text().isEmpty()
            || shownLine(line).contains(m_search->text(), Qt::CaseInsensitive));
}

void LogView::append(const QDateTime &time, LogBus::Level level, const QString &text)
{
    m_lines << Line{time, level, text};
    if (m_lines.size() > kMaxLines)
        m_lines.removeFirst();
    if (accepts(m_lines.constLast()))
        m_text->appendPlainText(shownLine(m_lines.constLast()));
}

void LogView::rebuild()
{
    m_text->clear();
    // Shown while nothing matches, so an empty view is not mistaken for an empty log.
    m_text->setPlaceholderText(
        m_search->text().isEmpty()
            ? tr("No line at this level yet.")
            : tr("No line matches “%1” at this level.").arg(m_search->text()));
    for (const Line &line : std::as_const(m_lines)) {
        if (accepts(line))
            m_text->appendPlainText(shownLine(line));
    }
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();  // the level names are in the lines
    }
    QWidget::changeEvent(event);
}

void LogView::retranslate()
{
    const int current = qMax(0, m_level->currentIndex());
    const QSignalBlocker blocker(m_level);
    m_level->clear();
    m_level->addItems({tr("Debug and above"), tr("Information and above"),
                       tr("Warnings and errors"), tr("Errors only")});
    m_level->setCurrentIndex(current == 0 && m_lines.isEmpty() ? 1 : current);
    m_search->setPlaceholderText(tr("Search the log…"));
    m_open->setText(tr("Open log file"));
}

}  // namespace mathakine
