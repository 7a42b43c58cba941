#pragma once

#include <QMainWindow>

class QLabel;

namespace mathakine {

class ConnectionHeader;

// The application window: connection header above the workflow steps.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();

    ConnectionHeader *m_header = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace mathakine
