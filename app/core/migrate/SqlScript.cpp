#include "migrate/SqlScript.h"

#include "migrate/ParseTree.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <pg_query.h>

#include <cstring>

namespace mathakine {

namespace {

// A parse tree as JSON, or an empty object when it cannot be read back (QJsonDocument
// refuses nesting deeper than its limit, which ~600 nested calls exceed).
QJsonObject readTree(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(json, static_cast<qsizetype>(std::strlen(json))), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

// Byte offset of the first statement in [from, to) that the parser rejects or whose tree
// cannot be read: the statements are split by libpg_query's scanner, then parsed one by one.
qsizetype firstUnreadableStatement(const SqlSource &source, qsizetype from, qsizetype to)
{
    const QByteArray section = source.bytes().mid(from, to - from);
    PgQuerySplitResult split = pg_query_split_with_scanner(section.constData());
    qsizetype found = from;
    for (int i = 0; !split.error && i < split.n_stmts; ++i) {
        const qsizetype location = split.stmts[i]->stmt_location;
        const QByteArray text = section.mid(location, split.stmts[i]->stmt_len);
        PgQueryParseResult parsed = pg_query_parse(text.constData());
        const bool readable = !parsed.error && !readTree(parsed.parse_tree).isEmpty();
        pg_query_free_parse_result(parsed);
        if (!readable) {
            found = source.codeSpan(from + location, from + location + text.size()).first;
            break;
        }
    }
    pg_query_free_split_result(split);
    return found;
}

// COPY FROM STDIN / TO STDOUT make the server wait for the client's copy protocol.
bool needsCopyProtocol(const SqlStatement &statement)
{
    return statement.kind() == QLatin1String("CopyStmt")
        && !parsetree::object(statement.tree, "CopyStmt").contains(QLatin1String("filename"));
}

}  // namespace

Outcome<QList<SqlStatement>> SqlScript::parse(const SqlSource &source, qsizetype from, qsizetype to)
{
    const QByteArray section = source.bytes().mid(from, to - from);
    PgQueryParseResult result = pg_query_parse(section.constData());
    if (result.error) {
        const QString message =
            tr("SQL syntax error: %1").arg(QString::fromUtf8(result.error->message));
        const int cursor = result.error->cursorpos;
        pg_query_free_parse_result(result);
        return source.errorAt(cursor > 0 ? source.offsetOfCharacter(from, cursor)
                                         : firstUnreadableStatement(source, from, to),
                              message);
    }
    const QJsonObject root = readTree(result.parse_tree);
    pg_query_free_parse_result(result);
    if (root.isEmpty()) {
        return source.errorAt(
            firstUnreadableStatement(source, from, to),
            tr("This statement is nested too deeply for the tool to read its parse tree; split it into simpler statements."));
    }

    QList<SqlStatement> statements;
    const QJsonArray entries = root.value(QLatin1String("stmts")).toArray();
    statements.reserve(entries.size());
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        // protobuf JSON omits zero values: no location means 0, no length means "to the end".
        const qsizetype location = from + entry.value(QLatin1String("stmt_location")).toInteger(0);
        const qsizetype length = entry.value(QLatin1String("stmt_len")).toInteger(0);
        const auto [start, end] = source.codeSpan(location, length > 0 ? location + length : to);
        if (start == end)
            return source.errorAt(location, tr("The parser returned a statement without text."));
        SqlStatement statement;
        statement.offset = start;
        statement.length = end - start;
        statement.sql = QString::fromUtf8(source.bytes().constData() + start, end - start);
        statement.line = source.lineAt(start);
        statement.tree = entry.value(QLatin1String("stmt")).toObject();
        if (needsCopyProtocol(statement)) {
            return source.errorAt(
                start,
                tr("COPY from STDIN or to STDOUT needs the client's copy protocol, which migrations cannot use:"
                   " write the rows as INSERT statements, or COPY from a file on the server."));
        }
        statements << statement;
    }
    return statements;
}

Outcome<QList<SqlStatement>> SqlScript::parse(const QString &sql, const QString &fileName,
                                              int firstLine)
{
    auto source = SqlSource::scan(sql.toUtf8(), fileName);
    auto parsed = source ? parse(source.value(), 0, source->bytes().size())
                         : Outcome<QList<SqlStatement>>(source.error());
    if (!parsed) {
        AppError error = parsed.error();
        error.line += firstLine - 1;
        return error;
    }
    QList<SqlStatement> statements = parsed.value();
    for (SqlStatement &statement : statements)
        statement.line += firstLine - 1;
    return statements;
}

}  // namespace mathakine
