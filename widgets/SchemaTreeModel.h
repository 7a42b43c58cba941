#pragma once

#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QStandardItemModel>

namespace mathakine {

// Expected and actual schema side by side as a tree: table → columns, indexes and
// constraints, each row with its expected and actual definition and the differences
// found on it (coloured, with the fix SQL in DetailsRole).
class SchemaTreeModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Role {
        HasDifferenceRole = Qt::UserRole + 1,  // bool, on the row and its ancestors
        DetailsRole,                           // translated descriptions, then fix SQL
        SeverityRole,                          // worst DiffSeverity as int, -1 when none
        KindRole,                              // DiffKind as int (Changed when mixed), -1 when none
        DescriptionRole,                       // the translated descriptions only, one per line
        FixSqlRole,                            // the fix statements only, one per line
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    void setSnapshots(const SchemaSnapshot &expected, const SchemaSnapshot &actual, const SchemaDiff &diff);

    // One colour and one icon per kind of difference, the same in the tree and its legend.
    static QColor kindColor(DiffKind kind);
    static QString kindIconName(DiffKind kind);  // an AppIcons name
    static QString kindName(DiffKind kind);      // translated: "missing", "unexpected", "changed"

private:
    void retranslateHeaders();
};

} // namespace mathakine
