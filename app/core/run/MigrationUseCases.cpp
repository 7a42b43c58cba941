#include "run/MigrationUseCases.h"

#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"

namespace mathakine::usecase {

Outcome<Inspection> inspect(const DatabaseSession &session, const MigrationCatalog &catalog,
                            const QString &language, const QString &historySchema)
{
    auto history = HistoryStore(session, historySchema).load();
    if (!history)
        return history.error();
    Inspection inspection{session.server(), history.value(),
                          MigrationStatus::compute(catalog, history.value(), language)};
    inspection.status.lockHolder = MigrationLock::holder(session);
    if (Status s = AlembicRevision::attach(session, catalog, inspection.history, inspection.status);
        !s)
        return s.error();
    return inspection;
}

Outcome<Inspection> inspect(const ConnectionSpec &spec, const MigrationCatalog &catalog,
                            const QString &language, const QString &historySchema)
{
    auto session = DatabaseSession::open(spec, QStringLiteral("inspect"));
    if (!session)
        return session.error();
    return inspect(*session.value(), catalog, language, historySchema);
}

Outcome<MigrationPlan> plan(const Inspection &inspection, const MigrationCatalog &catalog,
                            RunAction action, const QString &target)
{
    return action == RunAction::Downgrade
        ? MigrationPlan::forDowngrade(catalog, inspection.status, target)
        : MigrationPlan::forUpgrade(catalog, inspection.status, target);
}

}  // namespace mathakine::usecase
