#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mathakine {

// The one progress strip for every long task: what is running, a bar, and Cancel.
class TaskProgressPanel : public QWidget {
    Q_OBJECT

public:
    explicit TaskProgressPanel(QWidget *parent = nullptr);

    void begin(const QString &title);
    void setProgress(int value, int maximum, const QString &text);
    void end();

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace mathakine
