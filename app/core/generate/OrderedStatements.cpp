#include "generate/OrderedStatements.h"

#include <algorithm>

namespace mathakine {

void OrderedStatements::add(StatementPhase phase, const QString &sql, const QString &comment)
{
    if (sql.isEmpty())
        return;
    for (const OrderedStatement &s : m_items) {
        if (s.sql == sql)
            return;  // two differences may share a fix
    }
    m_items.append({phase, sql, {}, comment});
}

void OrderedStatements::addAll(StatementPhase phase, const QStringList &sql)
{
    for (const QString &statement : sql)
        add(phase, statement);
}

void OrderedStatements::addReviewed(StatementPhase phase, const QString &sql,
                                    const QString &warning)
{
    if (!sql.isEmpty())
        m_items.append({phase, sql, warning, {}});
}

QList<OrderedStatement> OrderedStatements::ordered() const
{
    QList<OrderedStatement> sorted = m_items;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const OrderedStatement &a, const OrderedStatement &b) { return a.phase < b.phase; });
    return sorted;
}

QStringList OrderedStatements::live() const
{
    QStringList statements;
    for (const OrderedStatement &s : ordered()) {
        if (s.warning.isEmpty())
            statements << s.sql;
    }
    return statements;
}

QString OrderedStatements::text() const
{
    QString text;
    for (const OrderedStatement &s : ordered()) {
        if (!s.comment.isEmpty())
            text += QStringLiteral("-- ") + s.comment + QLatin1Char('\n');
        if (s.warning.isEmpty()) {
            text += s.sql + QLatin1Char('\n');
            continue;
        }
        text += QStringLiteral("-- ") + s.warning + QLatin1Char('\n');
        for (const QString &line : s.sql.split(QLatin1Char('\n')))
            text += QStringLiteral("-- ") + line + QLatin1Char('\n');
    }
    return text;
}

}  // namespace mathakine
