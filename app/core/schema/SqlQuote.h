#pragma once

#include <QString>
#include <QStringList>

namespace mathakine {

// Quoting for the SQL the diff proposes, the way PostgreSQL's quote_ident and
// quote_literal do it, so generated statements read like hand-written ones.
class SqlQuote {
public:
    // Exactly PostgreSQL's quote_ident: bare when [a-z_][a-z0-9_]* and not a reserved,
    // column-name or type-function keyword; else quoted, with '"' doubled.
    static QString identifier(const QString &name);
    static QString qualified(const QString &schema, const QString &name);
    static QString identifiers(const QStringList &names);  // "a, b, c"
    static QString literal(const QString &value);
};

}  // namespace mathakine
