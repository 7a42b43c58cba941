#pragma once

#include "common/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace mathakine {

// A SQL file as its exact bytes, cut into tokens by PostgreSQL's own scanner (libpg_query's
// pg_query_scan), with a table of line starts so that a byte offset maps to its line by
// binary search. Where a statement, a string or a comment begins and ends is always the
// scanner's answer, never a guess of ours (issue 13).
class SqlSource {
    Q_DECLARE_TR_FUNCTIONS(SqlSource)

public:
    struct Token {
        enum class Kind { Code, Comment, Semicolon };
        qsizetype start = 0;  // byte offset in bytes(), inclusive
        qsizetype end = 0;    // byte offset, exclusive
        Kind kind = Kind::Code;
    };

    // Scans bytes from byte offset `from` (past a byte-order mark) to the end. bytes must be
    // valid UTF-8 without NUL bytes (MigrationParser checks). Error (exit 2): an unterminated
    // string, identifier or comment, with the file's line and column.
    static Outcome<SqlSource> scan(const QByteArray &bytes, const QString &fileName,
                                   qsizetype from = 0);

    const QByteArray &bytes() const { return m_bytes; }
    const QString &fileName() const { return m_fileName; }
    const QList<Token> &tokens() const { return m_tokens; }
    qsizetype begin() const { return m_from; }

    // 1-based line of a byte offset; a line ends at LF, CRLF or a lone CR.
    int lineAt(qsizetype offset) const;
    // 1-based column of a byte offset, in characters (code points) as PostgreSQL counts.
    int columnAt(qsizetype offset) const;
    // Byte offset of a line's first byte (line 1-based, clamped to the text).
    qsizetype lineStart(int line) const;
    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }
    // Byte offset of PostgreSQL's 1-based character position cursorPos (an error's
    // cursorpos counts characters, not bytes) in the text that starts at byte `from`.
    qsizetype offsetOfCharacter(qsizetype from, int cursorPos) const;
    // Index of the first token that ends after offset (tokens().size() when none).
    qsizetype firstTokenAfter(qsizetype offset) const;
    // [start, end) from the first to the last code token inside [from, to): a statement
    // without the blanks, comments and ';' around it. start == end when there is no code.
    std::pair<qsizetype, qsizetype> codeSpan(qsizetype from, qsizetype to) const;
    // True when offset lies strictly inside a string, identifier or other code token.
    bool insideCodeToken(qsizetype offset) const;
    // An exit-2 error about this file at the line and column of a byte offset.
    AppError errorAt(qsizetype offset, const QString &message) const;

private:
    QByteArray m_bytes;
    QString m_fileName;
    qsizetype m_from = 0;
    QList<qsizetype> m_lineStarts;
    QList<Token> m_tokens;
};

}  // namespace mathakine
