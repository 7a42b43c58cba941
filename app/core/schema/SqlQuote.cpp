#include "schema/SqlQuote.h"

#include <QRegularExpression>
#include <QSet>

namespace mathakine {

namespace {
// PostgreSQL 15 keywords that are not "unreserved" (pg_get_keywords() where catcode <> 'U'):
// quote_ident quotes these, and so must we.
bool isKeyword(const QString &word)
{
    static const QSet<QString> keywords = [] {
        QSet<QString> set;
        for (const char *w : {"all",
                              "analyse",
                              "analyze",
                              "and",
                              "any",
                              "array",
                              "as",
                              "asc",
                              "asymmetric",
                              "authorization",
                              "between",
                              "bigint",
                              "binary",
                              "bit",
                              "boolean",
                              "both",
                              "case",
                              "cast",
                              "char",
                              "character",
                              "check",
                              "coalesce",
                              "collate",
                              "collation",
                              "column",
                              "concurrently",
                              "constraint",
                              "create",
                              "cross",
                              "current_catalog",
                              "current_date",
                              "current_role",
                              "current_schema",
                              "current_time",
                              "current_timestamp",
                              "current_user",
                              "dec",
                              "decimal",
                              "default",
                              "deferrable",
                              "desc",
                              "distinct",
                              "do",
                              "else",
                              "end",
                              "except",
                              "exists",
                              "extract",
                              "false",
                              "fetch",
                              "float",
                              "for",
                              "foreign",
                              "freeze",
                              "from",
                              "full",
                              "grant",
                              "greatest",
                              "group",
                              "grouping",
                              "having",
                              "ilike",
                              "in",
                              "initially",
                              "inner",
                              "inout",
                              "int",
                              "integer",
                              "intersect",
                              "interval",
                              "into",
                              "is",
                              "isnull",
                              "join",
                              "lateral",
                              "leading",
                              "least",
                              "left",
                              "like",
                              "limit",
                              "localtime",
                              "localtimestamp",
                              "national",
                              "natural",
                              "nchar",
                              "none",
                              "normalize",
                              "not",
                              "notnull",
                              "null",
                              "nullif",
                              "numeric",
                              "offset",
                              "on",
                              "only",
                              "or",
                              "order",
                              "out",
                              "outer",
                              "overlaps",
                              "overlay",
                              "placing",
                              "position",
                              "precision",
                              "primary",
                              "real",
                              "references",
                              "returning",
                              "right",
                              "row",
                              "select",
                              "session_user",
                              "setof",
                              "similar",
                              "smallint",
                              "some",
                              "substring",
                              "symmetric",
                              "table",
                              "tablesample",
                              "then",
                              "time",
                              "timestamp",
                              "to",
                              "trailing",
                              "treat",
                              "trim",
                              "true",
                              "union",
                              "unique",
                              "user",
                              "using",
                              "values",
                              "varchar",
                              "variadic",
                              "verbose",
                              "when",
                              "where",
                              "window",
                              "with",
                              "xmlattributes",
                              "xmlconcat",
                              "xmlelement",
                              "xmlexists",
                              "xmlforest",
                              "xmlnamespaces",
                              "xmlparse",
                              "xmlpi",
                              "xmlroot",
                              "xmlserialize",
                              "xmltable"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return keywords.contains(word);
}
}  // namespace

QString SqlQuote::identifier(const QString &name)
{
    static const QRegularExpression plain(
        QStringLiteral("^[a-z_][a-z0-9_]*$"));  // as quote_ident: '$' is quoted
    if (plain.match(name).hasMatch() && !isKeyword(name))
        return name;
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlQuote::qualified(const QString &schema, const QString &name)
{
    return identifier(schema) + QLatin1Char('.') + identifier(name);
}

QString SqlQuote::identifiers(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << identifier(name);
    return quoted.join(QLatin1String(", "));
}

QString SqlQuote::literal(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    // With a backslash, the E'' form keeps the text right whatever standard_conforming_strings
    // says.
    if (escaped.contains(QLatin1Char('\\')))
        return QLatin1String("E'") + escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            + QLatin1Char('\'');
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

}  // namespace mathakine
