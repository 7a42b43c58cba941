#pragma once

#include "common/Outcome.h"
#include "generate/OrderedStatements.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>
#include <QSet>

namespace mathakine {

// The two sections of a generated migration.
struct GeneratedSections {
    OrderedStatements up;    // takes the expected schema at head to the reference schema
    OrderedStatements down;  // takes it back
    QStringList notes;       // translated: what differs and is not written (column order…)
};

// Head snapshot + reference snapshot -> the up and down sections of a migration, in
// dependency order (OrderedStatements), built with SchemaFixSql like the diff's fixes.
//
// Data loss: in the up section, what can lose data that exists at head — dropping a table,
// a column, a sequence or a type, narrowing a column's type — is written commented out with a
// warning line above it (as Alembic's autogenerate asks for review); so is the down statement
// that would undo it. The down section otherwise undoes the up exactly, drops included: it
// removes what the up created, as the down sections of every migration here do.
//
// Errors (ExitCode::Usage, naming the object): a change no DDL of this generator expresses —
// a table that became partitioned or foreign (its kind), an identity or generation expression
// changed, enum values removed or reordered.
class MigrationGenerator {
    Q_DECLARE_TR_FUNCTIONS(MigrationGenerator)

public:
    static Outcome<GeneratedSections> generate(const SchemaSnapshot &head,
                                               const SchemaSnapshot &reference);
    // Whether a column of type `from` converts to `to` with every value kept ("character
    // varying(50)" -> "text", "integer" -> "bigint"); false when unsure.
    static bool isWidening(const QString &from, const QString &to);
};

}  // namespace mathakine
