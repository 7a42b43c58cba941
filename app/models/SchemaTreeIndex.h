#pragma once

#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QList>
#include <QString>

namespace mathakine {

// What differs on one object, (table, object) as in SchemaDifference: gathered once from
// the difference list, shared by every row that shows that object.
struct SchemaTreeStatus {
    QList<int> differences;  // positions in SchemaDiff::differences, in its order
    DiffSeverity worst = DiffSeverity::Info;
    DiffKind kind = DiffKind::Changed;  // Changed when the object has differences of two kinds
};

// One row of the schema tree. Texts that depend on the language ("table", "index %1") are
// not stored: the model builds them when asked, so they follow a change of language.
struct SchemaTreeNode {
    enum class Type {
        Table,  // top level, children: its columns, then indexes, then foreign keys
        Column,
        Index,
        ForeignKey,
        OutsideTable,  // top level: one difference on an enum type or a sequence
    };
    Type type = Type::Table;
    // The object's unquoted name; for OutsideTable, the enum type or sequence and its kind.
    QString name;
    SchemaObjectType objectType = SchemaObjectType::Table;
    bool inExpected = false;  // the expected side holds it
    bool inActual = false;
    QString expected, actual;   // definitions as SQL-like text, empty on a side lacking the object
    int parent = -1;            // position in SchemaTreeIndex::nodes, -1 for a top-level row
    int row = 0;                // position under its parent
    QList<int> children;        // positions in SchemaTreeIndex::nodes
    int status = -1;            // position in statuses, -1 when nothing differs on it
    bool childDiffers = false;  // a table with a difference on one of its rows
};

// The schema tree as plain values, built in one pass over both snapshots and the difference
// list (objects matched by name through hashes, each difference looked at once).
// Tables are those of either side, the expected order first, then those only the database
// has; views are not listed (their differences count in the summary, as before).
struct SchemaTreeIndex {
    SchemaDiff diff;
    QList<SchemaTreeNode> nodes;
    QList<int> topLevel;  // positions in nodes, in display order
    QList<SchemaTreeStatus> statuses;

    static SchemaTreeIndex build(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                                 const SchemaDiff &diff);
    // The rows under a node (position in nodes), or the top-level rows for -1.
    const QList<int> &childrenOf(int node) const
    {
        return node < 0 ? topLevel : nodes.at(node).children;
    }
    // The status of a node, or null when nothing differs on it.
    const SchemaTreeStatus *statusOf(const SchemaTreeNode &node) const
    {
        return node.status < 0 ? nullptr : &statuses.at(node.status);
    }
};

}  // namespace mathakine
