#pragma once

#include "migrate/SqlScript.h"

#include <QMetaType>
#include <QStringList>

namespace mathakine {

// One section (up or down) of a migration file.
struct MigrationSection {
    bool present = false;
    int firstLine = 0;  // file line just after the marker
    QList<SqlStatement> statements;
};

// One migration file of migrations/, parsed and checksummed.
struct Migration {
    QString filePath;
    QString fileName;
    QString version;                // "0002", ordered by its numeric value
    QString title;                  // French
    QString titleEn;                // English, may be empty
    QString revision;               // Alembic revision id, may be empty
    QStringList replacesRevisions;  // foreign Alembic revisions this version stands for (adoption)
    bool transactional = true;
    QStringList lintIgnore;  // lint rules switched off for this file
    int lockRetries = 0;  // lock_retries: extra attempts after a lock timeout (transactional only)
    QString checksum;     // SHA-256 of the normalised text, hex
    QString text;         // the file as read (UTF-8), kept with the history to show drift
    MigrationSection up;
    MigrationSection down;

    // The title in the UI language ("fr" or "en"), falling back to the French title.
    QString displayTitle(const QString &language) const;
};

// Reads one migration file: header, sections, statements (libpg_query), checksum.
// Every error is exit 2 (usage) and names the file, and the line when there is one.
class MigrationParser {
    Q_DECLARE_TR_FUNCTIONS(MigrationParser)

public:
    // The largest migration file read, in bytes (16 MiB): far above any real migration,
    // small enough that a wrong file cannot exhaust memory.
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

    // Refused before reading: not a regular file (device, pipe, folder, symlink to one),
    // larger than maxFileBytes. Then as parseText.
    static Outcome<Migration> parseFile(const QString &path);
    // Refused: larger than maxFileBytes, not UTF-8 or containing a NUL byte (with the line),
    // empty, bad header, missing or repeated markers, SQL the parser rejects or cannot
    // hand back whole, COPY FROM STDIN / TO STDOUT, an up section without a statement.
    // Versions: digits whose value fits PostgreSQL's bigint (at most 9223372036854775807).
    static Outcome<Migration> parseText(const QByteArray &content, const QString &fileName);
    // SHA-256 of the text with CRLF/CR turned into LF and trailing blanks dropped per line,
    // so a Windows checkout or an editor's trailing spaces are not an edit; blanks that end
    // a line inside a string literal are kept, since the server stores them.
    static QString checksum(const SqlSource &source);
    static QStringList knownHeaderKeys();
    // The largest lock_retries a header or --lock-retries accepts.
    static constexpr int maxLockRetries = 100;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::Migration)
