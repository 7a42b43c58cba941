#pragma once

#include "migrate/SqlSource.h"

#include <QJsonObject>

namespace mathakine {

// One SQL statement of a migration section, as libpg_query delimited and parsed it.
struct SqlStatement {
    // The statement's exact text in the file, from its first to its last token: what the
    // server receives, byte for byte. Blanks, comments and the ';' around it are not part of it.
    QString sql;
    int line = 0;          // 1-based line in the file of its first token
    qsizetype offset = 0;  // byte offset in the file of its first byte
    qsizetype length = 0;  // its length in bytes (UTF-8)
    QJsonObject tree;      // libpg_query parse tree of the statement ({"CreateStmt": {...}})
    QString kind() const { return tree.isEmpty() ? QString() : tree.constBegin().key(); }
};

// Splits and parses SQL with the real PostgreSQL parser (libpg_query): statement bounds
// are its stmt_location/stmt_len on the original bytes. Errors (exit 2, file:line:column),
// and then nothing is returned: a syntax error; a statement too deeply nested to be read
// back; a COPY from STDIN or to STDOUT, which needs a client protocol the runner does not speak.
class SqlScript {
    Q_DECLARE_TR_FUNCTIONS(SqlScript)

public:
    // The statements in the byte range [from, to) of an already scanned source.
    static Outcome<QList<SqlStatement>> parse(const SqlSource &source, qsizetype from,
                                              qsizetype to);
    // A whole SQL text; firstLine: the file line where sql starts, so lines are file lines.
    static Outcome<QList<SqlStatement>> parse(const QString &sql, const QString &fileName,
                                              int firstLine);
};

}  // namespace mathakine
