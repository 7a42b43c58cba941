#pragma once

#include "common/Outcome.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>

namespace mathakine {

// `export models DIR` (issue 15, item 5): SQLAlchemy declarative models of an expected
// snapshot, as a Python package: base.py (Base, PgType), enums.py, one module per table with
// one class (users -> User, user_sessions -> UserSession…), and __init__.py importing them all.
// Classic Column(...) style, which SQLAlchemy 1.4 and 2.x both accept. Every constraint and
// index carries its PostgreSQL name, a serial id is a Column(Integer, autoincrement=True) primary
// key (SQLAlchemy then emits SERIAL and PostgreSQL names its sequence <table>_<column>_seq, as the
// migrations do): Base.metadata.create_all() gives back the snapshot with no naming difference.
// Views are listed in __init__.py's docstring, not modelled (create_all cannot make them).
class ModelsExport {
    Q_DECLARE_TR_FUNCTIONS(ModelsExport)

public:
    // The modules, keyed by file name ("users.py"). Errors (exit 1, naming the table and
    // column): what declarative models cannot express — a column default drawn from a sequence
    // that is not its own serial, a non-default collation, an exclusion constraint, an index
    // with NULLS NOT DISTINCT.
    static Outcome<QList<std::pair<QString, QString>>> modules(const SchemaSnapshot &snapshot);
    // Writes the package into directory (all files or none); returns the written paths.
    static Outcome<QStringList> write(const SchemaSnapshot &snapshot, const QString &directory);
};

}  // namespace mathakine
