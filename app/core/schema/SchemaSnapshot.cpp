#include "schema/SchemaSnapshot.h"

#include <algorithm>

namespace mathakine {

namespace {
// Plain code-unit order, independent of the locale, so files sort the same everywhere.
template<typename T>
void sortByName(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.name < b.name; });
}

template<typename T>
void sortByQualifiedName(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return a.schema != b.schema ? a.schema < b.schema : a.name < b.name;
    });
}
}  // namespace

const SchemaColumn *SchemaTable::column(const QString &columnName) const
{
    for (const SchemaColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

const SchemaIndex *SchemaTable::index(const QString &indexName) const
{
    for (const SchemaIndex &i : indexes) {
        if (i.name == indexName)
            return &i;
    }
    return nullptr;
}

const SchemaTable *SchemaSnapshot::table(const QString &schema, const QString &name) const
{
    for (const QList<SchemaTable> *list : {&tables, &views}) {
        for (const SchemaTable &t : *list) {
            if (t.schema == schema && t.name == name)
                return &t;
        }
    }
    return nullptr;
}

void SchemaSnapshot::normalise()
{
    for (QList<SchemaTable> *list : {&tables, &views}) {
        sortByQualifiedName(*list);
        for (SchemaTable &t : *list) {
            std::sort(
                t.columns.begin(), t.columns.end(),
                [](const SchemaColumn &a, const SchemaColumn &b) { return a.ordinal < b.ordinal; });
            sortByName(t.uniques);
            sortByName(t.foreignKeys);
            sortByName(t.checks);
            sortByName(t.indexes);
        }
    }
    sortByQualifiedName(sequences);
    sortByQualifiedName(enums);
}

}  // namespace mathakine
