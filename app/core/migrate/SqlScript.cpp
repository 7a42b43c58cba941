#include "migrate/SqlScript.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <pg_query.h>

namespace mathakine {

namespace {

// Position of a 1-based character offset (PostgreSQL counts characters, not bytes).
std::pair<int, int> lineAndColumn(const QString &text, int characterPos, int firstLine)
{
    int line = firstLine;
    int column = 1;
    int counted = 0;
    for (qsizetype i = 0; i < text.size() && counted < characterPos - 1; ++i) {
        if (text.at(i).isHighSurrogate())
            continue;  // a surrogate pair is one character
        ++counted;
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// Offset of the first byte that is neither white space nor inside a comment.
qsizetype firstTokenOffset(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    qsizetype i = from;
    while (i < to) {
        const char c = bytes.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++i;
        } else if (c == '-' && i + 1 < to && bytes.at(i + 1) == '-') {
            while (i < to && bytes.at(i) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < to && bytes.at(i + 1) == '*') {
            const qsizetype end = bytes.indexOf("*/", i + 2);
            i = end < 0 ? to : end + 2;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

Outcome<QList<SqlStatement>> SqlScript::parse(const QString &sql, const QString &fileName, int firstLine)
{
    const QByteArray bytes = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(bytes.constData());
    if (result.error) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = tr("SQL syntax error: %1").arg(QString::fromUtf8(result.error->message));
        error.file = fileName;
        const auto [line, column] = lineAndColumn(sql, result.error->cursorpos, firstLine);
        error.line = result.error->cursorpos > 0 ? line : firstLine;
        error.column = result.error->cursorpos > 0 ? column : 0;
        pg_query_free_parse_result(result);
        return error;
    }
    const QJsonObject root = QJsonDocument::fromJson(QByteArray(result.parse_tree)).object();
    pg_query_free_parse_result(result);

    QList<SqlStatement> statements;
    for (const QJsonValue &value : root.value(QLatin1String("stmts")).toArray()) {
        const QJsonObject entry = value.toObject();
        // protobuf JSON omits zero values: no location means 0, no length means "to the end".
        const qsizetype location = entry.value(QLatin1String("stmt_location")).toInt(0);
        const qsizetype length = entry.value(QLatin1String("stmt_len")).toInt(0);
        const qsizetype end = length > 0 ? location + length : bytes.size();
        const qsizetype start = firstTokenOffset(bytes, location, end);
        SqlStatement statement;
        statement.sql = QString::fromUtf8(bytes.mid(start, end - start)).trimmed();
        if (statement.sql.endsWith(QLatin1Char(';')))
            statement.sql.chop(1);
        statement.line = firstLine + static_cast<int>(bytes.left(start).count('\n'));
        statement.tree = entry.value(QLatin1String("stmt")).toObject();
        statements << statement;
    }
    return statements;
}

} // namespace mathakine
