#pragma once

#include "common/Outcome.h"
#include "migrate/Migration.h"
#include "schema/SchemaDiff.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <utility>

namespace mathakine {

class DatabaseSession;

// The schema objects one migration's up section creates or changes, read from its parse
// trees: the tables it names (CREATE, ALTER, CREATE INDEX ON, DROP), the indexes and the
// enum types. What the step checks and the repair assistant restrict a schema diff to.
// Schema and name stay separate; an empty schema (unqualified) matches any schema.
struct MigrationObjects {
    using Name = std::pair<QString, QString>;  // (schema, name)
    QList<Name> tables;
    QList<Name> indexes;
    QList<Name> types;

    static MigrationObjects of(const Migration &migration);
    bool isEmpty() const { return tables.isEmpty() && indexes.isEmpty() && types.isEmpty(); }
    // True when the difference is about one of these objects (or a column, key, index of one
    // of these tables).
    bool touches(const SchemaDifference &difference) const;
    SchemaDiff restrict(const SchemaDiff &diff) const;
};

// The diff of a live database against the expected snapshot at a version (empty: base, the
// empty schema), restricted to a migration's objects.
class MigrationObjectsDiff {
    Q_DECLARE_TR_FUNCTIONS(MigrationObjectsDiff)

public:
    // nullopt when the migrations folder has no expected snapshot for that version (nothing
    // to compare with: `snapshot` writes them). Errors: the catalog could not be read.
    static Outcome<std::optional<SchemaDiff>> at(const DatabaseSession &session,
                                                 const QString &migrationsDir,
                                                 const QString &version,
                                                 const MigrationObjects &objects);
    // The version just before `version`: the newest migration file (NNNN_slug.sql) of the
    // folder older than it; empty for base (no migration below).
    static QString previousVersion(const QString &migrationsDir, const QString &version);
    // One line per difference (SchemaDiff::describe).
    static QString describe(const SchemaDiff &diff);
};

}  // namespace mathakine
