#pragma once

#include "run/StallGuard.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace mathakine {

// The live "waiting sessions" panel of a migration run: the application sessions the stall
// guard sees waiting behind the migration (StallGuard.h), since when, for which lock, and their
// query; shown from begin() to end(), updated with each sample the run reports.
class WaitingSessionsPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit WaitingSessionsPanel(QWidget *parent = nullptr);

    // maxAppWaitMs: the run's --max-app-wait, shown and used to colour long waits.
    void begin(int maxAppWaitMs);
    void showSample(const StallSample &sample);
    void end();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCaption();

    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
    int m_maxAppWaitMs = 0;
    StallSample m_last;
};

}  // namespace mathakine
