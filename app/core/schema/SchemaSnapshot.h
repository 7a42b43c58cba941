#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mathakine {

// The shape of a database schema as plain values: what the migrations say it should be
// (an expected snapshot) or what a live database has (an actual one). Names are stored
// unquoted; types and expressions as PostgreSQL prints them with the snapshot's schemas on
// the search path, so two snapshots taken the same way compare as text.

struct SchemaColumn {
    QString name;
    int ordinal = 0;  // 1-based position among live columns (dropped ones leave no gap)
    QString type;     // format_type(): "character varying(50)", "userrole", "integer[]"
    bool nullable = true;
    QString defaultValue;  // pg_get_expr of the default; empty when none
    QString identity;      // "", "always" or "by default"
    QString generated;     // generation expression of a stored generated column, else empty
    QString collation;     // only when it differs from the type's default collation

    bool operator==(const SchemaColumn &) const = default;
};

// A primary key or a unique constraint (INCLUDE, NULLS NOT DISTINCT and storage parameters
// are those of its index, see SchemaIndex::constraint).
struct SchemaKey {
    QString name;
    QStringList columns;
    bool deferrable = false;
    bool deferred = false;

    bool operator==(const SchemaKey &) const = default;
};

struct SchemaForeignKey {
    QString name;
    QStringList columns;
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
    QString onUpdate = QStringLiteral("NO ACTION");
    QString onDelete = QStringLiteral("NO ACTION");
    QString match = QStringLiteral("SIMPLE");
    bool deferrable = false;
    bool deferred = false;
    bool validated = true;

    bool operator==(const SchemaForeignKey &) const = default;
};

// A check or exclusion constraint, compared by its definition.
struct SchemaCheck {
    QString name;
    QString definition;  // "CHECK ((priority >= 1))"
    bool validated = true;

    bool operator==(const SchemaCheck &) const = default;
};

struct SchemaIndex {
    QString name;
    // Key columns as in CREATE INDEX: a quoted name or a (parenthesised expression), then any
    // COLLATE, non-default operator class, DESC / NULLS FIRST: "(lower((label)::text)) DESC".
    QStringList columns;
    QStringList include;  // INCLUDE (...) columns, quoted
    bool unique = false;
    bool nullsNotDistinct = false;
    QString method = QStringLiteral("btree");
    QString predicate;   // partial index WHERE clause, empty when none
    QString options;     // storage parameters, "fillfactor=70"
    bool valid = true;   // false after a failed CREATE INDEX CONCURRENTLY
    QString constraint;  // the primary key / unique / exclusion constraint it backs, else empty

    bool operator==(const SchemaIndex &) const = default;
};

// A table, partitioned table, foreign table, view or materialized view.
struct SchemaTable {
    QString schema;
    QString name;
    QString kind = QStringLiteral(
        "table");            // table, partitioned table, foreign table, view, materialized view
    QString viewDefinition;  // views only: pg_get_viewdef
    QList<SchemaColumn> columns;
    std::optional<SchemaKey> primaryKey;
    QList<SchemaKey> uniques;
    QList<SchemaForeignKey> foreignKeys;
    QList<SchemaCheck> checks;
    QList<SchemaIndex> indexes;

    bool isView() const { return kind.endsWith(QLatin1String("view")); }
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    const SchemaColumn *column(const QString &columnName) const;
    const SchemaIndex *index(const QString &indexName) const;
    bool operator==(const SchemaTable &) const = default;
};

struct SchemaSequence {
    QString schema;
    QString name;
    QString type = QStringLiteral("bigint");
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 0;
    qint64 cache = 1;
    bool cycle = false;
    QString ownedByTable;  // "users" for a serial or identity column, else empty
    QString ownedByColumn;

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    bool operator==(const SchemaSequence &) const = default;
};

struct SchemaEnum {
    QString schema;
    QString name;
    QStringList labels;  // in sort order

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    bool operator==(const SchemaEnum &) const = default;
};

// The item of a list (columns, keys, indexes…) with this name, or null.
template<typename T>
const T *findNamed(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

// Every object of the snapshot's schemas, each list sorted by qualified name (and the
// objects of a table by name, columns by ordinal) so that equal schemas give equal values.
struct SchemaSnapshot {
    QString version;      // the migration version of an expected snapshot, else empty
    QStringList schemas;  // the schemas it covers, e.g. {"public"}
    QList<SchemaTable> tables;
    QList<SchemaTable> views;
    QList<SchemaSequence> sequences;
    QList<SchemaEnum> enums;

    const SchemaTable *table(const QString &schema, const QString &name) const;
    // Puts every list in canonical order; the introspector and the JSON reader call it.
    void normalise();
    bool isEmpty() const
    {
        return tables.isEmpty() && views.isEmpty() && sequences.isEmpty() && enums.isEmpty();
    }
    bool operator==(const SchemaSnapshot &) const = default;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::SchemaSnapshot)
