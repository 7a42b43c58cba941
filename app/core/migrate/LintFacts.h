#pragma once

#include "migrate/Migration.h"
#include "migrate/ParseTree.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace mathakine::lintfacts {

// What the linter (MigrationLinter) reads from libpg_query parse trees (JSON form): pure
// functions of the tree, no server.

// The first call of a volatile function in an expression ("random", "nextval"…), or an
// empty string. now() and CURRENT_TIMESTAMP are STABLE: since PostgreSQL 11 such a default
// is stored once, no rewrite (ALTER TABLE docs, "Notes").
QString volatileCall(const QJsonValue &value);

// What ADD COLUMN needs to know about a column definition.
struct ColumnFacts {
    QString name;
    bool notNull = false;  // NOT NULL or PRIMARY KEY
    // Existing rows get a value: DEFAULT (not NULL), serial, identity, generated.
    bool filled = false;
    QString rewriteCause;  // SQL that computes a value per row, forcing a table rewrite
    QList<QJsonObject> constraints;
};
// Takes a ColumnDef node.
ColumnFacts columnFacts(const QJsonObject &columnDef);

// Statements PostgreSQL refuses inside a transaction block, as SQL ("CREATE INDEX
// CONCURRENTLY", "VACUUM"…); empty for the others. kind is the statement's node name.
QString nonTransactionalCommand(const QString &kind, const QJsonObject &node);

// Keeps `tables` current with the CREATE, DROP and RENAME TABLE of one statement. CREATE
// TABLE IF NOT EXISTS of a table in `existing` is a no-op, so it does not count as created.
void trackTables(const QJsonObject &tree, QSet<parsetree::TableName> &tables,
                 const QSet<parsetree::TableName> &existing);

// "table|constraint" -> column of every ALTER TABLE ... ADD CONSTRAINT c CHECK (col IS NOT
// NULL) of the up sections: SET NOT NULL after VALIDATE CONSTRAINT c skips the scan
// (PostgreSQL 12+, ALTER TABLE docs), so it is not a finding.
QHash<QString, QString> notNullChecks(const QList<const Migration *> &migrations);

}  // namespace mathakine::lintfacts
