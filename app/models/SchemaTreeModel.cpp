#include "SchemaTreeModel.h"

#include "AppIcons.h"
#include "StatusColors.h"

#include <QBrush>
#include <QFont>

namespace mathakine {

SchemaTreeModel::SchemaTreeModel(QObject *parent) : QAbstractItemModel(parent)
{}

QColor SchemaTreeModel::kindColor(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing:
        return StatusColors::bad();  // expected, absent: something to create
    case DiffKind::Unexpected:
        return QColor(0x15, 0x65, 0xC0);  // present, not expected: to review
    case DiffKind::Changed:
        return QColor(0xB2, 0x50, 0x00);  // present, but not as expected
    }
    return {};
}

QString SchemaTreeModel::kindIconName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing:
        return QStringLiteral("list-remove");
    case DiffKind::Unexpected:
        return QStringLiteral("list-add");
    case DiffKind::Changed:
        return QStringLiteral("document-edit");
    }
    return {};
}

QString SchemaTreeModel::kindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing:
        return tr("missing");
    case DiffKind::Unexpected:
        return tr("unexpected");
    case DiffKind::Changed:
        return tr("changed");
    }
    return {};
}

void SchemaTreeModel::setSnapshots(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                                   const SchemaDiff &diff)
{
    beginResetModel();
    m_tree = SchemaTreeIndex::build(expected, actual, diff);
    endResetModel();
}

void SchemaTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitTextsChanged({});
}

void SchemaTreeModel::emitTextsChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent),
                     {Qt::DisplayRole, Qt::ToolTipRole, DetailsRole, DescriptionRole});
    for (int row = 0; row < rows; ++row)
        emitTextsChanged(index(row, 0, parent));
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &rows =
        m_tree.childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1);
    return createIndex(row, column, static_cast<quintptr>(rows.at(row)));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = nodeAt(child).parent;
    return parent < 0 ? QModelIndex()
                      : createIndex(m_tree.nodes.at(parent).row, 0, static_cast<quintptr>(parent));
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;  // rows hang under the first column only, as QTreeView expects
    return static_cast<int>(
        m_tree.childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1).size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags SchemaTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    default:
        return {};
    }
}

QString SchemaTreeModel::text(const SchemaTreeNode &node, int column) const
{
    using Type = SchemaTreeNode::Type;
    if (column == ExpectedColumn || column == ActualColumn) {
        const bool present = column == ExpectedColumn ? node.inExpected : node.inActual;
        if (node.type == Type::Table)
            return present ? tr("table") : QString();
        return column == ExpectedColumn ? node.expected : node.actual;
    }
    switch (node.type) {
    case Type::Table:
    case Type::Column:
        return node.name;
    case Type::Index:
        return tr("index %1").arg(node.name);
    case Type::ForeignKey:
        return tr("foreign key %1").arg(node.name);
    case Type::OutsideTable:
        return SchemaDiff::objectTypeName(node.objectType) + QLatin1Char(' ') + node.name;
    }
    return {};
}

QString SchemaTreeModel::descriptions(const SchemaTreeStatus &status) const
{
    QStringList lines;
    for (int i : status.differences)
        lines << SchemaDiff::describe(m_tree.diff.differences.at(i));
    return lines.join(QLatin1Char('\n'));
}

QString SchemaTreeModel::fixes(const SchemaTreeStatus &status) const
{
    QStringList statements;
    for (int i : status.differences)
        statements << m_tree.diff.differences.at(i).fixSql;
    return statements.join(QLatin1Char('\n'));
}

QIcon SchemaTreeModel::kindIcon(DiffKind kind) const
{
    QIcon &icon = m_kindIcons.at(static_cast<size_t>(kind));
    if (icon.isNull())
        icon = AppIcons::tinted(kindIconName(kind), kindColor(kind));
    return icon;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SchemaTreeNode &node = nodeAt(index);
    const SchemaTreeStatus *status = m_tree.statusOf(node);
    const bool first = index.column() == ObjectColumn;
    switch (role) {
    case Qt::DisplayRole:
        return text(node, index.column());
    case HasDifferenceRole:
        return status || node.childDiffers;
    case SeverityRole:
        return status ? static_cast<int>(status->worst) : -1;
    case KindRole:
        return status ? static_cast<int>(status->kind) : -1;
    case DescriptionRole:
        return status ? descriptions(*status) : QString();
    case FixSqlRole:
        return status ? fixes(*status) : QString();
    case DetailsRole: {
        if (!status)
            return QString();
        const QString fix = fixes(*status);
        return descriptions(*status) + (fix.isEmpty() ? QString() : QStringLiteral("\n\n") + fix);
    }
    case Qt::ForegroundRole:
        return status ? QVariant(QBrush(kindColor(status->kind))) : QVariant();
    case Qt::DecorationRole:
        return first && status ? QVariant(kindIcon(status->kind)) : QVariant();
    case Qt::ToolTipRole:
        return first && status ? QVariant(kindName(status->kind)) : QVariant();
    case Qt::FontRole: {
        if (!first || status || !node.childDiffers)
            return {};
        QFont bold;  // the differences are on its rows, in their colours
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

}  // namespace mathakine
