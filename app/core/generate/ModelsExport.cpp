#include "generate/ModelsExport.h"

#include "common/FileBatch.h"
#include "generate/PythonText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace mathakine {

namespace {

using python::stringLiteral;

AppError notExpressible(const QString &where, const QString &what)
{
    AppError error;
    error.message =
        ModelsExport::tr("%1: %2 cannot be written as a SQLAlchemy model.").arg(where, what);
    return error;
}

QString enumVariable(const QString &name)
{
    return name + QStringLiteral("_enum");
}

// The SQLAlchemy type of a column, from PostgreSQL's format_type() text; types with no
// SQLAlchemy class keep their PostgreSQL spelling through PgType.
QString typeExpression(const QString &type, const QSet<QString> &enums)
{
    static const QHash<QString, QString> plain{
        {QStringLiteral("integer"), QStringLiteral("sa.Integer")},
        {QStringLiteral("bigint"), QStringLiteral("sa.BigInteger")},
        {QStringLiteral("smallint"), QStringLiteral("sa.SmallInteger")},
        {QStringLiteral("text"), QStringLiteral("sa.Text")},
        {QStringLiteral("boolean"), QStringLiteral("sa.Boolean")},
        {QStringLiteral("date"), QStringLiteral("sa.Date")},
        {QStringLiteral("character varying"), QStringLiteral("sa.String")},
        {QStringLiteral("timestamp with time zone"), QStringLiteral("sa.DateTime(timezone=True)")},
        {QStringLiteral("timestamp without time zone"), QStringLiteral("sa.DateTime")},
        {QStringLiteral("time without time zone"), QStringLiteral("sa.Time")},
        {QStringLiteral("numeric"), QStringLiteral("sa.Numeric")},
        {QStringLiteral("json"), QStringLiteral("postgresql.JSON")},
        {QStringLiteral("jsonb"), QStringLiteral("postgresql.JSONB")},
        {QStringLiteral("uuid"), QStringLiteral("postgresql.UUID(as_uuid=True)")},
        {QStringLiteral("double precision"), QStringLiteral("postgresql.DOUBLE_PRECISION")},
        {QStringLiteral("real"), QStringLiteral("postgresql.REAL")},
        {QStringLiteral("bytea"), QStringLiteral("postgresql.BYTEA")},
        {QStringLiteral("interval"), QStringLiteral("postgresql.INTERVAL")},
        {QStringLiteral("inet"), QStringLiteral("postgresql.INET")},
    };
    static const QRegularExpression sized(
        QStringLiteral("^(character varying|character|numeric)\\((\\d+)(?:,(\\d+))?\\)$"));
    if (type.endsWith(QLatin1String("[]")))
        return QStringLiteral("postgresql.ARRAY(%1)").arg(typeExpression(type.chopped(2), enums));
    if (enums.contains(type))
        return QStringLiteral("enums.") + enumVariable(type);
    if (const auto it = plain.constFind(type); it != plain.constEnd())
        return *it;
    if (const auto m = sized.match(type); m.hasMatch()) {
        if (m.captured(1) == QLatin1String("numeric"))
            return QStringLiteral("sa.Numeric(%1, %2)")
                .arg(m.captured(2), m.captured(3).isEmpty() ? QStringLiteral("0") : m.captured(3));
        return QStringLiteral("%1(%2)").arg(m.captured(1) == QLatin1String("character")
                                                ? QStringLiteral("sa.CHAR")
                                                : QStringLiteral("sa.String"),
                                            m.captured(2));
    }
    return QStringLiteral("PgType(%1)").arg(stringLiteral(type));
}

// True when the column is its table's serial: an integer primary key defaulting to the
// sequence PostgreSQL names <table>_<column>_seq and owned by it.
bool isSerial(const SchemaTable &table, const SchemaColumn &column, const SchemaSnapshot &snapshot)
{
    if (!table.primaryKey || table.primaryKey->columns != QStringList{column.name})
        return false;
    const QString sequence = table.name + QLatin1Char('_') + column.name + QStringLiteral("_seq");
    if (column.defaultValue != QStringLiteral("nextval('%1'::regclass)").arg(sequence))
        return false;
    for (const SchemaSequence &s : snapshot.sequences) {
        if (s.schema == table.schema && s.name == sequence)
            return s.ownedByTable == table.name && s.ownedByColumn == column.name;
    }
    return false;
}

Outcome<QString> columnLine(const SchemaTable &table, const SchemaColumn &c,
                            const SchemaSnapshot &snapshot, const QSet<QString> &enums)
{
    const QString where = table.qualifiedName() + QLatin1Char('.') + c.name;
    if (!c.collation.isEmpty())
        return notExpressible(where, ModelsExport::tr("the collation %1").arg(c.collation));
    QStringList args{stringLiteral(c.name), typeExpression(c.type, enums)};
    // Positional schema items come before the keyword arguments.
    if (!c.identity.isEmpty())
        args << QStringLiteral("sa.Identity(always=%1)")
                    .arg(c.identity == QLatin1String("always") ? QStringLiteral("True")
                                                               : QStringLiteral("False"));
    if (!c.generated.isEmpty())
        args << QStringLiteral("sa.Computed(%1, persisted=True)").arg(stringLiteral(c.generated));
    const bool serial = isSerial(table, c, snapshot);
    if (table.primaryKey && table.primaryKey->columns.contains(c.name)) {
        // SQLAlchemy would make any integer key SERIAL: only the migrations' serials are.
        args << QStringLiteral("primary_key=True");
        if (c.identity.isEmpty())  // SQLAlchemy refuses autoincrement=False beside an Identity
            args << (serial ? QStringLiteral("autoincrement=True")
                            : QStringLiteral("autoincrement=False"));
    }
    if (!serial && c.defaultValue.startsWith(QLatin1String("nextval(")))
        return notExpressible(
            where,
            ModelsExport::tr(
                "a default drawn from a sequence that is not the column's own serial"));
    if (!serial && !c.defaultValue.isEmpty() && c.identity.isEmpty() && c.generated.isEmpty())
        args << QStringLiteral("server_default=sa.text(%1)").arg(stringLiteral(c.defaultValue));
    args << QStringLiteral("nullable=%1")
                .arg(c.nullable ? QStringLiteral("True") : QStringLiteral("False"));
    return QStringLiteral("sa.Column(%1)").arg(args.join(QLatin1String(", ")));
}

// "a", "b" (arguments), or ["a", "b"] (a list).
QString quotedNames(const QStringList &names, bool asList = false)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << stringLiteral(n);
    const QString joined = quoted.join(QLatin1String(", "));
    return asList ? QLatin1Char('[') + joined + QLatin1Char(']') : joined;
}

QString deferrable(bool isDeferrable, bool deferred)
{
    if (!isDeferrable)
        return {};
    return deferred ? QStringLiteral(", deferrable=True, initially=\"DEFERRED\"")
                    : QStringLiteral(", deferrable=True");
}

// An index's key item: a plain column name, else the expression as text.
QString indexItem(const QString &item)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QRegularExpression quoted(QStringLiteral("^\"((?:[^\"]|\"\")+)\"$"));
    if (name.match(item).hasMatch())
        return stringLiteral(item);
    if (const auto m = quoted.match(item); m.hasMatch())
        return stringLiteral(m.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\"")));
    return QStringLiteral("sa.text(%1)").arg(stringLiteral(item));
}

Outcome<QStringList> tableArguments(const SchemaTable &table)
{
    QStringList out;
    if (table.primaryKey)
        out << QStringLiteral("sa.PrimaryKeyConstraint(%1, name=%2%3)")
                   .arg(quotedNames(table.primaryKey->columns),
                        stringLiteral(table.primaryKey->name),
                        deferrable(table.primaryKey->deferrable, table.primaryKey->deferred));
    for (const SchemaKey &u : table.uniques)
        out << QStringLiteral("sa.UniqueConstraint(%1, name=%2%3)")
                   .arg(quotedNames(u.columns), stringLiteral(u.name),
                        deferrable(u.deferrable, u.deferred));
    for (const SchemaForeignKey &fk : table.foreignKeys) {
        QStringList targets;
        for (const QString &column : fk.referencedColumns)
            // Tables of public are keyed by bare name in the metadata (no schema given).
            targets << (fk.referencedSchema == QLatin1String("public")
                            ? QString()
                            : fk.referencedSchema + QLatin1Char('.'))
                    + fk.referencedTable + QLatin1Char('.') + column;
        QString line = QStringLiteral("sa.ForeignKeyConstraint(%1, %2, name=%3")
                           .arg(quotedNames(fk.columns, true), quotedNames(targets, true),
                                stringLiteral(fk.name));
        if (fk.onDelete != QLatin1String("NO ACTION"))
            line += QStringLiteral(", ondelete=%1").arg(stringLiteral(fk.onDelete));
        if (fk.onUpdate != QLatin1String("NO ACTION"))
            line += QStringLiteral(", onupdate=%1").arg(stringLiteral(fk.onUpdate));
        if (fk.match != QLatin1String("SIMPLE"))
            line += QStringLiteral(", match=%1").arg(stringLiteral(fk.match));
        out << line + deferrable(fk.deferrable, fk.deferred) + QLatin1Char(')');
    }
    for (const SchemaCheck &check : table.checks) {
        static const QRegularExpression checkDefinition(
            QStringLiteral("^CHECK \\((.*)\\)( NOT VALID)?$"));
        const auto m = checkDefinition.match(check.definition);
        if (!m.hasMatch())
            return notExpressible(table.qualifiedName() + QLatin1Char('.') + check.name,
                                  ModelsExport::tr("the constraint \"%1\"").arg(check.definition));
        out << QStringLiteral("sa.CheckConstraint(%1, name=%2)")
                   .arg(stringLiteral(m.captured(1)), stringLiteral(check.name));
    }
    for (const SchemaIndex &index : table.indexes) {
        if (!index.constraint.isEmpty())
            continue;  // made by its constraint
        if (index.nullsNotDistinct)
            return notExpressible(table.qualifiedName() + QLatin1Char('.') + index.name,
                                  ModelsExport::tr("NULLS NOT DISTINCT"));
        QStringList args{stringLiteral(index.name)};
        for (const QString &item : index.columns)
            args << indexItem(item);
        if (index.unique)
            args << QStringLiteral("unique=True");
        if (index.method != QLatin1String("btree"))
            args << QStringLiteral("postgresql_using=%1").arg(stringLiteral(index.method));
        if (!index.predicate.isEmpty())
            args << QStringLiteral("postgresql_where=sa.text(%1)")
                        .arg(stringLiteral(index.predicate));
        if (!index.include.isEmpty()) {
            QStringList
                include;  // quoted in the snapshot when they need it; SQLAlchemy quotes itself
            for (const QString &column : index.include)
                include << indexItem(column);
            args
                << QStringLiteral("postgresql_include=[%1]").arg(include.join(QLatin1String(", ")));
        }
        if (!index.options.isEmpty()) {
            QStringList pairs;
            for (const QString &option : index.options.split(QLatin1Char(','))) {
                const QString key = option.section(QLatin1Char('='), 0, 0).trimmed();
                pairs << QStringLiteral("%1: %2").arg(
                    stringLiteral(key),
                    stringLiteral(option.section(QLatin1Char('='), 1).trimmed()));
            }
            args << QStringLiteral("postgresql_with={%1}").arg(pairs.join(QLatin1String(", ")));
        }
        out << QStringLiteral("sa.Index(%1)").arg(args.join(QLatin1String(", ")));
    }
    if (table.schema != QLatin1String("public"))
        out << QStringLiteral("{\"schema\": %1}").arg(stringLiteral(table.schema));
    return out;
}

QString moduleName(const SchemaTable &table)
{
    return table.schema == QLatin1String("public") ? table.name
                                                   : table.schema + QLatin1Char('_') + table.name;
}

Outcome<QString> tableModule(const SchemaTable &table, const SchemaSnapshot &snapshot,
                             const QSet<QString> &enums, const QString &className)
{
    QStringList columns;
    for (const SchemaColumn &c : table.columns) {
        auto line = columnLine(table, c, snapshot, enums);
        if (!line)
            return line.error();
        columns << line.value();
    }
    auto arguments = tableArguments(table);
    if (!arguments)
        return arguments.error();
    QString text =
        QStringLiteral(
            "\"\"\"The table %1.\"\"\"\nimport sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql  # noqa: F401\n\n"
            "from . import enums  # noqa: F401\nfrom .base import Base, PgType  # noqa: F401\n\n\n")
            .arg(table.qualifiedName());
    if (!table.primaryKey) {  // a mapped class needs a primary key: a plain Table then
        text += QStringLiteral("%1 = sa.Table(\n    %2,\n    Base.metadata,\n")
                    .arg(className, stringLiteral(table.name));
        for (const QString &c : columns + arguments.value())
            text += QStringLiteral("    %1,\n").arg(c);
        return text + QStringLiteral(")\n");
    }
    text += QStringLiteral("class %1(Base):\n    __tablename__ = %2\n    __table_args__ = (\n")
                .arg(className, stringLiteral(table.name));
    for (const QString &a : arguments.value())
        text += QStringLiteral("        %1,\n").arg(a);
    text += QStringLiteral("    )\n\n");
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    // Names declarative classes keep for themselves, and Python keywords a column may carry.
    static const QSet<QString> reserved{
        QStringLiteral("metadata"), QStringLiteral("registry"), QStringLiteral("query"),
        QStringLiteral("class"),    QStringLiteral("def"),      QStringLiteral("from"),
        QStringLiteral("import"),   QStringLiteral("global"),   QStringLiteral("in"),
        QStringLiteral("is"),       QStringLiteral("not"),      QStringLiteral("and"),
        QStringLiteral("or"),       QStringLiteral("return"),   QStringLiteral("pass"),
        QStringLiteral("lambda"),   QStringLiteral("with"),     QStringLiteral("as"),
        QStringLiteral("yield")};
    for (int i = 0; i < columns.size(); ++i) {
        QString attribute = table.columns.at(i).name;
        if (!identifier.match(attribute).hasMatch())
            attribute = QStringLiteral("column_%1").arg(i + 1);
        else if (reserved.contains(attribute))
            attribute += QLatin1Char('_');
        text += QStringLiteral("    %1 = %2\n").arg(attribute, columns.at(i));
    }
    return text;
}

const char *const kBase =
    R"PY("""Declarative base of the exported models (SQLAlchemy 1.4 and 2.x)."""
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class PgType(sa.types.UserDefinedType):
    """A PostgreSQL type with no SQLAlchemy class, spelled as PostgreSQL prints it."""

    cache_ok = True

    def __init__(self, spec):
        self.spec = spec

    def get_col_spec(self, **kw):
        return self.spec
)PY";

}  // namespace

Outcome<QList<std::pair<QString, QString>>> ModelsExport::modules(const SchemaSnapshot &snapshot)
{
    QList<std::pair<QString, QString>> files;
    QSet<QString> enumNames;
    QString enums =
        QStringLiteral("\"\"\"The enum types; created by Base.metadata.create_all().\"\"\"\n"
                       "from sqlalchemy.dialects import postgresql\n\nfrom .base import Base\n\n");
    for (const SchemaEnum &e : snapshot.enums) {
        enumNames.insert(e.name);
        QStringList labels;
        for (const QString &label : e.labels)
            labels << stringLiteral(label);
        enums +=
            QStringLiteral("%1 = postgresql.ENUM(%2, name=%3, metadata=Base.metadata)\n")
                .arg(enumVariable(e.name), labels.join(QLatin1String(", ")), stringLiteral(e.name));
    }
    QString init =
        QStringLiteral(
            "\"\"\"SQLAlchemy models of the Mathakine schema at migration %1, written by mathakine-admin\n"
            "(export models) from the expected snapshot; export again rather than edit.\n")
            .arg(snapshot.version);
    for (const SchemaTable &view : snapshot.views)
        init += QStringLiteral("Not modelled (a view): %1.\n").arg(view.qualifiedName());
    init += QStringLiteral(
        "\"\"\"\nfrom . import enums  # noqa: F401\nfrom .base import Base  # noqa: F401\n");
    QStringList exported{stringLiteral(QStringLiteral("Base"))};
    for (const SchemaTable &table : snapshot.tables) {
        if (table.kind != QLatin1String("table"))
            return notExpressible(
                table.qualifiedName(),
                tr("a relation of kind \"%1\" (only ordinary tables become models)")
                    .arg(table.kind));
        const QString className = python::className(table.name);
        auto module = tableModule(table, snapshot, enumNames, className);
        if (!module)
            return module.error();
        files << std::pair{moduleName(table) + QStringLiteral(".py"), module.value()};
        init +=
            QStringLiteral("from .%1 import %2  # noqa: F401\n").arg(moduleName(table), className);
        exported << stringLiteral(className);
    }
    init += QStringLiteral("\n__all__ = [%1]\n").arg(exported.join(QLatin1String(", ")));
    files << std::pair{QStringLiteral("__init__.py"), init}
          << std::pair{QStringLiteral("base.py"), QString::fromLatin1(kBase)}
          << std::pair{QStringLiteral("enums.py"), enums};
    return files;
}

Outcome<QStringList> ModelsExport::write(const SchemaSnapshot &snapshot, const QString &directory)
{
    auto files = modules(snapshot);
    if (!files)
        return files.error();
    FileBatch batch(directory);
    for (const auto &[name, text] : files.value())
        batch.add(name, text.toUtf8());
    return batch.commit();
}

}  // namespace mathakine
