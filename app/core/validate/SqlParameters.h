#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace mathakine {

// A statement whose :name placeholders became $1, $2…, and the values to bind, in order.
struct BoundStatement {
    QString sql;
    QStringList names;   // one per $n
    QStringList values;  // one per $n; a null QString binds SQL NULL
};

// The plan's placeholder syntax is pgbench's (:name), so the same text runs in both.
// Placeholders are found outside quotes, dollar quotes and comments; "::" casts are left alone.
class SqlParameters {
    Q_DECLARE_TR_FUNCTIONS(SqlParameters)

public:
    // The placeholder names of sql, in order of first use.
    static QStringList names(const QString &sql);
    // Replaces the placeholders by $n and picks their values; an unknown name is an error.
    static Outcome<BoundStatement> bind(const QString &sql, const QHash<QString, QString> &values);
};

}  // namespace mathakine
