#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace mathakine {

class DatabaseSession;
struct Migration;

// One row of mathakine_admin.schema_history: what the database has applied.
struct AppliedMigration {
    QString version;
    QString title;
    QString checksum;
    QString revision;
    QString state;            // "applied" or "failed" (a non-transactional one stopped midway)
    QString execution;        // "run" or "stamp"
    QDateTime appliedAt;
    QString appliedByDb;      // database role
    QString appliedByOs;      // user@host of the operator's machine
    qint64 durationMs = 0;
    QString appVersion;
    int failedStatement = 0;  // 1-based, for state "failed"
    QString error;
};

struct AuditEntry {
    QString action;           // upgrade, downgrade, stamp, failure, accept-drift, cancel
    QString version;
    bool success = true;
    qint64 durationMs = 0;
    QString details;
};

// The tool's bookkeeping in its own schema (default mathakine_admin): applied migrations
// and an append-only audit log; also keeps public.alembic_version in step.
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(const DatabaseSession &session, QString schema = defaultSchema());
    static QString defaultSchema() { return QStringLiteral("mathakine_admin"); }

    // Creates the schema and tables when missing (idempotent; call under the migration lock).
    Status ensure() const;
    bool exists() const;
    // Applied and failed rows ordered by version; empty when the schema does not exist yet.
    Outcome<QList<AppliedMigration>> load() const;

    Status recordApplied(const Migration &m, qint64 durationMs, const QString &execution) const;
    Status recordFailed(const Migration &m, int statementIndex, const QString &error) const;
    Status forget(const QString &version) const;
    Status updateChecksum(const QString &version, const QString &checksum) const;
    Status audit(const AuditEntry &entry) const;
    Outcome<QList<AuditEntry>> auditLog(int limit = 200) const;
    // Writes the newest applied revision id to public.alembic_version (or empties it).
    Status syncAlembicVersion(const QString &revision) const;

    QString schema() const { return m_schema; }

private:
    QString table(const char *name) const;

    const DatabaseSession &m_session;
    QString m_schema;
};

} // namespace mathakine

Q_DECLARE_METATYPE(mathakine::AppliedMigration)
