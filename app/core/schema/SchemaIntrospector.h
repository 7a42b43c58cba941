#pragma once

#include "common/Outcome.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mathakine {

class DatabaseSession;

// Reads the actual schema of a live database from pg_catalog into a SchemaSnapshot, with
// the fixed queries of CatalogQueries in one read-only repeatable-read snapshot (a
// consistent picture even while someone else runs DDL). Needs PostgreSQL 12 or later.
class SchemaIntrospector {
    Q_DECLARE_TR_FUNCTIONS(SchemaIntrospector)

public:
    struct Options {
        QStringList schemas = {QStringLiteral("public")};
        // Bookkeeping that is not part of the application's schema: Alembic's version table
        // (kept in step by the tool itself). The tool's own schema is always left out.
        QStringList excludedTables = {QStringLiteral("public.alembic_version")};
        // Read the indexes on a second connection sharing the first one's snapshot, at the
        // same time as the rest (falls back to one connection when it cannot open one).
        bool parallel = true;
    };

    explicit SchemaIntrospector(const DatabaseSession &session);
    SchemaIntrospector(const DatabaseSession &session, Options options);

    Outcome<SchemaSnapshot> snapshot();
    // Statements sent by the last snapshot() over both connections; the same whatever the
    // size of the schema.
    int statementCount() const { return m_statementCount; }

    static QString toolSchema() { return QStringLiteral("mathakine_admin"); }

private:
    const DatabaseSession &m_session;
    Options m_options;
    int m_statementCount = 0;
};

}  // namespace mathakine
