#include "migrate/MigrationPlan.h"

#include <QSet>

namespace mathakine {

AppError unknownTargetError(const QString &target)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message =
        QCoreApplication::translate(
            "MigrationPlan", "Unknown target \"%1\": give a version, a revision id, head or base.")
            .arg(target);
    return error;
}

Outcome<MigrationPlan> MigrationPlan::forUpgrade(const MigrationCatalog &catalog,
                                                 const MigrationStatus &status,
                                                 const QString &target)
{
    const auto targetIndex =
        catalog.resolveTarget(target.isEmpty() ? QStringLiteral("head") : target);
    if (!targetIndex)
        return unknownTargetError(target);
    if (status.alembic && *targetIndex >= 0)  // no history, yet the schema is not at base
        return status.alembic->upgradeRefusal();
    MigrationPlan plan;
    plan.upgrade = true;
    plan.targetVersion =
        *targetIndex >= 0 ? catalog.migrations.at(*targetIndex).version : QString();
    QSet<qint64> done;  // applied (drifted ones too): a set, so planning stays linear
    for (const MigrationStatusEntry &e : status.entries) {
        if (e.state == MigrationState::Applied || e.state == MigrationState::Drifted)
            done.insert(e.version.toLongLong());
    }
    for (int i = 0; i <= *targetIndex; ++i) {
        const Migration &m = catalog.migrations.at(i);
        if (!done.contains(m.version.toLongLong()))
            plan.steps << PlanStep{m, true};
    }
    return plan;
}

Outcome<MigrationPlan> MigrationPlan::forDowngrade(const MigrationCatalog &catalog,
                                                   const MigrationStatus &status,
                                                   const QString &target)
{
    const auto targetIndex = catalog.resolveTarget(target);
    if (!targetIndex || target.isEmpty() || target == QLatin1String("head"))
        return unknownTargetError(target);
    MigrationPlan plan;
    plan.upgrade = false;
    plan.targetVersion =
        *targetIndex >= 0 ? catalog.migrations.at(*targetIndex).version : QString();
    const qlonglong floor = *targetIndex >= 0 ? plan.targetVersion.toLongLong() : -1;
    for (auto it = status.entries.crbegin(); it != status.entries.crend(); ++it) {
        if (it->version.toLongLong() <= floor || !it->applied)
            continue;
        const Migration *m = catalog.find(it->version);
        if (!m) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.message =
                QCoreApplication::translate(
                    "MigrationPlan",
                    "Version %1 is applied but its file is missing: cannot run its down section.")
                    .arg(it->version);
            return error;
        }
        plan.steps << PlanStep{*m, false};
    }
    return plan;
}

QString MigrationPlan::sqlScript(const QString &historySchema, int lockTimeoutMs,
                                 int statementTimeoutMs, const QString &language) const
{
    // The comments are for the reader of the dry run: in the UI's language (tr()).
    // As the run does it: both limits for the whole session, the tool's own statements included.
    QString script =
        QStringLiteral("SET lock_timeout = '%1ms';\nSET statement_timeout = '%2ms';\n\n")
            .arg(lockTimeoutMs)
            .arg(statementTimeoutMs);
    for (const PlanStep &step : steps) {
        const Migration &m = step.migration;
        const MigrationSection &section = step.up ? m.up : m.down;
        script += QStringLiteral("-- %1 %2 (%3) — %4\n")
                      .arg(m.version, m.displayTitle(language),
                           step.up ? tr("applied") : tr("reverted"), m.fileName);
        if (m.transactional)
            script += QStringLiteral("BEGIN;\n");
        else
            script += QStringLiteral("-- %1\n").arg(
                tr("transactional: false — each statement commits on its own"));
        for (const SqlStatement &statement : section.statements)
            script += statement.sql + QStringLiteral(";\n");
        const QString bookkeeping = step.up
            ? tr(
                "then: record version %1 in %2.schema_history, public.alembic_version and the audit log")
            : tr(
                "then: remove version %1 from %2.schema_history, update public.alembic_version, write the audit log");
        script += QStringLiteral("-- %1\n").arg(bookkeeping.arg(m.version, historySchema));
        if (m.transactional)
            script += QStringLiteral("COMMIT;\n");
        script += QLatin1Char('\n');
    }
    return script;
}

}  // namespace mathakine
