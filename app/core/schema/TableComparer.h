#pragma once

#include "schema/DiffCollector.h"
#include "schema/SchemaSnapshot.h"

namespace mathakine {

// Compares one expected table (or view) with the actual one of the same name: columns,
// keys, foreign keys, checks and indexes, each attribute on its own, so that one change
// made by hand is reported once, with the attribute that differs.
class TableComparer {
public:
    TableComparer(const SchemaTable &expected, const SchemaTable &actual,
                  QList<SchemaDifference> &out);

    void compareColumns();
    void compareConstraints();
    void compareIndexes();

private:
    void compareColumn(const SchemaColumn &e, const SchemaColumn &a);
    void compareColumnOrder();
    void compareKey(SchemaObjectType type, const SchemaKey &e, const SchemaKey &a);
    void compareForeignKey(const SchemaForeignKey &e, const SchemaForeignKey &a);
    void compareCheck(const SchemaCheck &e, const SchemaCheck &a);
    void compareIndex(const SchemaIndex &e, const SchemaIndex &a);

    const SchemaTable &m_expected;
    const SchemaTable &m_actual;
    DiffCollector m_diff;
};

}  // namespace mathakine
