#include "schema/CatalogReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace mathakine {

namespace {
// json_agg() text of names -> list; NULL (no element) -> empty list.
QStringList jsonNames(const QVariant &value)
{
    QStringList names;
    if (value.isNull())
        return names;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    names.reserve(array.size());
    for (const QJsonValue &item : array)
        names << item.toString();
    return names;
}

QString relationKind(const QString &relkind)
{
    switch (relkind.isEmpty() ? u'r' : relkind.at(0).unicode()) {
    case u'p':
        return QStringLiteral("partitioned table");
    case u'f':
        return QStringLiteral("foreign table");
    case u'v':
        return QStringLiteral("view");
    case u'm':
        return QStringLiteral("materialized view");
    default:
        return QStringLiteral("table");
    }
}

QString foreignKeyAction(const QString &code)
{
    switch (code.isEmpty() ? u'a' : code.at(0).unicode()) {
    case u'r':
        return QStringLiteral("RESTRICT");
    case u'c':
        return QStringLiteral("CASCADE");
    case u'n':
        return QStringLiteral("SET NULL");
    case u'd':
        return QStringLiteral("SET DEFAULT");
    default:
        return QStringLiteral("NO ACTION");
    }
}

QString matchType(const QString &code)
{
    if (code == QLatin1String("f"))
        return QStringLiteral("FULL");
    if (code == QLatin1String("p"))
        return QStringLiteral("PARTIAL");
    return QStringLiteral("SIMPLE");
}

QString identityKind(const QString &code)
{
    if (code == QLatin1String("a"))
        return QStringLiteral("always");
    if (code == QLatin1String("d"))
        return QStringLiteral("by default");
    return {};
}

// Relations read so far, by oid, with their column names by attnum (constraints name
// columns by number). Excluded tables are kept here, so a foreign key to one still
// resolves, and dropped at the end.
struct RelationIndex {
    QList<SchemaTable> relations;
    QList<QHash<int, QString>> columnNames;
    QList<bool> excluded;
    QHash<qint64, qsizetype> byOid;

    qsizetype find(const QVariant &oid) const { return byOid.value(oid.toLongLong(), -1); }

    // "{1,3}" (an int2[] as text) -> column names of relation at position.
    QStringList names(qsizetype position, const QString &attnums) const
    {
        QStringList result;
        const QStringView list = QStringView(attnums).mid(1, attnums.size() - 2);
        for (const QStringView number : list.split(u',', Qt::SkipEmptyParts))
            result << (position < 0 ? number.toString()
                                    : columnNames.at(position).value(number.toInt()));
        return result;
    }
};

void readRelations(QSqlQuery &q, const QStringList &excluded, RelationIndex &index)
{
    while (q.next()) {
        SchemaTable t;
        t.schema = q.value(1).toString();
        t.name = q.value(2).toString();
        t.kind = relationKind(q.value(3).toString());
        t.viewDefinition = q.value(4).toString();
        index.byOid.insert(q.value(0).toLongLong(), index.relations.size());
        index.excluded.append(excluded.contains(t.qualifiedName()));
        index.relations.append(std::move(t));
        index.columnNames.append(QHash<int, QString>());
    }
}

void readColumns(QSqlQuery &q, RelationIndex &index)
{
    while (q.next()) {
        const qsizetype at = index.find(q.value(0));
        if (at < 0)
            continue;
        SchemaTable &t = index.relations[at];
        SchemaColumn c;
        c.name = q.value(2).toString();
        c.ordinal = static_cast<int>(t.columns.size()) + 1;  // rows come in attnum order
        c.type = q.value(3).toString();
        c.nullable = !q.value(4).toBool();
        c.defaultValue = q.value(5).toString();
        c.identity = identityKind(q.value(6).toString());
        c.generated = q.value(7).toString();
        c.collation = q.value(8).toString();
        index.columnNames[at].insert(q.value(1).toInt(), c.name);
        t.columns.append(std::move(c));
    }
}

void readConstraints(QSqlQuery &q, RelationIndex &index)
{
    while (q.next()) {
        const qsizetype at = index.find(q.value(0));
        if (at < 0)
            continue;
        SchemaTable &t = index.relations[at];
        const QString name = q.value(1).toString();
        const QString type = q.value(2).toString();
        const QStringList columns = index.names(at, q.value(3).toString());
        if (type == QLatin1String("p") || type == QLatin1String("u")) {
            const SchemaKey key{name, columns, q.value(11).toBool(), q.value(12).toBool()};
            if (type == QLatin1String("p"))
                t.primaryKey = key;
            else
                t.uniques.append(key);
        } else if (type == QLatin1String("f")) {
            SchemaForeignKey fk;
            fk.name = name;
            fk.columns = columns;
            fk.referencedSchema = q.value(6).toString();
            fk.referencedTable = q.value(7).toString();
            const qsizetype referenced = index.find(q.value(4));
            // A table outside the snapshot's schemas: the query named its columns itself.
            fk.referencedColumns = referenced >= 0 ? index.names(referenced, q.value(5).toString())
                                                   : jsonNames(q.value(15));
            fk.onUpdate = foreignKeyAction(q.value(8).toString());
            fk.onDelete = foreignKeyAction(q.value(9).toString());
            fk.match = matchType(q.value(10).toString());
            fk.deferrable = q.value(11).toBool();
            fk.deferred = q.value(12).toBool();
            fk.validated = q.value(13).toBool();
            t.foreignKeys.append(std::move(fk));
        } else {  // check or exclusion: compared by definition
            t.checks.append({name, q.value(14).toString(), q.value(13).toBool()});
        }
    }
}

QString indexColumn(const QVariantList &row)
{
    QString column = row.at(5).toString();
    if (const QString collation = row.at(6).toString(); !collation.isEmpty())
        column += QStringLiteral(" COLLATE ") + collation;
    if (const QString opclass = row.at(7).toString(); !opclass.isEmpty())
        column += QLatin1Char(' ') + opclass;
    const int option = row.at(8).toInt();  // indoption bits: 1 = DESC, 2 = NULLS FIRST
    if (option & 1)
        column += (option & 2) ? QStringLiteral(" DESC") : QStringLiteral(" DESC NULLS LAST");
    else if (option & 2)
        column += QStringLiteral(" NULLS FIRST");
    return column;
}

// One row per index column, in index then position order; position 1 starts an index.
void readIndexes(const QList<QVariantList> &rows, RelationIndex &index)
{
    SchemaIndex *current = nullptr;
    for (const QVariantList &row : rows) {
        const qsizetype at = index.find(row.at(0));
        if (at < 0)
            continue;
        if (row.at(2).toInt() == 1) {
            SchemaIndex i;
            i.name = row.at(1).toString();
            i.unique = row.at(9).toBool();
            i.method = row.at(10).toString();
            i.predicate = row.at(11).toString();
            i.valid = row.at(12).toBool();
            i.constraint = row.at(13).toString();
            i.nullsNotDistinct = row.at(14).toBool();
            i.options = row.at(15).toString();
            index.relations[at].indexes.append(std::move(i));
            current = &index.relations[at].indexes.last();
        }
        if (current)
            (row.at(4).toBool() ? current->columns : current->include) << indexColumn(row);
    }
}

void readEnums(QSqlQuery &q, QList<SchemaEnum> &enums)
{
    while (q.next())
        enums.append({q.value(0).toString(), q.value(1).toString(), jsonNames(q.value(2))});
}

void readSequences(QSqlQuery &q, QList<SchemaSequence> &sequences)
{
    while (q.next()) {
        SchemaSequence s;
        s.schema = q.value(0).toString();
        s.name = q.value(1).toString();
        s.type = q.value(2).toString();
        s.start = q.value(3).toLongLong();
        s.increment = q.value(4).toLongLong();
        s.minValue = q.value(5).toLongLong();
        s.maxValue = q.value(6).toLongLong();
        s.cache = q.value(7).toLongLong();
        s.cycle = q.value(8).toBool();
        s.ownedByTable = q.value(9).toString();
        s.ownedByColumn = q.value(10).toString();
        sequences.append(std::move(s));
    }
}
}  // namespace

struct CatalogReader::Data {
    RelationIndex index;
    QList<SchemaEnum> enums;
    QList<SchemaSequence> sequences;
};

CatalogReader::CatalogReader(QStringList excludedTables)
    : m_excluded(std::move(excludedTables)), d(std::make_unique<Data>())
{}

CatalogReader::~CatalogReader() = default;

void CatalogReader::read(const QString &query, QSqlQuery &rows)
{
    if (query == QLatin1String("relations"))
        readRelations(rows, m_excluded, d->index);
    else if (query == QLatin1String("columns"))
        readColumns(rows, d->index);
    else if (query == QLatin1String("constraints"))
        readConstraints(rows, d->index);
    else if (query == QLatin1String("indexes"))
        readIndexes(copyRows(rows), d->index);
    else if (query == QLatin1String("enums"))
        readEnums(rows, d->enums);
    else
        readSequences(rows, d->sequences);
}

void CatalogReader::readIndexRows(const QList<QVariantList> &rows)
{
    readIndexes(rows, d->index);
}

QList<QVariantList> CatalogReader::copyRows(QSqlQuery &query)
{
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        rows << std::move(row);
    }
    return rows;
}

SchemaSnapshot CatalogReader::take(const QStringList &schemas)
{
    SchemaSnapshot snapshot;
    snapshot.schemas = schemas;
    RelationIndex &index = d->index;
    for (qsizetype i = 0; i < index.relations.size(); ++i) {
        SchemaTable &t = index.relations[i];
        if (!index.excluded.at(i))
            (t.isView() ? snapshot.views : snapshot.tables).append(std::move(t));
    }
    snapshot.enums = std::move(d->enums);
    snapshot.sequences = std::move(d->sequences);
    snapshot.normalise();
    d = std::make_unique<Data>();
    return snapshot;
}

}  // namespace mathakine
