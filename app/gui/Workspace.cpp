#include "Workspace.h"

#include "BackgroundTask.h"
#include "common/Translations.h"
#include "gate/MaintenanceMode.h"
#include "run/MigrationUseCases.h"

#include <QDateTime>
#include <QLocale>

namespace mathakine {

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<WorkspaceSnapshot>();
    qRegisterMetaType<AppError>();
}

void Workspace::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    m_connected = true;
    m_snapshot = WorkspaceSnapshot{};  // nothing of the previous database stays readable
    m_readAt = {};
    emit connectionChanged();
    refresh();
}

void Workspace::setMigrationsDir(const QString &dir)
{
    m_migrationsDir = dir;
}

QString Workspace::language() const
{
    return Translations::current();
}

void Workspace::refresh()
{
    if (!m_connected)
        return;
    const quint64 generation = ++m_generation;
    const ConnectionSpec spec = m_spec;
    const QString dir = m_migrationsDir;
    const QString language = this->language();
    emit busyChanged(true);
    auto *task = Task<WorkspaceSnapshot>::start(
        [spec, dir, language](BackgroundTask &) -> Outcome<WorkspaceSnapshot> {
            WorkspaceSnapshot snapshot;
            snapshot.profile = spec.profile;
            auto loaded = MigrationCatalogLoader::load(dir);
            snapshot.catalog = loaded.catalog;
            snapshot.catalogErrors = loaded.errors;
            snapshot.findings = MigrationLinter::lint(loaded.catalog);
            auto session = DatabaseSession::open(spec, QStringLiteral("workspace"));
            if (!session)
                return session.error();
            snapshot.server = session.value()->server();
            auto inspection = usecase::inspect(*session.value(), loaded.catalog, language);
            if (!inspection)
                return inspection.error();
            snapshot.status = inspection->status;
            snapshot.history = inspection->history;
            for (const MigrationStatusEntry &e : snapshot.status.entries) {
                if (const Migration *m = loaded.catalog.find(e.version);
                    m && e.applied && e.state == MigrationState::Failed)
                    snapshot.forensics << FailureForensics::read(*session.value(), *m, *e.applied);
            }
            if (auto open = MaintenanceMode(*session.value()).active(); open && !open->isEmpty()) {
                const MaintenanceState &period = open->constFirst();
                snapshot.maintenance = QStringLiteral("%1 (%2, %3)")
                                           .arg(period.reason, period.operatorName,
                                                QLocale().toString(period.startedAt.toLocalTime(),
                                                                   QLocale::ShortFormat));
            }
            return snapshot;
        });
    task->onFinished(this, [this, generation](const WorkspaceSnapshot &snapshot) {
        if (generation != m_generation)
            return;
        m_snapshot = snapshot;
        m_readAt = QDateTime::currentDateTime();
        emit busyChanged(false);
        emit snapshotChanged(m_snapshot);
    });
    connect(task, &BackgroundTask::failed, this, [this, generation](const AppError &error) {
        if (generation != m_generation)
            return;
        emit busyChanged(false);
        emit refreshFailed(error);
    });
}

}  // namespace mathakine
