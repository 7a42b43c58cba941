#pragma once

#include "migrate/MigrationCatalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace mathakine {

// One file lint --fix writes: a rewritten migration (oldText set) or a new one (oldText empty).
struct FixedFile {
    QString path;
    QString oldText;
    QString newText;
};

struct LintFix {
    QList<FixedFile> files;
    QStringList notFixed;  // translated: "file:line: why this finding was left as it is"

    // A unified diff of every file (whole-file hunks; new files from /dev/null), with paths
    // relative to baseDir (git apply -p1 from there).
    QString unifiedDiff(const QString &baseDir) const;
};

// The zero-stall rewrite of the locking lint findings (issue 14), on libpg_query's parse
// trees, never on the server. For a migration M with such findings:
//   - create-index-not-concurrently: the CREATE INDEX leaves M for a new migration with
//     "transactional: false" and CREATE INDEX CONCURRENTLY IF NOT EXISTS (its down: DROP
//     INDEX CONCURRENTLY IF EXISTS; M's down drops it IF EXISTS);
//   - foreign-key-without-not-valid, check-without-not-valid: M adds it NOT VALID, a new
//     transactional migration runs VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE: no write is
//     blocked while it scans);
//   - set-not-null: M adds CHECK (col IS NOT NULL) NOT VALID; the new migration validates
//     it, sets NOT NULL (PostgreSQL 12+ skips the scan thanks to the valid check) and drops it;
//   - volatile-default-rewrites (ADD COLUMN … DEFAULT volatile() [NOT NULL]): M adds the column
//     bare and sets the default for new rows; a new non-transactional migration backfills the
//     existing rows in transactions of about 5,000 rows; NOT NULL then as for set-not-null.
// New migrations take the versions after the catalog's newest. Statements it cannot rewrite
// safely (an unnamed index or constraint, several ALTER TABLE commands in one statement)
// are listed in notFixed and stay as they are.
class LintFixer {
    Q_DECLARE_TR_FUNCTIONS(LintFixer)

public:
    static QStringList fixableRules();
    static LintFix fix(const MigrationCatalog &catalog);
};

}  // namespace mathakine
