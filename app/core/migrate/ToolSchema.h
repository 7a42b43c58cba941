#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// The one owner of the tool's bookkeeping schema (default mathakine_admin): its name, and the
// versioned DDL that creates and evolves it — schema_history, audit_log, row_count_runs,
// row_counts, maintenance — with a version row in schema_version.
//
// ensure() applies the missing steps in one transaction, so a schema is never left half
// created, and repairs one that an older version of the tool left half created (every step
// is idempotent). Call it under the migration lock (MigrationLock): racing runs never reach
// it, so two first runs cannot both create the tables (issue 12).
class ToolSchema {
    Q_DECLARE_TR_FUNCTIONS(ToolSchema)

public:
    static QString defaultName() { return QStringLiteral("mathakine_admin"); }
    // The version ensure() brings the schema to.
    static int latestVersion();

    explicit ToolSchema(const DatabaseSession &session, QString name = defaultName());

    // The version the database's schema is at: 0 when it has no schema_version table
    // (not created yet, or created by a tool version before the table existed).
    Outcome<int> version() const;
    // Whether every table and the audit log's triggers are there (a schema at the latest
    // version can still have been damaged by hand).
    Outcome<bool> isIntact() const;
    // Applies the missing DDL steps and records the version, all in one transaction; at the
    // latest version, repairs a damaged schema by running every (idempotent) step again.
    // Errors: the server's (e.g. 42501 without CREATE on the database), with a GRANT hint.
    Status ensure() const;
    // "mathakine_admin"."name", quoted for SQL.
    QString table(const char *name) const;
    QString name() const { return m_name; }

private:
    const DatabaseSession &m_session;
    QString m_name;
};

}  // namespace mathakine
