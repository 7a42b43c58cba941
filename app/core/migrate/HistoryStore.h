#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace mathakine {

class DatabaseSession;
struct Migration;

// What the history says of a migration. Running: a non-transactional migration whose
// statements are being run (or whose run was killed: then it is as failed).
enum class HistoryState { Applied, Failed, Running };
// Reconcile: recorded by `reconcile`, which brought the schema there by its own script.
enum class Execution { Run, Stamp, Reconcile };

// One row of mathakine_admin.schema_history: what the database has applied.
struct AppliedMigration {
    QString version;
    QString title;
    QString checksum;
    QString revision;
    HistoryState state = HistoryState::Applied;
    Execution execution = Execution::Run;
    QDateTime appliedAt;
    QString appliedByDb;  // database role
    QString appliedByOs;  // user@host of the operator's machine
    qint64 durationMs = 0;
    QString appVersion;
    int failedStatement = 0;  // 1-based, for state Failed
    QString error;
    bool down = false;       // the run that failed or is running was a downgrade
    int statementsDone = 0;  // statements that took effect (non-transactional runs)
    int statementCount = 0;  // statements of the section that ran
    QString sqlState;        // of the failure
    QString script;          // the file's text when it was applied; empty before tool schema 4
    int attempts = 1;        // attempts the applied run took (lock retries); 1 before tool schema 5
    QString stepChecks;  // JSON list of the step's checks (StepChecks); empty before tool schema 6
                         // or when off
    QString backup;      // the verified backup file the run relied on; empty when none

    bool isApplied() const { return state == HistoryState::Applied; }
    QString stateKey() const;      // "applied", "failed", "running": the stored and JSON form
    QString executionKey() const;  // "run", "stamp", "reconcile"
    static Execution executionFromKey(const QString &key);
};

// The history of one database, ordered by version: the one place that decides which version
// the database is at and which Alembic revision public.alembic_version must hold.
struct History {
    QList<AppliedMigration> rows;

    // The newest applied version, empty at base.
    QString currentVersion() const;
    // The revision of the newest applied migration that has one, from the history's own
    // revision column (never recomputed from the files: a deleted file must not move it).
    QString alembicRevision() const;
    const AppliedMigration *find(const QString &version) const;
    auto begin() const { return rows.cbegin(); }
    auto end() const { return rows.cend(); }
    bool isEmpty() const { return rows.isEmpty(); }
};

struct AuditEntry {
    QString action;  // upgrade, downgrade, stamp, failure, accept-drift, cancel
    QString version;
    bool success = true;
    qint64 durationMs = 0;
    QString details;
};

// What a step of a run records when it succeeds (HistoryStore::recordStep).
struct StepRecord {
    bool up = true;  // up: the row is recorded applied; down: it is deleted
    qint64 durationMs = 0;
    int attempts = 1;  // 1 + the lock retries it took (up only)
    QString revision;  // what public.alembic_version holds after the step (empty: no row)
    AuditEntry audit;
};

// The tool's bookkeeping in its own schema (default mathakine_admin, created by ToolSchema):
// applied migrations and an append-only audit log; also keeps public.alembic_version in step.
// Reads work on every tool schema version; writes need ToolSchema::ensure() first.
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(const DatabaseSession &session, QString schema = defaultSchema());
    static QString defaultSchema();

    bool exists() const;
    // Every row ordered by version; empty when the schema does not exist yet. Creates nothing.
    Outcome<History> load() const;

    // attempts: 1 + the lock retries the run took (StepExecutor).
    Status recordApplied(const Migration &m, qint64 durationMs, Execution execution,
                         int attempts = 1) const;
    // A non-transactional section starts: the row says Running, with 0 of count statements done.
    Status recordRunning(const Migration &m, bool down, int statementCount) const;
    // A statement of a non-transactional section committed: done statements now took effect.
    Status recordProgress(const QString &version, int done) const;
    // The section stopped at statement statementIndex (1-based) with the server's error.
    Status recordFailed(const Migration &m, bool down, int statementIndex, int statementsDone,
                        const AppError &error) const;
    Status forget(const QString &version) const;
    // After a step: its checks (a JSON list, StepChecks) and the backup its run relied on
    // (empty: none). Needs tool schema 6.
    Status recordStepOutcome(const QString &version, const QString &checksJson,
                             const QString &backup) const;
    Status updateChecksum(const QString &version, const QString &checksum) const;
    Status audit(const AuditEntry &entry) const;
    // audit() for a row whose loss must not change the action's outcome, because the action's
    // own record keeps the fact (a maintenance period's row): a failure is logged, not returned.
    void auditOrLog(const AuditEntry &entry) const;
    Outcome<QList<AuditEntry>> auditLog(int limit = 200) const;
    // A step's whole record in ONE statement, so that a transactional step holds its locks for one
    // round trip of bookkeeping, not four: the history row (as recordApplied, or forget for a
    // down step), public.alembic_version = record.revision (as syncAlembicVersion; only when
    // alembicPresent, see ensureAlembicVersion) and record.audit. Errors: the server's.
    Status recordStep(const Migration &m, const StepRecord &record, bool alembicPresent) const;
    // The statement recordStep sends, to prepare it (DatabaseSession::prepare) before the locks.
    QString recordStepSql(bool up, bool alembicPresent) const;
    // Creates public.alembic_version (Alembic's DDL) when it is missing and revision is not empty.
    // Returns whether it exists now; knownPresent: the caller knows it exists (no query).
    Outcome<bool> ensureAlembicVersion(const QString &revision, bool knownPresent) const;
    // Writes the newest applied revision id to public.alembic_version (or empties it).
    // knownPresent: true when the caller knows the table exists (saves a query); set to true
    // once it does.
    Status syncAlembicVersion(const QString &revision, bool *knownPresent = nullptr) const;

    QString schema() const { return m_schema; }
    const DatabaseSession *session() const { return &m_session; }

private:
    QString table(const char *name) const;

    const DatabaseSession &m_session;
    QString m_schema;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::AppliedMigration)
