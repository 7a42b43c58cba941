#include "SeedDataButton.h"

#include "BackgroundTask.h"
#include "TaskProgressPanel.h"
#include "validate/DataSeeder.h"

#include <QEvent>
#include <QLocale>

namespace mathakine {

namespace {
// Enough rows for the plan's queries to read real pages and indexes, seeded in seconds.
SeedOptions modestVolumes()
{
    SeedOptions o;
    o.users = 20000;
    o.exercises = 2000;
    o.attempts = 100000;
    o.notifications = 50000;
    o.sessions = 20000;
    return o;
}
}  // namespace

SeedDataButton::SeedDataButton(TaskProgressPanel *progress, QWidget *parent)
    : QPushButton(parent), m_progress(progress)
{
    setVisible(false);
    retranslate();
    connect(this, &QPushButton::clicked, this, &SeedDataButton::seed);
}

void SeedDataButton::offerFor(const ConnectionSpec &spec, bool measuredNothing)
{
    m_spec = spec;
    setVisible(measuredNothing && !spec.profile.isProduction());
    setEnabled(!m_running);
}

void SeedDataButton::seed()
{
    if (m_running)
        return;
    m_running = true;
    setEnabled(false);
    const ConnectionSpec spec = m_spec;
    m_progress->begin(tr("Seeding test data into %1").arg(spec.profile.displayTarget()));
    auto *task = Task<SeedReport>::start([spec](BackgroundTask &t) {
        DataSeeder seeder(spec, modestVolumes(), t.cancelToken());
        seeder.setProgressHandler(
            [&t](const SeedProgress &p) { t.reportProgress(p.step, p.stepCount, p.table); });
        return seeder.run();
    });
    connect(task, &BackgroundTask::progressed, m_progress, &TaskProgressPanel::setProgress);
    auto done = [this] {
        m_running = false;
        m_progress->end();
        setEnabled(true);
    };
    task->onFinished(this, [this, done](const SeedReport &report) {
        done();
        setVisible(false);
        emit seeded(tr("%1 rows of test data inserted.").arg(QLocale().toString(report.totalRows)));
    });
    connect(task, &BackgroundTask::failed, this, [this, done](const AppError &error) {
        done();
        emit seedFailed(error.fullText());
    });
    connect(task, &BackgroundTask::canceled, this, [this, done] {
        done();
        emit seedFailed(tr("Seeding canceled: nothing was inserted."));
    });
    connect(m_progress, &TaskProgressPanel::cancelRequested, task, &BackgroundTask::cancel);
}

void SeedDataButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void SeedDataButton::retranslate()
{
    setText(tr("Seed test data and validate again"));
    setToolTip(tr(
        "Fills the empty tables of this test database with synthetic data (as mathakine-admin seed, smaller), "
        "then runs the validation again"));
}

}  // namespace mathakine
