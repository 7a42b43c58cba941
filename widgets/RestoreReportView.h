#pragma once

#include "backup/RestoreJob.h"

#include <QLabel>

#include <optional>

namespace mathakine {

// What a restore produced, for a person: where, how long, and whether the row counts
// match the ones recorded with the backup (the differences listed), plus pg_restore's errors.
class RestoreReportView : public QLabel {
    Q_OBJECT

public:
    explicit RestoreReportView(QWidget *parent = nullptr);

    void showReport(const RestoreReport &report);
    void clearReport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<RestoreReport> m_report;  // kept to redraw it in another language
};

}  // namespace mathakine
