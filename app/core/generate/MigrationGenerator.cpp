#include "generate/MigrationGenerator.h"

#include "schema/SchemaComparer.h"
#include "schema/SchemaFixSql.h"
#include "schema/SqlQuote.h"

#include <QRegularExpression>

namespace mathakine {

namespace {
using Type = SchemaObjectType;
using Phase = StatementPhase;

QString alterTable(const SchemaDifference &d)
{
    return QStringLiteral("ALTER TABLE ") + SqlQuote::qualified(d.schema, d.table);
}

// One section: the statements that take `from` to `to` (SchemaComparer::compare(to, from)
// lists them as fixes of `from`). The up section remembers what it left commented out, so
// that the down section comments out the statement that would undo it.
class SectionBuilder {
public:
    SectionBuilder(const SchemaSnapshot &from, const SchemaSnapshot &to, bool up,
                   QSet<QString> &lossy, QStringList &notes)
        : m_from(from), m_to(to), m_up(up), m_lossy(lossy), m_notes(notes)
    {}

    Status build(OrderedStatements &out)
    {
        m_out = &out;
        for (const SchemaDifference &d : SchemaComparer::compare(m_to, m_from).differences) {
            if (Status s = take(d); !s)
                return s;
        }
        return {};
    }

private:
    static QString key(const SchemaDifference &d)
    {
        return SchemaDiff::objectTypeId(d.objectType) + QLatin1Char(':') + d.path()
            + QLatin1Char(':') + (d.kind == DiffKind::Changed ? d.attribute : QString());
    }

    void add(const SchemaDifference &d, Phase phase, const QStringList &sql)
    {
        for (const QString &statement : sql) {
            if (!m_up && m_lossy.contains(key(d)))
                m_out->addReviewed(
                    phase, statement,
                    MigrationGenerator::tr(
                        "WARNING: undoes a change the up section leaves commented out; keep both in step."));
            else
                m_out->add(phase, statement);
        }
    }

    // A statement that can lose the data that exists before it runs.
    void lossy(const SchemaDifference &d, Phase phase, const QString &sql, const QString &what)
    {
        if (!m_up)
            return add(d, phase, {sql});
        m_lossy.insert(key(d));
        m_out->addReviewed(
            phase, sql,
            MigrationGenerator::tr(
                "WARNING: %1 can lose data. Review it, then remove the comment marks to run it.")
                .arg(what));
    }

    AppError inexpressible(const SchemaDifference &d) const
    {
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                MigrationGenerator::tr(
                    "The generator cannot express a change of %1 of %2: the expected schema at head has %3, the reference database %4.")
                    .arg(SchemaDiff::attributeName(d.attribute), d.path(),
                         d.actual.isEmpty() ? MigrationGenerator::tr("(none)") : d.actual,
                         d.expected.isEmpty() ? MigrationGenerator::tr("(none)") : d.expected),
            .hint = MigrationGenerator::tr("Write this part of the migration by hand.")};
    }

    Status take(const SchemaDifference &d)
    {
        switch (d.kind) {
        case DiffKind::Missing:
            return create(d);
        case DiffKind::Unexpected:
            return drop(d);
        case DiffKind::Changed:
            break;
        }
        return change(d);
    }

    Status create(const SchemaDifference &d)
    {
        const SchemaTable *table = m_to.table(d.schema, d.table);
        switch (d.objectType) {
        case Type::EnumType:
            add(d, Phase::CreateType, d.fixSql);
            break;
        case Type::Sequence:
            add(d, Phase::CreateSequence, d.fixSql);
            break;
        case Type::View:
            add(d, Phase::CreateView, d.fixSql);
            break;
        case Type::Table: {
            if (!table || table->kind != QLatin1String("table"))
                return inexpressible(d);
            SchemaTable bare = *table;
            bare.foreignKeys.clear();
            bare.indexes.erase(
                std::remove_if(bare.indexes.begin(), bare.indexes.end(),
                               [](const SchemaIndex &i) { return i.constraint.isEmpty(); }),
                bare.indexes.end());
            add(d, Phase::CreateTable, SchemaFixSql::createTable(bare, m_to.sequences));
            for (const SchemaForeignKey &fk : table->foreignKeys)
                add(d, Phase::AddForeignKey,
                    {SchemaFixSql::addConstraint(*table, fk.name,
                                                 SchemaFixSql::foreignKeyDefinition(fk))});
            for (const SchemaIndex &index : table->indexes) {
                if (index.constraint.isEmpty())
                    add(d, Phase::CreateIndex, {SchemaFixSql::createIndex(*table, index)});
            }
            break;
        }
        case Type::Column:
            add(d, Phase::AddColumn, d.fixSql);
            break;
        case Type::ForeignKey:
            add(d, Phase::AddForeignKey, d.fixSql);
            break;
        case Type::Index:
            add(d, Phase::CreateIndex, d.fixSql);
            break;
        default:
            add(d, Phase::AddConstraint, d.fixSql);
            break;  // keys and checks
        }
        return {};
    }

    Status drop(const SchemaDifference &d)
    {
        const SchemaTable *table = m_from.table(d.schema, d.table);
        const QString object = SqlQuote::identifier(d.object);
        switch (d.objectType) {
        case Type::EnumType:
            lossy(d, Phase::DropType,
                  QStringLiteral("DROP TYPE %1;").arg(SqlQuote::qualified(d.schema, d.table)),
                  MigrationGenerator::tr("dropping type %1").arg(d.path()));
            break;
        case Type::Sequence:
            lossy(d, Phase::DropSequence,
                  QStringLiteral("DROP SEQUENCE %1;").arg(SqlQuote::qualified(d.schema, d.table)),
                  MigrationGenerator::tr("dropping sequence %1").arg(d.path()));
            break;
        case Type::View:
            add(d, Phase::DropView,
                {QStringLiteral("DROP %1 %2;")
                     .arg(table ? table->kind.toUpper() : QStringLiteral("VIEW"),
                          SqlQuote::qualified(d.schema, d.table))});
            break;
        case Type::Table:
            lossy(d, Phase::DropTable,
                  QStringLiteral("DROP TABLE %1;").arg(SqlQuote::qualified(d.schema, d.table)),
                  MigrationGenerator::tr("dropping table %1").arg(d.path()));
            break;
        case Type::Column:
            lossy(d, Phase::DropColumn,
                  alterTable(d) + QStringLiteral(" DROP COLUMN %1;").arg(object),
                  MigrationGenerator::tr("dropping column %1").arg(d.path()));
            break;
        case Type::Index:
            add(d, Phase::DropIndex,
                {QStringLiteral("DROP INDEX %1;").arg(SqlQuote::qualified(d.schema, d.object))});
            break;
        case Type::ForeignKey:
            add(d, Phase::DropForeignKey,
                {alterTable(d) + QStringLiteral(" DROP CONSTRAINT %1;").arg(object)});
            break;
        default:
            add(d, Phase::DropConstraint,
                {alterTable(d) + QStringLiteral(" DROP CONSTRAINT %1;").arg(object)});
            break;
        }
        return {};
    }

    Status change(const SchemaDifference &d)
    {
        const QString &attribute = d.attribute;
        if (attribute == QLatin1String("columnOrder")) {
            if (m_up)
                m_notes
                    << MigrationGenerator::tr(
                           "%1: column order differs (%2); PostgreSQL cannot reorder columns, so it is not written.")
                           .arg(d.path(), d.expected);
            return {};
        }
        if (attribute == QLatin1String("kind") || attribute == QLatin1String("identity")
            || attribute == QLatin1String("generated"))
            return inexpressible(d);
        if (d.objectType == Type::EnumType && d.fixSql.isEmpty()) {
            if (m_up)
                return inexpressible(d);
            m_notes
                << MigrationGenerator::tr(
                       "%1: enum values cannot be removed by the down section (PostgreSQL has no ALTER TYPE … DROP VALUE).")
                       .arg(d.path());
            return {};
        }
        if (d.objectType == Type::Column && attribute == QLatin1String("type")) {
            const QString sql = alterTable(d)
                + QStringLiteral(" ALTER COLUMN %1 TYPE %2 USING %1::%2;")
                      .arg(SqlQuote::identifier(d.object), d.expected);
            if (MigrationGenerator::isWidening(d.actual, d.expected))
                add(d, Phase::AlterColumn, {sql});
            else
                lossy(d, Phase::AlterColumn, sql,
                      MigrationGenerator::tr("changing the type of %1 from %2 to %3")
                          .arg(d.path(), d.actual, d.expected));
            return {};
        }
        if (d.objectType == Type::Column && attribute == QLatin1String("collation")) {
            const SchemaTable *table = m_to.table(d.schema, d.table);
            const SchemaColumn *column = table ? table->column(d.object) : nullptr;
            if (!column)
                return inexpressible(d);
            add(d, Phase::AlterColumn,
                {alterTable(d)
                 + QStringLiteral(" ALTER COLUMN %1 TYPE %2 COLLATE %3;")
                       .arg(SqlQuote::identifier(d.object), column->type,
                            column->collation.isEmpty() ? QStringLiteral("\"default\"")
                                                        : column->collation)});
            return {};
        }
        if (d.objectType == Type::Index && attribute == QLatin1String("valid"))
            return {};  // a state of one database, not of the schema
        const Phase phase = d.objectType == Type::Column ? Phase::AlterColumn
            : d.objectType == Type::ForeignKey           ? Phase::AddForeignKey
            : d.objectType == Type::Index                ? Phase::CreateIndex
            : d.objectType == Type::View                 ? Phase::CreateView
            : d.objectType == Type::Sequence             ? Phase::AlterSequence
            : d.objectType == Type::EnumType             ? Phase::CreateType
                                                         : Phase::AddConstraint;
        add(d, phase, d.fixSql);
        return {};
    }

    const SchemaSnapshot &m_from;
    const SchemaSnapshot &m_to;
    bool m_up;
    QSet<QString> &m_lossy;
    QStringList &m_notes;
    OrderedStatements *m_out = nullptr;
};
}  // namespace

bool MigrationGenerator::isWidening(const QString &from, const QString &to)
{
    static const QRegularExpression varchar(QStringLiteral("^character varying(?:\\((\\d+)\\))?$"));
    static const QRegularExpression numeric(QStringLiteral("^numeric\\((\\d+),(\\d+)\\)$"));
    const QStringList integers = {QStringLiteral("smallint"), QStringLiteral("integer"),
                                  QStringLiteral("bigint")};
    if (to == QLatin1String("text")
        && (varchar.match(from).hasMatch() || from.startsWith(QLatin1String("character("))))
        return true;
    if (const auto f = varchar.match(from), t = varchar.match(to); f.hasMatch() && t.hasMatch())
        return t.captured(1).isEmpty()
            || (!f.captured(1).isEmpty() && t.captured(1).toInt() >= f.captured(1).toInt());
    if (integers.contains(from) && integers.contains(to))
        return integers.indexOf(to) >= integers.indexOf(from);
    if (integers.contains(from) && to == QLatin1String("numeric"))
        return true;
    if (const auto f = numeric.match(from), t = numeric.match(to); f.hasMatch() && t.hasMatch())
        return t.captured(2).toInt() >= f.captured(2).toInt()
            && t.captured(1).toInt() - t.captured(2).toInt()
            >= f.captured(1).toInt() - f.captured(2).toInt();
    return false;  // timestamp -> timestamptz too: it reinterprets every value in the session's
                   // time zone
}

Outcome<GeneratedSections> MigrationGenerator::generate(const SchemaSnapshot &head,
                                                        const SchemaSnapshot &reference)
{
    GeneratedSections sections;
    QSet<QString> lossy;
    QStringList ignored;
    if (Status s = SectionBuilder(head, reference, true, lossy, sections.notes).build(sections.up);
        !s)
        return s.error();
    if (Status s = SectionBuilder(reference, head, false, lossy, ignored).build(sections.down); !s)
        return s.error();
    sections.notes << ignored;
    return sections;
}

}  // namespace mathakine
