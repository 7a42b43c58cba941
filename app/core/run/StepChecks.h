#pragma once

#include "migrate/MigrationPlan.h"
#include "run/RunTypes.h"

#include <QCoreApplication>

namespace mathakine {

class CancelToken;
class DatabaseSession;
class RunRecorder;

// Step-by-step validation of the written procedure ("validation étape par étape"): after
// each migration of a run, before the next starts, that migration's own result —
//   diff:    the objects its up section creates or changes (MigrationObjects) as the expected
//            snapshot at that version says (after a downgrade step: the one just before it);
//   indexes: every index on the tables it touched is valid (pg_index.indisvalid);
//   smoke:ID the validation plan's smoke tests tagged "version" with it (up steps only).
// A failed check stops the run there (exit 4, ErrorKind::StepCheckFailed); the history row
// keeps the checks (and the run's backup), the audit log the failure. With
// --single-transaction nothing is committed yet, so only the indexes are checked (the
// introspection and the smoke tests need their own transactions). Off with
// --no-step-checks, audited once per run.
class StepChecks {
    Q_DECLARE_TR_FUNCTIONS(StepChecks)

public:
    StepChecks(const DatabaseSession &session, const RunOptions &options, const CancelToken &cancel,
               RunRecorder &recorder);

    // After a step that ran: fills report.checks and records them. Errors: exit 4 naming the
    // first failed check with every check in the detail (the outer transaction, if any, is
    // rolled back first); a check that cannot run (catalog unreadable) is a failed check.
    Status afterStep(const PlanStep &step, StepReport &report, bool outerTransaction);

    // The checks as stored in schema_history.step_checks, and back.
    static QString toJson(const QList<StepCheck> &checks);
    static QList<StepCheck> fromJson(const QString &json);
    // "[ok] diff: …" lines, for the CLI, the error detail and the window.
    static QString describe(const QList<StepCheck> &checks);
    // The translated name of a check id ("diff" → schema, "indexes", "smoke:<id>"), for display.
    static QString displayName(const QString &id);

private:
    QList<StepCheck> run(const PlanStep &step, bool outerTransaction) const;
    StepCheck diffCheck(const PlanStep &step) const;
    StepCheck indexCheck(const PlanStep &step) const;
    QList<StepCheck> smokeChecks(const PlanStep &step) const;

    const DatabaseSession &m_session;
    const RunOptions &m_options;
    const CancelToken &m_cancel;
    RunRecorder &m_recorder;
    bool m_offAudited = false;
};

}  // namespace mathakine
