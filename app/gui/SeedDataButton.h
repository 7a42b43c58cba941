#pragma once

#include "connection/ConnectionProfile.h"

#include <QPushButton>

namespace mathakine {

class TaskProgressPanel;

// The way out of a validation that measured empty tables (issue 17 item 7): fills the
// connected test database with a modest synthetic data set (DataSeeder, off the UI thread,
// progress in the given panel) and says when it is done. DataSeeder itself refuses a
// production profile; the button is only offered on other ones.
class SeedDataButton : public QPushButton {
    Q_OBJECT

public:
    SeedDataButton(TaskProgressPanel *progress, QWidget *parent);
    // Shows the button when a report measured nothing on a database that may be seeded.
    void offerFor(const ConnectionSpec &spec, bool measuredNothing);
    bool isRunning() const { return m_running; }

signals:
    void seeded(const QString &summary);  // translated: what was inserted
    void seedFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void seed();
    void retranslate();

    TaskProgressPanel *m_progress;
    ConnectionSpec m_spec;
    bool m_running = false;
};

}  // namespace mathakine
