#include "validate/SqlParameters.h"

namespace mathakine {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Index just past a quoted or commented region starting at i, or i when there is none.
qsizetype skipInert(const QString &sql, qsizetype i)
{
    const QChar c = sql.at(i);
    const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        qsizetype j = i + 1;
        while (j < sql.size()) {
            if (sql.at(j) == c) {
                if (j + 1 < sql.size() && sql.at(j + 1) == c) {
                    j += 2;
                    continue;
                }  // doubled quote
                return j + 1;
            }
            ++j;
        }
        return sql.size();
    }
    if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? sql.size() : end + 1;
    }
    if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
        const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? sql.size() : end + 2;
    }
    if (c == QLatin1Char('$')) {  // $tag$ … $tag$
        qsizetype j = i + 1;
        while (j < sql.size() && isNameChar(sql.at(j)) && !sql.at(j).isDigit())
            ++j;
        if (j < sql.size() && sql.at(j) == QLatin1Char('$')) {
            const QString tag = sql.mid(i, j - i + 1);
            const qsizetype end = sql.indexOf(tag, j + 1);
            return end < 0 ? sql.size() : end + tag.size();
        }
    }
    return i;
}

// Calls found(start, length, name) for each placeholder.
template<typename Found>
void scan(const QString &sql, Found found)
{
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype skipped = skipInert(sql, i);
        if (skipped != i) {
            i = skipped;
            continue;
        }
        if (sql.at(i) == QLatin1Char(':')) {
            if (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char(':')) {  // a cast
                i += 2;
                continue;
            }
            if (i + 1 < sql.size() && isNameStart(sql.at(i + 1))) {
                qsizetype j = i + 1;
                while (j < sql.size() && isNameChar(sql.at(j)))
                    ++j;
                found(i, j - i, sql.mid(i + 1, j - i - 1));
                i = j;
                continue;
            }
        }
        ++i;
    }
}

}  // namespace

QStringList SqlParameters::names(const QString &sql)
{
    QStringList list;
    scan(sql, [&](qsizetype, qsizetype, const QString &name) {
        if (!list.contains(name))
            list << name;
    });
    return list;
}

Outcome<BoundStatement> SqlParameters::bind(const QString &sql,
                                            const QHash<QString, QString> &values)
{
    BoundStatement bound;
    QStringList unknown;
    qsizetype copied = 0;
    scan(sql, [&](qsizetype start, qsizetype length, const QString &name) {
        bound.sql += sql.mid(copied, start - copied);
        copied = start + length;
        if (!values.contains(name)) {
            if (!unknown.contains(name))
                unknown << name;
            return;
        }
        qsizetype index = bound.names.indexOf(name);
        if (index < 0) {
            bound.names << name;
            bound.values << values.value(name);
            index = bound.names.size() - 1;
        }
        bound.sql += QStringLiteral("$%1").arg(index + 1);
    });
    bound.sql += sql.mid(copied);
    if (!unknown.isEmpty()) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = tr("The statement uses unknown parameter(s): %1.")
                            .arg(unknown.join(QLatin1String(", ")));
        error.detail = sql;
        error.hint = tr(
            "Capture a value under that name in an earlier step, or declare it in \"parameters\".");
        return error;
    }
    return bound;
}

}  // namespace mathakine
