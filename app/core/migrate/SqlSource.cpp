#include "migrate/SqlSource.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>

namespace mathakine {

namespace {

QList<qsizetype> lineStartsOf(const QByteArray &bytes)
{
    QList<qsizetype> starts{0};
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
            starts << i + 1;
    }
    return starts;
}

bool isWhiteSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// pg_query_scan reports a wrong end for U&'…' and U&"…" (start + a decoded length), while
// every start is right. A code token never ends in white space and only white space lies
// between it and the next token, so its end is the next token's start less that space.
void deriveCodeTokenEnds(QList<SqlSource::Token> &tokens, const QByteArray &bytes)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        SqlSource::Token &token = tokens[i];
        if (token.kind == SqlSource::Token::Kind::Comment)
            continue;  // a comment's end is right, and "-- x   " may end in blanks
        qsizetype end = i + 1 < tokens.size() ? tokens.at(i + 1).start : bytes.size();
        while (end > token.start + 1 && isWhiteSpace(bytes.at(end - 1)))
            --end;
        token.end = end;
    }
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

Outcome<SqlSource> SqlSource::scan(const QByteArray &bytes, const QString &fileName, qsizetype from)
{
    SqlSource source;
    source.m_bytes = bytes;
    source.m_fileName = fileName;
    source.m_from = from;
    source.m_lineStarts = lineStartsOf(bytes);

    PgQueryScanResult result = pg_query_scan(bytes.constData() + from);
    if (result.error) {
        const int cursor = result.error->cursorpos;
        const QString message = tr("SQL syntax error: %1").arg(QString::fromUtf8(result.error->message));
        pg_query_free_scan_result(result);
        return source.errorAt(cursor > 0 ? source.offsetOfCharacter(from, cursor) : from, message);
    }
    PgQuery__ScanResult *scanned = pg_query__scan_result__unpack(
        nullptr, result.pbuf.len, reinterpret_cast<const uint8_t *>(result.pbuf.data));
    if (scanned) {
        source.m_tokens.reserve(static_cast<qsizetype>(scanned->n_tokens));
        for (size_t i = 0; i < scanned->n_tokens; ++i) {
            const PgQuery__ScanToken *t = scanned->tokens[i];
            Token token{from + t->start, from + t->end, Token::Kind::Code};
            if (t->token == PG_QUERY__TOKEN__SQL_COMMENT || t->token == PG_QUERY__TOKEN__C_COMMENT)
                token.kind = Token::Kind::Comment;
            else if (t->token == PG_QUERY__TOKEN__ASCII_59)
                token.kind = Token::Kind::Semicolon;
            source.m_tokens << token;
        }
        pg_query__scan_result__free_unpacked(scanned, nullptr);
    }
    pg_query_free_scan_result(result);
    deriveCodeTokenEnds(source.m_tokens, bytes);
    if (!scanned)
        return source.errorAt(from, tr("The SQL scanner's result could not be read."));
    return source;
}

int SqlSource::lineAt(qsizetype offset) const
{
    return static_cast<int>(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin());
}

int SqlSource::columnAt(qsizetype offset) const
{
    int column = 1;
    for (qsizetype i = lineStart(lineAt(offset)); i < offset && i < m_bytes.size(); ++i) {
        if (!isContinuationByte(m_bytes.at(i)))
            ++column;
    }
    return column;
}

qsizetype SqlSource::lineStart(int line) const
{
    return m_lineStarts.at(std::clamp(line, 1, lineCount()) - 1);
}

qsizetype SqlSource::offsetOfCharacter(qsizetype from, int cursorPos) const
{
    qsizetype i = from;
    for (int counted = 1; i < m_bytes.size(); ++i) {
        if (isContinuationByte(m_bytes.at(i)))
            continue;
        if (counted++ == cursorPos)
            return i;
    }
    return i;
}

qsizetype SqlSource::firstTokenAfter(qsizetype offset) const
{
    return std::partition_point(m_tokens.cbegin(), m_tokens.cend(), [offset](const Token &t) { return t.end <= offset; })
        - m_tokens.cbegin();
}

std::pair<qsizetype, qsizetype> SqlSource::codeSpan(qsizetype from, qsizetype to) const
{
    qsizetype start = -1, end = -1;
    for (qsizetype i = firstTokenAfter(from); i < m_tokens.size() && m_tokens.at(i).start < to; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.kind != Token::Kind::Code || t.start < from)
            continue;
        if (start < 0)
            start = t.start;
        end = std::min(t.end, to);
    }
    return start < 0 ? std::pair<qsizetype, qsizetype>{from, from} : std::pair{start, end};
}

bool SqlSource::insideCodeToken(qsizetype offset) const
{
    const qsizetype i = firstTokenAfter(offset);
    return i < m_tokens.size() && m_tokens.at(i).kind == Token::Kind::Code && m_tokens.at(i).start < offset;
}

AppError SqlSource::errorAt(qsizetype offset, const QString &message) const
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.file = m_fileName;
    error.line = lineAt(offset);
    error.column = columnAt(offset);
    error.message = message;
    return error;
}

} // namespace mathakine
