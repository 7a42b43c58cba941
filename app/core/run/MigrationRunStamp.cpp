#include "run/MigrationRun.h"

#include "migrate/CreatedObjects.h"
#include "run/MigrationRunLocked.h"

#include <QSqlError>

#include <algorithm>

namespace mathakine {

// stamp: records migrations as applied without running them, after checking that the objects
// they create exist (Alembic's `stamp` records blindly; Flyway's baseline only marks a start).
Outcome<RunReport> MigrationRun::stampLocked(Locked &locked, const MigrationCatalog &catalog,
                                             int targetIndex)
{
    const DatabaseSession &session = *locked.session;
    const qint64 ceiling =
        targetIndex >= 0 ? catalog.migrations.at(targetIndex).version.toLongLong() : -1;
    QStringList missing;
    QStringList invalid;
    QList<const Migration *> toRecord;
    for (int i = 0; i <= targetIndex; ++i) {
        const Migration &m = catalog.migrations.at(i);
        const AppliedMigration *row = locked.history.find(m.version);
        if (row && row->isApplied())
            continue;
        toRecord << &m;
        for (const CreatedObject &object : CreatedObjects::of(m)) {
            if (!CreatedObjects::exists(session, object))
                missing << QStringLiteral("%1 (%2)").arg(object.describe(), m.version);
            else if (!CreatedObjects::isValid(session,
                                              object))  // never evidence, even with --force
                invalid << QStringLiteral("%1 (%2)").arg(object.describe(), m.version);
        }
    }
    if (!invalid.isEmpty())
        return AppError{
            .message = tr(
                "%n index(es) that these migrations create exist but are INVALID (a failed CREATE INDEX CONCURRENTLY): they prove nothing ran.",
                nullptr, static_cast<int>(invalid.size())),
            .detail = invalid.join(QLatin1Char('\n')),
            .hint = tr(
                "Drop them (DROP INDEX CONCURRENTLY …), then apply the migrations instead of stamping them."),
            .kind = ErrorKind::InvalidIndex};
    if (!missing.isEmpty() && !m_options.force)
        return AppError{
            .message = tr(
                "The database lacks %n object(s) that these migrations create; stamping would record a schema it does not have.",
                nullptr, static_cast<int>(missing.size())),
            .detail = missing.join(QLatin1Char('\n')),
            .hint = tr("Apply the migrations instead, or use --force if you are sure (audited)."),
            .remedy = {QStringLiteral("--force"), tr("Stamp anyway"), false}};
    QSqlDatabase db = session.database();
    if (!db.transaction())
        return AppError{.message = tr("Cannot start a transaction."),
                        .detail = db.lastError().text()};
    HistoryStore history(session, m_options.historySchema);
    auto rollback = [&](const AppError &error) {
        db.rollback();
        return error;
    };
    History updated;
    RunReport report;
    for (const AppliedMigration &row : locked.history) {
        if (row.version.toLongLong() <= ceiling && row.isApplied()) {
            updated.rows << row;
            continue;
        }
        // Above the target, or failed: no longer recorded. Said, not done silently.
        if (Status s = history.forget(row.version); !s)
            return rollback(s.error());
        report.steps << StepReport{row.version, row.title, false, 0, 0};
    }
    for (const Migration *m : toRecord) {
        if (Status s = history.recordApplied(*m, 0, Execution::Stamp); !s)
            return rollback(s.error());
        updated.rows << AppliedMigration{m->version, m->title, m->checksum, m->revision};
        report.steps << StepReport{m->version, m->displayTitle(m_options.language), true, 0, 0};
    }
    std::sort(updated.rows.begin(), updated.rows.end(),
              [](const AppliedMigration &a, const AppliedMigration &b) {
                  return a.version.toLongLong() < b.version.toLongLong();
              });
    if (Status s = history.syncAlembicVersion(updated.alembicRevision()); !s)
        return rollback(s.error());
    const QString details = m_options.force && !missing.isEmpty()
        ? QStringLiteral("forced; missing: ") + missing.join(QLatin1String(", "))
        : QString();
    if (Status s = history.audit(
            {QStringLiteral("stamp"),
             targetIndex >= 0 ? catalog.migrations.at(targetIndex).version : QStringLiteral("base"),
             true, 0, details});
        !s)
        return rollback(s.error());
    if (!db.commit())
        return AppError{.message = tr("Cannot commit the stamp."), .detail = db.lastError().text()};
    locked.history = updated;
    return report;
}

}  // namespace mathakine
