#pragma once

#include "log/LogBus.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mathakine {

// Live log lines from the LogBus with their date, time and level, filtered by level and text
// (the search reads the shown line, level name included); "open log file".
class LogView : public QWidget {
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    void setLogFile(const QString &path) { m_logFile = path; }
    // The lines shown now, as the user reads them: "2026-11-29 15:02:11  INFO  …" (the file keeps
    // the milliseconds).
    QStringList shownLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line {
        QDateTime time;
        LogBus::Level level;
        QString text;
    };
    static QString shownLine(const Line &line);
    void append(const QDateTime &time, LogBus::Level level, const QString &text);
    void rebuild();
    bool accepts(const Line &line) const;
    void retranslate();

    QList<Line> m_lines;
    QString m_logFile;
    QComboBox *m_level = nullptr;
    QLineEdit *m_search = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_open = nullptr;
};

}  // namespace mathakine
