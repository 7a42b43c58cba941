#include "validate/BudgetChecks.h"

#include "validate/ResultText.h"

namespace mathakine {

CheckResult BudgetChecks::migrationDuration(const QList<AppliedMigration> &history,
                                            const ValidationBudgets &budgets)
{
    CheckResult r;
    r.family = CheckFamily::Budget;
    r.id = QStringLiteral("budget:migration");
    r.subject = budgets.migrationLabel.isEmpty()
        ? budgets.migrationVersions.join(QLatin1String(", "))
        : budgets.migrationLabel;
    r.critical = budgets.migrationSeverity == Severity::Critical;
    r.unit = QStringLiteral("s");
    r.threshold = budgets.migrationSeconds;
    qint64 totalMs = 0;
    QStringList missing;
    QStringList stamped;
    for (const QString &version : budgets.migrationVersions) {
        auto it = std::find_if(history.begin(), history.end(), [&](const AppliedMigration &m) {
            return m.version.toLongLong() == version.toLongLong() && m.isApplied();
        });
        if (it == history.end())
            missing << version;
        else if (it->execution == Execution::Stamp)
            stamped << version;
        else
            totalMs += it->durationMs;
    }
    if (!missing.isEmpty() || !stamped.isEmpty()) {
        r.status = CheckStatus::Warning;
        r.critical = false;  // nothing to measure is not a breach of the budget
        r.message = !missing.isEmpty()
            ? tr("%1: cannot be measured, migrations %2 are not applied.")
                  .arg(r.subject, missing.join(QLatin1String(", ")))
            : tr("%1: cannot be measured, migrations %2 were stamped, not run.")
                  .arg(r.subject, stamped.join(QLatin1String(", ")));
        return r;
    }
    const double seconds = static_cast<double>(totalMs) / 1000.0;
    r.measured = seconds;
    const bool within = seconds <= budgets.migrationSeconds;
    r.status = within ? CheckStatus::Pass : (r.critical ? CheckStatus::Fail : CheckStatus::Warning);
    r.message = tr("%1: the migrations took %2 (budget %3).")
                    .arg(r.subject, ResultText::measure(seconds, r.unit),
                         ResultText::measure(budgets.migrationSeconds, r.unit));
    return r;
}

CheckResult BudgetChecks::validationDuration(qint64 elapsedMs, const ValidationBudgets &budgets)
{
    CheckResult r;
    r.family = CheckFamily::Budget;
    r.id = QStringLiteral("budget:validation");
    r.subject = tr("Validation");
    r.critical = budgets.validationSeverity == Severity::Critical;
    r.unit = QStringLiteral("s");
    r.threshold = budgets.validationSeconds;
    r.measured = static_cast<double>(elapsedMs) / 1000.0;
    const bool within = *r.measured <= budgets.validationSeconds;
    r.status = within ? CheckStatus::Pass : (r.critical ? CheckStatus::Fail : CheckStatus::Warning);
    r.message = tr("The validation took %1 (budget %2).")
                    .arg(ResultText::measure(*r.measured, r.unit),
                         ResultText::measure(budgets.validationSeconds, r.unit));
    return r;
}

}  // namespace mathakine
