#pragma once

#include "connection/CancelToken.h"
#include "connection/ConnectionProfile.h"
#include "migrate/MigrationCatalog.h"
#include "migrate/MigrationLinter.h"

#include <QCoreApplication>

#include <functional>

namespace mathakine {

// What `generate` wrote.
struct GeneratedMigration {
    QString path;  // the new file
    QString version;
    QString text;
    int upStatements = 0;  // statements that run in the up section
    int reviewed = 0;      // up statements that can lose data, written commented out for review
    QStringList notes;     // translated: differences not written (column order…)
    QList<LintFinding>
        findings;  // the linter's findings on the new file; empty when it lints clean
};

// `generate --from-url URL "title"` (issue 15): reads the schema of a reference database (a
// developer's, changed by hand), compares it with the expected schema at head
// (migrations/expected/<head>.json), and writes the next migration NNNN_slug.sql whose up
// takes head to the reference and whose down takes it back (MigrationGenerator). The file is
// parsed and linted before it is written, written to a temporary name in the folder and
// renamed (QSaveFile), and never replaces an existing file.
class GenerateJob {
    Q_DECLARE_TR_FUNCTIONS(GenerateJob)

public:
    // step: 1 connect, 2 read the reference schema, 3 compare and write, 4 lint (of 4).
    using ProgressHandler = std::function<void(int step, int steps, const QString &what)>;

    // targetMajor: the PostgreSQL major version the migrations run on (e.g. 15, from the
    // connected database); 0 skips that check.
    // cancel: the task's token (a fresh one by default); cancel() below cancels it too.
    GenerateJob(ConnectionSpec reference, int targetMajor, CancelToken cancel = {});
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void cancel() { m_cancel.cancel(); }

    // Errors, each naming what: a title that slugs to nothing or holds a line break (usage),
    // no expected snapshot at head, the reference unreachable (exit 3) or on another major
    // version, no difference, a change the generator cannot express, a folder not writable.
    Outcome<GeneratedMigration> run(const MigrationCatalog &catalog, const QString &title,
                                    const QString &titleEn = {});

    // What the CLI and the window say about a written migration: the path, the statement
    // counts, the notes and the lint findings ("Lint: clean." when none), one per line.
    static QStringList summary(const GeneratedMigration &result);
    // "Ajout des badges d'été" -> "ajout_des_badges_d_ete": ASCII, lower case, '_' between words,
    // at most 50 characters.
    static QString slug(const QString &title);
    // The head version plus one, as wide as the head's ("0006" -> "0007"); "0001" when empty.
    static QString nextVersion(const MigrationCatalog &catalog);

private:
    void progress(int step, const QString &what) const;

    ConnectionSpec m_reference;
    int m_targetMajor = 0;
    CancelToken m_cancel;
    ProgressHandler m_progress;
};

}  // namespace mathakine
