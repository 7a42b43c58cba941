#pragma once

#include <QObject>

namespace mathakine {

class MainWindow;

// For tools/screenshots: once the database is read, shows each workflow step in turn,
// saves the window as <dir>/<lang>-<n>-<step>.png, then quits.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString directory, QString language);

private:
    void shoot();
    void shootGenerationDialogs();

    MainWindow *m_window;
    QString m_directory;
    QString m_language;
    bool m_started = false;
};

}  // namespace mathakine
