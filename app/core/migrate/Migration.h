#pragma once

#include "migrate/SqlScript.h"

#include <QMetaType>
#include <QStringList>

namespace mathakine {

// One section (up or down) of a migration file.
struct MigrationSection {
    bool present = false;
    int firstLine = 0;           // file line just after the marker
    QList<SqlStatement> statements;
};

// One migration file of migrations/, parsed and checksummed.
struct Migration {
    QString filePath;
    QString fileName;
    QString version;             // "0002", ordered by its numeric value
    QString title;               // French
    QString titleEn;             // English, may be empty
    QString revision;            // Alembic revision id, may be empty
    bool transactional = true;
    QStringList lintIgnore;      // lint rules switched off for this file
    QString checksum;            // SHA-256 of the normalised text, hex
    QString text;                // the file as read (UTF-8), kept with the history to show drift
    MigrationSection up;
    MigrationSection down;

    // The title in the UI language ("fr" or "en"), falling back to the French title.
    QString displayTitle(const QString &language) const;
};

// Reads one migration file: header, sections, statements (libpg_query), checksum.
class MigrationParser {
    Q_DECLARE_TR_FUNCTIONS(MigrationParser)

public:
    static Outcome<Migration> parseFile(const QString &path);
    static Outcome<Migration> parseText(const QByteArray &content, const QString &fileName);
    // SHA-256 of the text with CRLF/CR turned into LF and trailing white space dropped per line,
    // so a Windows checkout or an editor's trailing spaces are not an edit.
    static QString checksum(const QString &text);
    static QStringList knownHeaderKeys();
};

} // namespace mathakine

Q_DECLARE_METATYPE(mathakine::Migration)
