#include "run/StepChecks.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "run/MigrationObjects.h"
#include "run/PlanTables.h"
#include "run/RunRecorder.h"
#include "validate/PgExecutor.h"
#include "validate/SmokeTestRunner.h"
#include "validate/ValidationPlanReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mathakine {

StepChecks::StepChecks(const DatabaseSession &session, const RunOptions &options,
                       const CancelToken &cancel, RunRecorder &recorder)
    : m_session(session), m_options(options), m_cancel(cancel), m_recorder(recorder)
{}

Status StepChecks::afterStep(const PlanStep &step, StepReport &report, bool outerTransaction)
{
    const QString version = step.migration.version;
    if (!m_options.stepChecks) {
        if (!m_offAudited) {
            // Like every override: not audited, not taken.
            if (Status audited = m_recorder.audit(
                    {QStringLiteral("step-checks-off"), version, true, 0, m_options.remedyReason});
                !audited)
                return audited;
        }
        m_offAudited = true;
    } else {
        report.checks = run(step, outerTransaction);
    }
    const auto failed = std::find_if(report.checks.cbegin(), report.checks.cend(),
                                     [](const StepCheck &c) { return !c.passed; });
    if (failed == report.checks.cend()) {
        if (report.checks.isEmpty() && m_options.backupFile.isEmpty())
            return {};
        // In the step's (or the whole run's) transaction when there is one: kept with it.
        Status recorded = m_recorder.write([&](const HistoryStore &history) {
            return history.recordStepOutcome(version, toJson(report.checks), m_options.backupFile);
        });
        if (!recorded)
            log::warn(tr("The checks of %1 were not recorded: %2")
                          .arg(version, recorded.error().fullText()));
        return {};
    }
    AppError error{
        .exitCode = ExitCode::MigrationFailed,
        .message = tr("Migration %1 ran, but its step check \"%2\" failed; the run stops here.")
                       .arg(version, displayName(failed->id)),
        .detail = describe(report.checks),
        .hint = outerTransaction
            ? tr("The whole run was rolled back (--single-transaction).")
            : tr(
                "The migration stays applied; see the differences with diff, then fix them or downgrade it. "
                "--no-step-checks runs without these checks (audited)."),
        .file = step.migration.filePath,
        .kind = ErrorKind::StepCheckFailed};
    if (outerTransaction)
        m_session.database().rollback();
    log::error(error.fullText());
    Status recorded = m_recorder.write([&](const HistoryStore &history) -> Status {
        if (!outerTransaction) {
            if (Status s =
                    history.recordStepOutcome(version, toJson(report.checks), m_options.backupFile);
                !s)
                return s;
        }
        return history.audit({QStringLiteral("step-check-failed"), version, false, 0,
                              failed->id + QLatin1Char('\n') + error.detail});
    });
    if (!recorded)
        error.hint += QLatin1Char('\n')
            + tr("The failed check could not be written to the history: %1")
                  .arg(recorded.error().message);
    return error;
}

QList<StepCheck> StepChecks::run(const PlanStep &step, bool outerTransaction) const
{
    QList<StepCheck> checks;
    if (outerTransaction) {
        checks << StepCheck{QStringLiteral("diff"),
                            true,
                            true,
                            tr("not checked inside --single-transaction (run validate after it)."),
                            {}};
    } else {
        checks << diffCheck(step);
    }
    checks << indexCheck(step);
    if (!outerTransaction && step.up)
        checks << smokeChecks(step);
    return checks;
}

StepCheck StepChecks::diffCheck(const PlanStep &step) const
{
    StepCheck check{QStringLiteral("diff"), true, false, {}, {}};
    const QString dir = QFileInfo(step.migration.filePath).absolutePath();
    const QString version = step.up
        ? step.migration.version
        : MigrationObjectsDiff::previousVersion(dir, step.migration.version);
    auto diff =
        MigrationObjectsDiff::at(m_session, dir, version, MigrationObjects::of(step.migration));
    if (!diff) {
        check.passed = false;
        check.message = tr("the schema could not be read.");
        check.detail = diff.error().fullText();
    } else if (!diff->has_value()) {
        check.skipped = true;
        check.message =
            tr("no expected snapshot for version %1 (mathakine-admin snapshot writes it).")
                .arg(version);
    } else if (diff->value().isEmpty()) {
        check.message = tr("its objects match the expected snapshot at %1.")
                            .arg(version.isEmpty() ? QStringLiteral("base") : version);
    } else {
        check.passed = false;
        check.message = tr("%n difference(s) with the expected snapshot on its objects.", nullptr,
                           static_cast<int>(diff->value().differences.size()));
        check.detail = MigrationObjectsDiff::describe(diff->value());
    }
    return check;
}

StepCheck StepChecks::indexCheck(const PlanStep &step) const
{
    StepCheck check{
        QStringLiteral("indexes"), true, false, tr("every index on its tables is valid."), {}};
    MigrationPlan single;
    single.steps << step;
    auto invalid = PlanTables::invalidIndexes(m_session, single);
    if (!invalid) {
        check.passed = false;
        check.message = tr("the indexes could not be read.");
        check.detail = invalid.error().fullText();
    } else if (!invalid->isEmpty()) {
        check.passed = false;
        check.message = tr("INVALID index(es): %1.").arg(invalid->join(QLatin1String(", ")));
    }
    return check;
}

QList<StepCheck> StepChecks::smokeChecks(const PlanStep &step) const
{
    QList<StepCheck> checks;
    const QString path = QDir(QFileInfo(step.migration.filePath).absolutePath())
                             .filePath(ValidationPlanReader::defaultFileName());
    if (!QFileInfo::exists(path))
        return checks;
    auto plan = ValidationPlanReader::load(path);
    if (!plan)
        return {StepCheck{QStringLiteral("smoke"), false, false,
                          tr("the validation plan cannot be read."), plan.error().fullText()}};
    const PgExecutor executor(m_session);
    const SmokeTestRunner runner(executor, m_cancel, m_options.language);
    for (const SmokeTest &test : plan->smokeTests) {
        if (test.version.isEmpty()
            || test.version.toLongLong() != step.migration.version.toLongLong())
            continue;
        const CheckResult result = runner.run(test);
        checks << StepCheck{result.id, result.status != CheckStatus::Fail, false, result.message,
                            result.detail};
    }
    return checks;
}

QString StepChecks::toJson(const QList<StepCheck> &checks)
{
    QJsonArray array;
    for (const StepCheck &c : checks)
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("passed"), c.passed},
                                 {QStringLiteral("skipped"), c.skipped},
                                 {QStringLiteral("message"), c.message},
                                 {QStringLiteral("detail"), c.detail}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<StepCheck> StepChecks::fromJson(const QString &json)
{
    QList<StepCheck> checks;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        checks << StepCheck{o.value(QLatin1String("id")).toString(),
                            o.value(QLatin1String("passed")).toBool(),
                            o.value(QLatin1String("skipped")).toBool(),
                            o.value(QLatin1String("message")).toString(),
                            o.value(QLatin1String("detail")).toString()};
    }
    return checks;
}

QString StepChecks::displayName(const QString &id)
{
    if (id == QLatin1String("diff"))
        return tr("schema");
    if (id == QLatin1String("indexes"))
        return tr("indexes");
    if (id.startsWith(QLatin1String("smoke:")))
        return tr("smoke test %1").arg(id.mid(6));
    return id;
}

QString StepChecks::describe(const QList<StepCheck> &checks)
{
    QStringList lines;
    for (const StepCheck &c : checks) {
        const QString mark = c.skipped ? tr("[skipped]") : c.passed ? tr("[ok]") : tr("[FAILED]");
        lines << tr("%1 %2: %3", "step check: mark, name, message")
                     .arg(mark, displayName(c.id), c.message);
        if (!c.detail.isEmpty() && !c.passed)
            lines << QStringLiteral("    ")
                    + QString(c.detail).replace(QLatin1Char('\n'), QLatin1String("\n    "));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace mathakine
