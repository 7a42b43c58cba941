#include "validate/RowCountChecks.h"

#include "rowcount/RowCounter.h"

#include <QLocale>

namespace mathakine {

bool RowCountChecks::allowed(const RowCountRun &run, const ValidationPlan &plan,
                             const QString &table)
{
    // The migrations the run crossed: (lower, upper] whichever the direction.
    const qint64 a = run.fromVersion.toLongLong();
    const qint64 b = run.toVersion.toLongLong();
    const QString bare = table.section(QLatin1Char('.'), 1);
    for (const AllowedRowChange &change : plan.allowedRowChanges) {
        const qint64 v = change.version.toLongLong();
        if (v > qMin(a, b) && v <= qMax(a, b)
            && (change.tables.contains(table) || change.tables.contains(bare)))
            return true;
    }
    return false;
}

QList<CheckResult> RowCountChecks::check(const std::optional<RowCountRun> &run,
                                         const ValidationPlan &plan)
{
    QList<CheckResult> list;
    CheckResult summary;
    summary.family = CheckFamily::Data;
    summary.id = QStringLiteral("rows:summary");
    summary.subject = tr("Last migration run");
    if (!run) {
        summary.status = CheckStatus::Warning;
        summary.critical = false;
        summary.message = tr(
            "No row counts were recorded with a migration run on this database (they are taken by upgrade and downgrade).");
        return {summary};
    }
    const QLocale locale;
    int changed = 0;
    for (const TableRowCount &t : run->tables) {
        if (t.before == t.after || t.before < 0)  // unchanged, or created by the run
            continue;
        ++changed;
        CheckResult r;
        r.family = CheckFamily::Data;
        r.id = QStringLiteral("rows:") + t.table;
        r.subject = t.table;
        r.unit = QStringLiteral("rows");
        r.threshold = static_cast<double>(t.before);
        r.measured = static_cast<double>(qMax<qint64>(t.after, 0));
        if (t.after == RowCounter::kNotCounted) {
            r.status = CheckStatus::Warning;
            r.critical = false;
            r.message =
                tr("%1: not counted after the run (its lock was held or the count outlasted the timeout).")
                    .arg(t.table);
        } else if (allowed(*run, plan, t.table)) {
            r.status = CheckStatus::Pass;
            r.message = tr("%1: %2 → %3 rows, as the plan allows for this migration.")
                            .arg(t.table, locale.toString(t.before), locale.toString(t.after));
        } else if (t.after < 0) {
            r.status = CheckStatus::Fail;
            r.message = tr("%1: the table (%2 rows) no longer exists after the run.")
                            .arg(t.table, locale.toString(t.before));
        } else if (t.after < t.before) {
            r.status = CheckStatus::Fail;
            r.message = tr("%1: %2 rows lost during the run (%3 → %4).")
                            .arg(t.table, locale.toString(t.before - t.after),
                                 locale.toString(t.before), locale.toString(t.after));
        } else {
            r.status = CheckStatus::Warning;
            r.critical = false;
            r.message = tr("%1: %2 rows more after the run (%3 → %4).")
                            .arg(t.table, locale.toString(t.after - t.before),
                                 locale.toString(t.before), locale.toString(t.after));
        }
        list << r;
    }
    summary.status = CheckStatus::Pass;
    summary.message =
        tr("%1 %2 → %3 (%4): %n table(s) counted before and after.", nullptr,
           static_cast<int>(run->tables.size()))
            .arg(run->action,
                 run->fromVersion.isEmpty() ? QStringLiteral("base") : run->fromVersion,
                 run->toVersion.isEmpty() ? QStringLiteral("base") : run->toVersion,
                 locale.toString(run->finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (!run->success)
        summary.message +=
            QLatin1Char(' ')
            + tr(
                "The run failed: the counts after it show what took effect (the history says which statements ran).");
    if (changed == 0)
        summary.message += QLatin1Char(' ') + tr("Every count is unchanged: nothing lost.");
    list.prepend(summary);
    return list;
}

}  // namespace mathakine
