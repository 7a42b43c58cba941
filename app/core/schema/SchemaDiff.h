#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace mathakine {

enum class DiffSeverity { Info, Warning, Error };
enum class DiffKind { Missing, Unexpected, Changed };
enum class SchemaObjectType {
    Table,
    View,
    Column,
    PrimaryKey,
    UniqueConstraint,
    ForeignKey,
    Check,
    Index,
    Sequence,
    EnumType
};

// One way the actual schema departs from the expected one, down to the attribute.
struct SchemaDifference {
    DiffKind kind = DiffKind::Changed;
    SchemaObjectType objectType = SchemaObjectType::Table;
    QString schema;
    QString table;      // the table (or sequence, enum type) concerned
    QString object;     // the column, index or constraint; empty for the table itself
    QString attribute;  // what differs for Changed ("type", "default", "onDelete"…), else empty
    QString expected;   // the expected value of the attribute, as text
    QString actual;
    DiffSeverity severity = DiffSeverity::Warning;
    QStringList
        fixSql;  // statements (with ';') that bring actual to expected when safe; else empty

    QString path() const;  // "public.users.total_points"
    bool operator==(const SchemaDifference &) const = default;
};

// Every difference between an expected and an actual snapshot, in a stable order
// (table, then object, then attribute), with their presentation.
struct SchemaDiff {
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)

public:
    QString expectedVersion;
    QList<SchemaDifference> differences;

    bool isEmpty() const { return differences.isEmpty(); }
    int count(DiffSeverity severity) const;
    // Every fix statement once, in order, ';'-terminated; empty when none is safe.
    QString fixScript() const;

    // One translated sentence: "Index idx_users_jedi_rank on public.users is missing."
    static QString describe(const SchemaDifference &difference);
    static QString objectTypeName(SchemaObjectType type);    // translated
    static QString attributeName(const QString &attribute);  // translated
    // Stable ids for JSON and scripts: "error", "missing", "index"…
    static QString severityId(DiffSeverity severity);
    static QString kindId(DiffKind kind);
    static QString objectTypeId(SchemaObjectType type);
    QJsonObject toJson() const;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::SchemaDiff)
