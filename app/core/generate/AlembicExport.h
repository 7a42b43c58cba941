#pragma once

#include "common/Outcome.h"
#include "migrate/MigrationCatalog.h"

#include <QCoreApplication>

namespace mathakine {

// `export alembic DIR` (issue 15, item 5): the migrations as an Alembic project for the Python
// backend. One revision file per migration in DIR/versions, chained by the migrations'
// revision ids (down_revision = the previous one), whose upgrade() / downgrade() run the up /
// down statements one by one exactly as written (no bind parameters, no % formatting);
// non-transactional migrations run in Alembic's autocommit_block(), as this tool runs them.
// env.py (the database from DATABASE_URL, one transaction per migration), script.py.mako and
// alembic.ini are written only when DIR has none. Checked with Debian's python3-alembic 1.8.
class AlembicExport {
    Q_DECLARE_TR_FUNCTIONS(AlembicExport)

public:
    // The revision file of catalog.migrations[index]: its text.
    static QString revisionFile(const MigrationCatalog &catalog, int index);
    // "versions/<version>_<revision>.py"
    static QString revisionPath(const Migration &m);
    static QString envPy();
    static QString scriptMako();
    static QString alembicIni();

    // Writes the project; returns the written paths. Revision files an earlier export wrote for
    // migrations no longer in the catalog are removed (a second head otherwise). Errors (exit 2): a
    // migration without a revision header (names its file: Alembic chains by revision id), a folder
    // that cannot be written (names it); then nothing is written.
    static Outcome<QStringList> write(const MigrationCatalog &catalog, const QString &directory);
};

}  // namespace mathakine
