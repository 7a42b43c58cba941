#pragma once

#include "log/LogBus.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mathakine {

// Live log lines from the LogBus, filtered by level and text; "open log file".
class LogView : public QWidget {
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    void setLogFile(const QString &path) { m_logFile = path; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line {
        QDateTime time;
        LogBus::Level level;
        QString text;
    };
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

} // namespace mathakine
