#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>

namespace mathakine {

struct NewMigration {
    QString title;    // French title, required
    QString titleEn;  // optional
    bool transactional = true;
};

// `new "title"`: the next migration file from a template (issue 15, item 1): the next free
// version, a file name and an Alembic revision id from the title's slug, the header, and empty
// up / down sections with a comment saying what goes there.
class MigrationTemplate {
    Q_DECLARE_TR_FUNCTIONS(MigrationTemplate)

public:
    // Lower-case ASCII letters, digits and "_" from the title: accents dropped (NFKD), every
    // other run of characters one "_", at most maxChars. Empty when nothing is left.
    static QString slug(const QString &title, int maxChars = 48);
    // One more than the largest version among the folder's "<digits>_*.sql" files (broken
    // files count: their number is taken), zero-padded to at least 4 digits; "0001" when none.
    static QString nextVersion(const QString &migrationsDir);
    // The file's text: header, then the two sections with their comments (in the UI language).
    static QString render(const NewMigration &request, const QString &version,
                          const QString &revision);
    // Writes <dir>/<version>_<slug>.sql and returns its path. Errors (exit 2): a title that
    // slugs to nothing or holds a line break (names the field), a folder that cannot be
    // written (names it), an existing file (never overwritten).
    static Outcome<QString> create(const QString &migrationsDir, const NewMigration &request);
};

}  // namespace mathakine
