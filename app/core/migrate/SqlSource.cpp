#include "migrate/SqlSource.h"

#include <pg_query.h>

#include <algorithm>

namespace mathakine {

namespace {

// Token numbers of pg_query.proto's enum Token (libpg_query 15).
constexpr quint64 kSemicolonToken = 59;      // ASCII_59
constexpr quint64 kLineCommentToken = 275;   // SQL_COMMENT
constexpr quint64 kBlockCommentToken = 276;  // C_COMMENT

// A reader of the protobuf wire format, enough for pg_query_scan's ScanResult
// { repeated ScanToken tokens = 2; } and ScanToken { int32 start = 1; int32 end = 2;
// Token token = 4; ... } (pg_query.proto): no allocation per token, unlike protobuf-c's unpack.
class WireReader {
public:
    WireReader(const char *data, size_t size)
        : m_p(reinterpret_cast<const uchar *>(data)), m_end(m_p + size)
    {}
    bool atEnd() const { return m_p >= m_end; }
    bool varint(quint64 &value)
    {
        value = 0;
        for (int shift = 0; m_p < m_end && shift < 64; shift += 7) {
            const uchar byte = *m_p++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }
    // Reads a field's key; for a length-delimited field, also its bytes as a sub-reader.
    bool field(quint64 &number, quint64 &value, WireReader *nested)
    {
        quint64 key = 0;
        if (!varint(key))
            return false;
        number = key >> 3;
        switch (key & 7) {
        case 0:
            return varint(value);
        case 1:
            return skip(8);
        case 5:
            return skip(4);
        case 2: {
            quint64 length = 0;
            if (!varint(length) || length > quint64(m_end - m_p))
                return false;
            *nested = WireReader(reinterpret_cast<const char *>(m_p), length);
            return skip(length);
        }
        default:
            return false;
        }
    }

private:
    bool skip(quint64 bytes)
    {
        if (bytes > quint64(m_end - m_p))
            return false;
        m_p += bytes;
        return true;
    }
    const uchar *m_p;
    const uchar *m_end;
};

// The tokens of a ScanResult, offsets shifted by from; false when the bytes are malformed.
bool readTokens(const PgQueryProtobuf &buffer, qsizetype from, QList<SqlSource::Token> &tokens)
{
    WireReader result(buffer.data, buffer.len);
    while (!result.atEnd()) {
        quint64 number = 0, value = 0;
        WireReader token(nullptr, 0);
        if (!result.field(number, value, &token))
            return false;
        if (number != 2)
            continue;
        quint64 start = 0, end = 0, kind = 0;
        while (!token.atEnd()) {
            WireReader unused(nullptr, 0);
            if (!token.field(number, value, &unused))
                return false;
            (number == 1 ? start : number == 2 ? end : number == 4 ? kind : value) = value;
        }
        SqlSource::Token t{from + static_cast<qsizetype>(start), from + static_cast<qsizetype>(end),
                           SqlSource::Token::Kind::Code};
        if (kind == kLineCommentToken || kind == kBlockCommentToken)
            t.kind = SqlSource::Token::Kind::Comment;
        else if (kind == kSemicolonToken)
            t.kind = SqlSource::Token::Kind::Semicolon;
        tokens << t;
    }
    return true;
}

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

}  // namespace

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
        const QString message =
            tr("SQL syntax error: %1").arg(QString::fromUtf8(result.error->message));
        pg_query_free_scan_result(result);
        return source.errorAt(cursor > 0 ? source.offsetOfCharacter(from, cursor) : from, message);
    }
    const bool read = readTokens(result.pbuf, from, source.m_tokens);
    pg_query_free_scan_result(result);
    if (!read)
        return source.errorAt(from, tr("The SQL scanner's result could not be read."));
    deriveCodeTokenEnds(source.m_tokens, source.m_bytes);
    return source;
}

int SqlSource::lineAt(qsizetype offset) const
{
    return static_cast<int>(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset)
                            - m_lineStarts.cbegin());
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
    return std::partition_point(m_tokens.cbegin(), m_tokens.cend(),
                                [offset](const Token &t) { return t.end <= offset; })
        - m_tokens.cbegin();
}

std::pair<qsizetype, qsizetype> SqlSource::codeSpan(qsizetype from, qsizetype to) const
{
    qsizetype start = -1, end = -1;
    for (qsizetype i = firstTokenAfter(from); i < m_tokens.size() && m_tokens.at(i).start < to;
         ++i) {
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
    return i < m_tokens.size() && m_tokens.at(i).kind == Token::Kind::Code
        && m_tokens.at(i).start < offset;
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

}  // namespace mathakine
