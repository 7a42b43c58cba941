#include "run/RunChecks.h"

#include "migrate/MigrationLinter.h"

namespace mathakine {

Status RunChecks::lint(const MigrationPlan &plan)
{
    QStringList lines;
    std::optional<LintFinding> first;
    for (const PlanStep &step : plan.steps) {
        for (const LintFinding &f : MigrationLinter::lintMigration(step.migration)) {
            if (f.severity != LintFinding::Severity::Error)
                continue;
            if (!first)
                first = f;
            lines
                << QStringLiteral("%1:%2: [%3] %4").arg(f.file).arg(f.line).arg(f.rule, f.message);
        }
    }
    if (!first)
        return {};
    return AppError{
        .exitCode = ExitCode::Usage,
        .message = tr("%n error-level lint finding(s) in the migrations to run; nothing was run.",
                      nullptr, static_cast<int>(lines.size())),
        .detail = lines.join(QLatin1Char('\n')),
        .hint =
            tr("Fix the file, or switch the rule off for it with \"-- lint_ignore: %1\" if you are sure.")
                .arg(first->rule),
        .file = first->file,
        .line = first->line,
        .kind = ErrorKind::Lint};
}

Status RunChecks::order(const MigrationStatus &status, const MigrationPlan &plan, bool allowed)
{
    if (!plan.upgrade || status.currentVersion.isEmpty() || allowed)
        return {};
    QStringList older;
    for (const PlanStep &step : plan.steps) {
        if (step.migration.version.toLongLong() < status.currentVersion.toLongLong())
            older << QStringLiteral("%1 (%2)").arg(step.migration.version, step.migration.fileName);
    }
    if (older.isEmpty())
        return {};
    return AppError{
        .message =
            tr("Pending migration %1 is older than %2, the newest applied one: it would run out of order.")
                .arg(older.join(QLatin1String(", ")), status.currentVersion),
        .hint = tr("Renumber the file after %1, or run it anyway with --out-of-order (audited).")
                    .arg(status.currentVersion),
        .kind = ErrorKind::OutOfOrder,
        .remedy = {QStringLiteral("--out-of-order"), tr("Apply out of order"), true}};
}

Status RunChecks::missingFiles(const MigrationStatus &status, bool allowed)
{
    if (status.missingFiles.isEmpty() || allowed)
        return {};
    QStringList lines;
    for (const MigrationStatusEntry &e : status.entries) {
        if (e.state == MigrationState::MissingFile)
            lines << tr("%1 (%2), applied %3")
                         .arg(e.version, e.title,
                              e.applied ? e.applied->appliedAt.toString(Qt::ISODate) : QString());
    }
    return AppError{
        .message = tr("%n applied migration(s) have no file in the migrations folder any more.",
                      nullptr, static_cast<int>(lines.size())),
        .detail = lines.join(QLatin1Char('\n')),
        .hint = tr(
            "Restore the files (git checkout), or go on without them with --allow-missing (audited)."),
        .kind = ErrorKind::MissingFile,
        .remedy = {QStringLiteral("--allow-missing"), tr("Go on without the files"), true}};
}

Status RunChecks::drift(const MigrationStatus &status, const MigrationCatalog &catalog,
                        bool accepted)
{
    if (status.driftedVersions.isEmpty() || accepted)
        return {};
    QStringList lines;
    QString firstFile;
    for (const MigrationStatusEntry &e : status.entries) {
        if (e.state != MigrationState::Drifted)
            continue;
        const Migration *m = catalog.find(e.version);
        if (firstFile.isEmpty())
            firstFile = m->filePath;
        lines << tr("%1: recorded checksum %2, file now %3")
                     .arg(m->filePath, e.applied->checksum, m->checksum);
    }
    return AppError{
        .message = tr("Applied migration(s) %1 were edited since they ran.")
                       .arg(status.driftedVersions.join(QLatin1String(", "))),
        .detail = lines.join(QLatin1Char('\n')),
        .hint = tr(
            "See the changed lines with status --diff-drift; restore the files as they were applied, or record the new checksums with --accept-drift (audited)."),
        .file = firstFile,
        .kind = ErrorKind::Drift,
        .remedy = {QStringLiteral("--accept-drift"), tr("Accept the new checksum"), true}};
}

ApprovedPlan RunChecks::approvalOf(const MigrationPlan &plan)
{
    ApprovedPlan approval;
    approval.up = plan.upgrade;
    for (const PlanStep &step : plan.steps)
        approval.steps.append({step.migration.version, step.migration.checksum});
    return approval;
}

Status RunChecks::approved(const MigrationPlan &plan, const std::optional<ApprovedPlan> &approved)
{
    if (!approved || approvalOf(plan) == *approved)
        return {};
    auto describe = [](const ApprovedPlan &p) {
        QStringList items;
        for (const auto &[version, checksum] : p.steps)
            items << version + QLatin1Char('@') + checksum.left(12);
        return items.isEmpty() ? QStringLiteral("-") : items.join(QLatin1String(", "));
    };
    return AppError{
        .message = tr(
            "The plan changed since it was approved (another run, or an edited file); nothing was run."),
        .detail = tr("approved: %1\nnow: %2").arg(describe(*approved), describe(approvalOf(plan))),
        .hint = tr("Review the new plan and confirm again."),
        .kind = ErrorKind::PlanChanged};
}

}  // namespace mathakine
