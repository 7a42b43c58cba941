#pragma once

#include <QDateTime>
#include <QObject>

namespace mathakine {

// Carries log lines (already redacted) to whoever displays them, e.g. the GUI log panel.
// Emitted from any thread; receivers in the GUI thread get them queued.
class LogBus : public QObject {
    Q_OBJECT

public:
    enum Level { Debug, Info, Warning, Error };
    Q_ENUM(Level)

    static LogBus *instance();
    // The level as the user reads it, in the current language: "info", "avertissement"…
    static QString levelName(Level level);

signals:
    void lineLogged(const QDateTime &time, mathakine::LogBus::Level level, const QString &text);

private:
    LogBus() = default;
    friend class LogBusSink;
};

}  // namespace mathakine
