#include "schema/SchemaComparer.h"

#include "schema/DiffCollector.h"
#include "schema/SchemaFixSql.h"
#include "schema/SqlQuote.h"
#include "schema/TableComparer.h"

#include <QHash>

#include <algorithm>

namespace mathakine {

namespace {
using Type = SchemaObjectType;
using Severity = DiffSeverity;

template<typename T>
QHash<QString, const T *> byQualifiedName(const QList<T> &list)
{
    QHash<QString, const T *> map;
    map.reserve(list.size());
    for (const T &item : list)
        map.insert(item.qualifiedName(), &item);
    return map;
}

void compareTables(const QList<SchemaTable> &expected, const QList<SchemaTable> &actual,
                   const QList<SchemaSequence> &sequences, QList<SchemaDifference> &out)
{
    const auto actualByName = byQualifiedName(actual);
    const auto expectedByName = byQualifiedName(expected);
    for (const SchemaTable &e : expected) {
        const Type type = e.isView() ? Type::View : Type::Table;
        DiffCollector diff(out, e.schema, e.name);
        const SchemaTable *a = actualByName.value(e.qualifiedName());
        if (!a) {
            diff.missing(type, {}, Severity::Error,
                         e.isView() ? QStringList{e.kind == QLatin1String("view")
                                                      ? SchemaFixSql::createView(e, false)
                                                      : QString()}
                                    : SchemaFixSql::createTable(e, sequences));
            continue;
        }
        // Most tables are equal: one deep comparison, and no strings built for them.
        if (e == *a
            || diff.changed(type, {}, QStringLiteral("kind"), e.kind, a->kind, Severity::Error))
            continue;
        TableComparer table(e, *a, out);
        if (e.isView()) {
            // A view's columns follow from its definition: compare the definition only.
            diff.changed(
                type, {}, QStringLiteral("definition"), e.viewDefinition, a->viewDefinition,
                Severity::Warning,
                {e.kind == QLatin1String("view") ? SchemaFixSql::createView(e, true) : QString()});
        } else {
            table.compareColumns();
            table.compareConstraints();
        }
        table.compareIndexes();
    }
    for (const SchemaTable &a : actual) {
        if (!expectedByName.contains(a.qualifiedName()))
            DiffCollector(out, a.schema, a.name)
                .unexpected(a.isView() ? Type::View : Type::Table, {}, Severity::Warning);
    }
}

// A sequence owned by a column goes and comes with it: when that column is itself missing
// (or unexpected), the column's difference says it all.
bool ownerColumnIn(const SchemaSequence &s, const SchemaSnapshot &snapshot)
{
    if (s.ownedByTable.isEmpty())
        return true;
    const SchemaTable *table = snapshot.table(s.schema, s.ownedByTable);
    return table && table->column(s.ownedByColumn);
}

QString ownedBy(const SchemaSequence &s)
{
    return s.ownedByTable.isEmpty() ? QStringLiteral("NONE")
                                    : SqlQuote::qualified(s.schema, s.ownedByTable)
            + QLatin1Char('.') + SqlQuote::identifier(s.ownedByColumn);
}

void compareSequence(const SchemaSequence &e, const SchemaSequence &a, QList<SchemaDifference> &out)
{
    if (e == a)
        return;  // the usual case: build no text
    DiffCollector diff(out, e.schema, e.name);
    auto number = [&](const char *attribute, const char *clause, qint64 expected, qint64 actual) {
        diff.changed(
            Type::Sequence, {}, QLatin1String(attribute), QString::number(expected),
            QString::number(actual), Severity::Warning,
            {SchemaFixSql::alterSequence(e, QLatin1String(clause) + QString::number(expected))});
    };
    diff.changed(Type::Sequence, {}, QStringLiteral("type"), e.type, a.type, Severity::Warning,
                 {SchemaFixSql::alterSequence(e, QStringLiteral("AS ") + e.type)});
    number("start", "START WITH ", e.start, a.start);
    number("increment", "INCREMENT BY ", e.increment, a.increment);
    number("min", "MINVALUE ", e.minValue, a.minValue);
    number("max", "MAXVALUE ", e.maxValue, a.maxValue);
    number("cache", "CACHE ", e.cache, a.cache);
    diff.changed(Type::Sequence, {}, QStringLiteral("cycle"),
                 e.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"),
                 a.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"), Severity::Warning,
                 {SchemaFixSql::alterSequence(
                     e, e.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"))});
    diff.changed(Type::Sequence, {}, QStringLiteral("ownedBy"), ownedBy(e), ownedBy(a),
                 Severity::Info,
                 {SchemaFixSql::alterSequence(e, QStringLiteral("OWNED BY ") + ownedBy(e))});
}

void compareSequences(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                      QList<SchemaDifference> &out)
{
    const auto actualByName = byQualifiedName(actual.sequences);
    const auto expectedByName = byQualifiedName(expected.sequences);
    for (const SchemaSequence &e : expected.sequences) {
        if (const SchemaSequence *a = actualByName.value(e.qualifiedName()))
            compareSequence(e, *a, out);
        else if (ownerColumnIn(e, actual))
            DiffCollector(out, e.schema, e.name)
                .missing(Type::Sequence, {}, Severity::Error, {SchemaFixSql::createSequence(e)});
    }
    for (const SchemaSequence &a : actual.sequences) {
        if (!expectedByName.contains(a.qualifiedName()) && ownerColumnIn(a, expected))
            DiffCollector(out, a.schema, a.name).unexpected(Type::Sequence, {}, Severity::Info);
    }
}

void compareEnums(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                  QList<SchemaDifference> &out)
{
    const auto actualByName = byQualifiedName(actual.enums);
    const auto expectedByName = byQualifiedName(expected.enums);
    for (const SchemaEnum &e : expected.enums) {
        DiffCollector diff(out, e.schema, e.name);
        const SchemaEnum *a = actualByName.value(e.qualifiedName());
        if (!a) {
            diff.missing(Type::EnumType, {}, Severity::Error, {SchemaFixSql::createEnum(e)});
            continue;
        }
        if (e.labels == a->labels)
            continue;
        // A value the application writes but the type lacks breaks inserts; an extra one does not.
        const bool lacksValue =
            std::any_of(e.labels.begin(), e.labels.end(),
                        [a](const QString &l) { return !a->labels.contains(l); });
        diff.changed(Type::EnumType, {}, QStringLiteral("labels"),
                     e.labels.join(QLatin1String(", ")), a->labels.join(QLatin1String(", ")),
                     lacksValue ? Severity::Error : Severity::Warning,
                     SchemaFixSql::addEnumValues(e, *a));
    }
    for (const SchemaEnum &a : actual.enums) {
        if (!expectedByName.contains(a.qualifiedName()))
            DiffCollector(out, a.schema, a.name).unexpected(Type::EnumType, {}, Severity::Info);
    }
}
}  // namespace

SchemaDiff SchemaComparer::compare(const SchemaSnapshot &expected, const SchemaSnapshot &actual)
{
    SchemaDiff diff;
    diff.expectedVersion = expected.version;
    QList<SchemaDifference> &out = diff.differences;
    compareEnums(expected, actual, out);
    compareTables(expected.tables, actual.tables, expected.sequences, out);
    compareTables(expected.views, actual.views, expected.sequences, out);
    compareSequences(expected, actual, out);
    // Grouped by owner for the report; within one owner, the order of comparison.
    std::stable_sort(out.begin(), out.end(),
                     [](const SchemaDifference &a, const SchemaDifference &b) {
                         return a.schema != b.schema ? a.schema < b.schema : a.table < b.table;
                     });
    return diff;
}

}  // namespace mathakine
