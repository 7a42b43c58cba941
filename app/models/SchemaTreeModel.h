#pragma once

#include "SchemaTreeIndex.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <array>

namespace mathakine {

// Expected and actual schema side by side as a tree: table → columns, indexes and foreign
// keys, each row with its expected and actual definition and the differences found on it
// (coloured, with an icon and the fix SQL), then one row per difference on an enum type or
// a sequence. A read-only view of a SchemaTreeIndex: rows and statuses are indexed once per
// setSnapshots(), texts are made in the current language when asked (see retranslate()).
class SchemaTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ObjectColumn, ExpectedColumn, ActualColumn, ColumnCount };
    // Every column of a row answers these roles the same way.
    enum Role {
        HasDifferenceRole = Qt::UserRole + 1,  // bool, on the row and its table
        DetailsRole,      // translated descriptions, a blank line, then fix SQL
        SeverityRole,     // worst DiffSeverity as int, -1 when none
        KindRole,         // DiffKind as int (Changed when mixed), -1 when none
        DescriptionRole,  // the translated descriptions only, one per line
        FixSqlRole,       // the fix statements only, one per line
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    // Replaces the whole tree (a model reset). diff: SchemaComparer::compare(expected, actual),
    // possibly without the differences accepted on purpose.
    void setSnapshots(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                      const SchemaDiff &diff);
    // After a change of language (the page calls it on QEvent::LanguageChange): headers and
    // every row's texts, tooltips and descriptions change, so the views redraw them.
    void retranslate();

    // One colour and one icon per kind of difference, the same in the tree and its legend.
    static QColor kindColor(DiffKind kind);
    static QString kindIconName(DiffKind kind);  // an AppIcons name
    static QString kindName(DiffKind kind);      // translated: "missing", "unexpected", "changed"

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const SchemaTreeNode &nodeAt(const QModelIndex &index) const
    {
        return m_tree.nodes.at(static_cast<int>(index.internalId()));
    }
    QString text(const SchemaTreeNode &node, int column) const;
    QString descriptions(const SchemaTreeStatus &status) const;
    QString fixes(const SchemaTreeStatus &status) const;
    QIcon kindIcon(DiffKind kind) const;
    void emitTextsChanged(const QModelIndex &parent);

    SchemaTreeIndex m_tree;
    mutable std::array<QIcon, 3> m_kindIcons;  // tinted once, on first use
};

}  // namespace mathakine
