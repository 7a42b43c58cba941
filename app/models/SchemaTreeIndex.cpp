#include "SchemaTreeIndex.h"

#include <QHash>
#include <QSet>

namespace mathakine {

namespace {

using Type = SchemaTreeNode::Type;

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
    return (i->unique ? QStringLiteral("UNIQUE ") : QString()) + i->method + QStringLiteral(" (")
        + i->columns.join(QStringLiteral(", ")) + QLatin1Char(')')
        + (i->predicate.isEmpty() ? QString() : QStringLiteral(" WHERE ") + i->predicate);
}

QString foreignKeyText(const SchemaForeignKey *f)
{
    if (!f)
        return {};
    return QStringLiteral("(%1) → %2(%3) ON DELETE %4")
        .arg(f->columns.join(QStringLiteral(", ")), f->referencedTable,
             f->referencedColumns.join(QStringLiteral(", ")), f->onDelete);
}

// Calls visit(name, expected item or null, actual item or null) once per name found on
// either side: the expected order first, then the names only the actual side has.
template<typename T, typename Visit>
void forEachByName(const QList<T> &expected, const QList<T> &actual, Visit visit)
{
    QHash<QString, const T *> actualByName;
    actualByName.reserve(actual.size());
    for (const T &item : actual) {
        if (!actualByName.contains(item.name))  // the first of a name, as a linear search finds
            actualByName.insert(item.name, &item);
    }
    QSet<QString> seen;
    seen.reserve(expected.size());
    for (const T &item : expected) {
        if (!seen.contains(item.name)) {
            seen.insert(item.name);
            visit(item.name, &item, actualByName.value(item.name));
        }
    }
    for (const T &item : actual) {
        if (!seen.contains(item.name)) {
            seen.insert(item.name);
            visit(item.name, static_cast<const T *>(nullptr), &item);
        }
    }
}

using ObjectKey = std::pair<QString, QString>;  // (table, object) as in SchemaDifference

class Builder {
public:
    explicit Builder(SchemaTreeIndex &tree) : m_tree(tree) { indexDifferences(); }

    void addTables(const QList<SchemaTable> &expected, const QList<SchemaTable> &actual)
    {
        forEachByName(expected, actual,
                      [this](const QString &name, auto *e, auto *a) { addTable(name, e, a); });
    }

    // Objects outside tables have no row of their own in the snapshots' tree: each of their
    // differences is one top-level row.
    void addOutsideTables()
    {
        const QList<SchemaDifference> &differences = m_tree.diff.differences;
        for (const SchemaDifference &d : differences) {
            if (d.objectType != SchemaObjectType::EnumType
                && d.objectType != SchemaObjectType::Sequence)
                continue;
            SchemaTreeNode row = node(Type::OutsideTable, d.table, d.table, d.object);
            row.objectType = d.objectType;
            row.expected = d.expected;
            row.actual = d.actual;
            add(-1, std::move(row));
        }
    }

private:
    // A table row, then its columns, indexes and foreign keys from either side.
    void addTable(const QString &name, const SchemaTable *e, const SchemaTable *a)
    {
        SchemaTreeNode table = node(Type::Table, name, name, {});
        table.inExpected = e;
        table.inActual = a;
        const int t = add(-1, std::move(table));
        const SchemaTable none;
        const SchemaTable &expected = e ? *e : none;
        const SchemaTable &actual = a ? *a : none;
        forEachByName(expected.columns, actual.columns,
                      [&](const QString &column, auto *ec, auto *ac) {
                          addChild(t, node(Type::Column, column, name, column), columnText(ec),
                                   columnText(ac));
                      });
        forEachByName(
            expected.indexes, actual.indexes, [&](const QString &index, auto *ei, auto *ai) {
                addChild(t, node(Type::Index, index, name, index), indexText(ei), indexText(ai));
            });
        forEachByName(expected.foreignKeys, actual.foreignKeys,
                      [&](const QString &key, auto *ef, auto *af) {
                          addChild(t, node(Type::ForeignKey, key, name, key), foreignKeyText(ef),
                                   foreignKeyText(af));
                      });
    }

    // The one pass over the differences: each object's status, by (table, object).
    void indexDifferences()
    {
        const QList<SchemaDifference> &differences = m_tree.diff.differences;
        for (int i = 0; i < differences.size(); ++i) {
            const SchemaDifference &d = differences.at(i);
            auto found = m_statusOf.constFind(ObjectKey(d.table, d.object));
            if (found == m_statusOf.cend()) {
                found = m_statusOf.insert(ObjectKey(d.table, d.object),
                                          static_cast<int>(m_tree.statuses.size()));
                m_tree.statuses.append({{}, d.severity, d.kind});
            }
            SchemaTreeStatus &status = m_tree.statuses[*found];
            status.differences << i;
            status.worst = qMax(status.worst, d.severity);
            if (status.kind != d.kind)
                status.kind = DiffKind::Changed;
        }
    }

    SchemaTreeNode node(Type type, const QString &name, const QString &table,
                        const QString &object) const
    {
        SchemaTreeNode n;
        n.type = type;
        n.name = name;
        n.status = m_statusOf.value(ObjectKey(table, object), -1);
        return n;
    }

    void addChild(int parent, SchemaTreeNode child, QString expected, QString actual)
    {
        child.inExpected = !expected.isEmpty();
        child.inActual = !actual.isEmpty();
        child.expected = std::move(expected);
        child.actual = std::move(actual);
        // A table with differences on its rows stays in the "only differences" filter.
        if (child.status >= 0)
            m_tree.nodes[parent].childDiffers = true;
        add(parent, std::move(child));
    }

    int add(int parent, SchemaTreeNode n)
    {
        const int position = static_cast<int>(m_tree.nodes.size());
        QList<int> &siblings = parent < 0 ? m_tree.topLevel : m_tree.nodes[parent].children;
        n.parent = parent;
        n.row = static_cast<int>(siblings.size());
        siblings << position;
        m_tree.nodes << std::move(n);
        return position;
    }

    SchemaTreeIndex &m_tree;
    QHash<ObjectKey, int> m_statusOf;  // (table, object) -> position in statuses
};

}  // namespace

SchemaTreeIndex SchemaTreeIndex::build(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                                       const SchemaDiff &diff)
{
    SchemaTreeIndex tree;
    tree.diff = diff;
    Builder builder(tree);
    builder.addTables(expected.tables, actual.tables);
    builder.addOutsideTables();
    return tree;
}

}  // namespace mathakine
