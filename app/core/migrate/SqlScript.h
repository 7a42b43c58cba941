#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace mathakine {

// One SQL statement of a migration section, as libpg_query split and parsed it.
struct SqlStatement {
    QString sql;         // the statement text without its trailing ';'
    int line = 0;        // 1-based line in the migration file of its first token
    QJsonObject tree;    // libpg_query parse tree of the statement ({"CreateStmt": {...}})
    QString kind() const { return tree.isEmpty() ? QString() : tree.constBegin().key(); }
};

// Splits and parses SQL with the real PostgreSQL parser (libpg_query): dollar quotes,
// comments and ';' inside strings are handled; a syntax error is reported with the
// file's line and column and nothing is returned.
class SqlScript {
    Q_DECLARE_TR_FUNCTIONS(SqlScript)

public:
    // firstLine: the file line where sql starts, so positions are file positions.
    static Outcome<QList<SqlStatement>> parse(const QString &sql, const QString &fileName, int firstLine);
};

} // namespace mathakine
