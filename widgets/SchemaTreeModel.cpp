#include "SchemaTreeModel.h"

#include "AppIcons.h"
#include "StatusColors.h"

#include <QBrush>

namespace mathakine {

namespace {

QString columnText(const SchemaColumn *c)
{
    if (!c)
        return {};
    QString text = c->type + (c->nullable ? QString() : QStringLiteral(" NOT NULL"));
    if (!c->defaultValue.isEmpty())
        text += QStringLiteral(" DEFAULT ") + c->defaultValue;
    return text;
}

QString indexText(const SchemaIndex *i)
{
    if (!i)
        return {};
    return (i->unique ? QStringLiteral("UNIQUE ") : QString()) + i->method + QStringLiteral(" (") + i->columns.join(QStringLiteral(", "))
           + QLatin1Char(')') + (i->predicate.isEmpty() ? QString() : QStringLiteral(" WHERE ") + i->predicate);
}

QString foreignKeyText(const SchemaForeignKey &f)
{
    return QStringLiteral("(%1) → %2(%3) ON DELETE %4").arg(f.columns.join(QStringLiteral(", ")), f.referencedTable,
                                                            f.referencedColumns.join(QStringLiteral(", ")), f.onDelete);
}

// Names present on either side, expected order first.
template<typename T, typename Name>
QStringList unionOfNames(const QList<T> &expected, const QList<T> &actual, Name name)
{
    QStringList names;
    for (const T &item : expected)
        names << name(item);
    for (const T &item : actual) {
        if (!names.contains(name(item)))
            names << name(item);
    }
    return names;
}

template<typename T>
const T *byName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    retranslateHeaders();
}

QColor SchemaTreeModel::kindColor(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing: return StatusColors::bad();          // expected, absent: something to create
    case DiffKind::Unexpected: return QColor(0x15, 0x65, 0xC0);  // present, not expected: to review
    case DiffKind::Changed: return QColor(0xB2, 0x50, 0x00);     // present, but not as expected
    }
    return {};
}

QString SchemaTreeModel::kindIconName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing: return QStringLiteral("list-remove");
    case DiffKind::Unexpected: return QStringLiteral("list-add");
    case DiffKind::Changed: return QStringLiteral("document-edit");
    }
    return {};
}

QString SchemaTreeModel::kindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Missing: return tr("missing");
    case DiffKind::Unexpected: return tr("unexpected");
    case DiffKind::Changed: return tr("changed");
    }
    return {};
}

void SchemaTreeModel::retranslateHeaders()
{
    setHorizontalHeaderLabels({tr("Object"), tr("Expected"), tr("Actual")});
}

void SchemaTreeModel::setSnapshots(const SchemaSnapshot &expected, const SchemaSnapshot &actual, const SchemaDiff &diff)
{
    clear();
    retranslateHeaders();
    // Attaches the differences whose path matches (table, object) to a row.
    auto addRow = [&diff](QStandardItem *parent, const QString &label, const QString &expectedText, const QString &actualText,
                          const QString &table, const QString &object) {
        QList<QStandardItem *> row{new QStandardItem(label), new QStandardItem(expectedText), new QStandardItem(actualText)};
        QStringList details, fixes;
        int worst = -1, kind = -1;
        for (const SchemaDifference &d : diff.differences) {
            if (d.table != table || d.object != object)
                continue;
            details << SchemaDiff::describe(d);
            fixes << d.fixSql;
            worst = qMax(worst, static_cast<int>(d.severity));
            kind = kind < 0 || kind == static_cast<int>(d.kind) ? static_cast<int>(d.kind) : static_cast<int>(DiffKind::Changed);
        }
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(worst >= 0, HasDifferenceRole);
            item->setData(worst, SeverityRole);
            item->setData(kind, KindRole);
            item->setData(details.join(QLatin1Char('\n')), DescriptionRole);
            item->setData(fixes.join(QLatin1Char('\n')), FixSqlRole);
            item->setData(details.join(QLatin1Char('\n')) + (fixes.isEmpty() ? QString() : QStringLiteral("\n\n") + fixes.join(QLatin1Char('\n'))),
                          DetailsRole);
            if (kind >= 0)
                item->setForeground(kindColor(static_cast<DiffKind>(kind)));
        }
        if (kind >= 0) {
            row.constFirst()->setIcon(AppIcons::tinted(kindIconName(static_cast<DiffKind>(kind)), kindColor(static_cast<DiffKind>(kind))));
            row.constFirst()->setToolTip(kindName(static_cast<DiffKind>(kind)));
        }
        parent->appendRow(row);
        return row.constFirst();
    };

    const auto tableName = [](const SchemaTable &t) { return t.name; };
    for (const QString &name : unionOfNames(expected.tables, actual.tables, tableName)) {
        const SchemaTable *e = byName(expected.tables, name);
        const SchemaTable *a = byName(actual.tables, name);
        QStandardItem *tableItem = addRow(invisibleRootItem(), name, e ? tr("table") : QString(), a ? tr("table") : QString(), name, QString());
        const QList<SchemaColumn> noColumns;
        for (const QString &column : unionOfNames(e ? e->columns : noColumns, a ? a->columns : noColumns, [](const SchemaColumn &c) { return c.name; }))
            addRow(tableItem, column, columnText(e ? e->column(column) : nullptr), columnText(a ? a->column(column) : nullptr), name, column);
        const QList<SchemaIndex> noIndexes;
        for (const QString &index : unionOfNames(e ? e->indexes : noIndexes, a ? a->indexes : noIndexes, [](const SchemaIndex &i) { return i.name; }))
            addRow(tableItem, tr("index %1").arg(index), indexText(e ? e->index(index) : nullptr), indexText(a ? a->index(index) : nullptr), name, index);
        const QList<SchemaForeignKey> noKeys;
        for (const QString &fk : unionOfNames(e ? e->foreignKeys : noKeys, a ? a->foreignKeys : noKeys, [](const SchemaForeignKey &f) { return f.name; })) {
            const SchemaForeignKey *ef = e ? byName(e->foreignKeys, fk) : nullptr;
            const SchemaForeignKey *af = a ? byName(a->foreignKeys, fk) : nullptr;
            addRow(tableItem, tr("foreign key %1").arg(fk), ef ? foreignKeyText(*ef) : QString(), af ? foreignKeyText(*af) : QString(), name, fk);
        }
        // Propagate "has a difference" up so the filter keeps the table.
        bool childDiffers = false;
        for (int r = 0; r < tableItem->rowCount(); ++r)
            childDiffers = childDiffers || tableItem->child(r)->data(HasDifferenceRole).toBool();
        if (childDiffers && !tableItem->data(HasDifferenceRole).toBool()) {
            tableItem->setData(true, HasDifferenceRole);
            QFont bold = tableItem->font();  // the differences are on its rows, in their colours
            bold.setBold(true);
            tableItem->setFont(bold);
        }
    }
    // Differences on objects outside tables (enum types, sequences) as their own rows.
    for (const SchemaDifference &d : diff.differences) {
        if (d.objectType == SchemaObjectType::EnumType || d.objectType == SchemaObjectType::Sequence)
            addRow(invisibleRootItem(), SchemaDiff::objectTypeName(d.objectType) + QLatin1Char(' ') + d.table, d.expected, d.actual, d.table, d.object);
    }
}

} // namespace mathakine
