#pragma once

#include "schema/SchemaSnapshot.h"

namespace mathakine {

// The statements the diff proposes to bring an actual schema back to the expected one,
// built only from the expected snapshot's definitions. Only changes that cannot lose data
// are offered: they add, re-create an index or constraint, or reset a default; at worst
// they fail (SET NOT NULL on a column holding NULLs). Type changes and drops of
// unexpected columns or tables are never offered.
class SchemaFixSql {
public:
    // Definitions as pg_get_constraintdef / pg_get_indexdef would print them (names quoted,
    // referenced tables qualified), rebuilt from the snapshot's attributes.
    static QString keyDefinition(const SchemaTable &table, const SchemaKey &key, bool primary);
    static QString foreignKeyDefinition(const SchemaForeignKey &foreignKey);
    static QString indexDefinition(const SchemaTable &table, const SchemaIndex &index);

    static QString addColumn(const SchemaTable &table, const SchemaColumn &column);
    // A missing table from scratch: the sequences its columns own, CREATE TABLE with columns,
    // keys and checks, then its foreign keys and other indexes. Empty for a partitioned or
    // foreign table, whose definition the snapshot does not hold in full.
    static QStringList createTable(const SchemaTable &table,
                                   const QList<SchemaSequence> &sequences);
    static QString setDefault(const SchemaTable &table, const SchemaColumn &expected);
    static QString setNullability(const SchemaTable &table, const SchemaColumn &expected);
    static QString addConstraint(const SchemaTable &table, const QString &name,
                                 const QString &definition);
    // Drops and re-adds in one statement, so the table is never without the constraint.
    static QString replaceConstraint(const SchemaTable &table, const QString &name,
                                     const QString &definition);
    static QString validateConstraint(const SchemaTable &table, const QString &name);
    static QString createIndex(const SchemaTable &table, const SchemaIndex &index);
    static QStringList replaceIndex(const SchemaTable &table, const SchemaIndex &index);
    static QString reindex(const SchemaTable &table, const SchemaIndex &index);
    static QString createView(const SchemaTable &view, bool replace);
    static QString createEnum(const SchemaEnum &type);
    // ALTER TYPE … ADD VALUE for each expected label the actual type lacks, in place;
    // empty when the actual labels are not an ordered subset of the expected ones.
    static QStringList addEnumValues(const SchemaEnum &expected, const SchemaEnum &actual);
    static QString createSequence(const SchemaSequence &sequence);
    // ALTER SEQUENCE with one clause ("INCREMENT BY 1", "OWNED BY users.id").
    static QString alterSequence(const SchemaSequence &sequence, const QString &clause);
    static QString renameConstraint(const SchemaTable &table, const QString &from,
                                    const QString &to);
};

}  // namespace mathakine
