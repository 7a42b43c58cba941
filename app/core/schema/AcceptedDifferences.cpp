#include "schema/AcceptedDifferences.h"

#include "connection/DatabaseSession.h"

namespace mathakine {

AcceptedDifferences::AcceptedDifferences(const DatabaseSession &session, QString schema)
    : m_session(session), m_schema(std::move(schema))
{}

namespace {
// QPSQL binds a null QString as SQL NULL; the table's columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
}  // namespace

Status AcceptedDifferences::accept(const SchemaDifference &d, const QString &reason) const
{
    auto done = m_session.run(
        QStringLiteral(
            "INSERT INTO %1.accepted_differences (schema_name, table_name, object, attribute, expected, actual, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (schema_name, table_name, object, attribute) DO UPDATE"
            " SET expected = excluded.expected, actual = excluded.actual, reason = excluded.reason,"
            " accepted_at = now(), accepted_by = current_user")
            .arg(DatabaseSession::quoteIdentifier(m_schema)),
        {text(d.schema), text(d.table), text(d.object), text(d.attribute), text(d.expected),
         text(d.actual), reason});
    return done ? Status() : Status(done.error());
}

Outcome<QList<SchemaDifference>> AcceptedDifferences::load() const
{
    const QString table =
        DatabaseSession::quoteIdentifier(m_schema) + QStringLiteral(".accepted_differences");
    auto present = m_session.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {table});
    if (!present)
        return present.error();
    if (!present->toBool())
        return QList<SchemaDifference>();
    auto rows = m_session.run(
        QStringLiteral(
            "SELECT schema_name, table_name, object, attribute, expected, actual FROM %1 ORDER BY 1, 2, 3, 4")
            .arg(table));
    if (!rows)
        return rows.error();
    QList<SchemaDifference> accepted;
    while (rows->next()) {
        SchemaDifference d;
        d.kind = DiffKind::Changed;
        d.schema = rows->value(0).toString();
        d.table = rows->value(1).toString();
        d.object = rows->value(2).toString();
        d.attribute = rows->value(3).toString();
        d.expected = rows->value(4).toString();
        d.actual = rows->value(5).toString();
        accepted << d;
    }
    return accepted;
}

QList<SchemaDifference> AcceptedDifferences::takeAccepted(SchemaDiff &diff,
                                                          const QList<SchemaDifference> &accepted)
{
    QList<SchemaDifference> taken;
    auto matches = [&accepted](const SchemaDifference &d) {
        return d.kind == DiffKind::Changed
            && std::any_of(accepted.begin(), accepted.end(), [&d](const SchemaDifference &a) {
                   return a.schema == d.schema && a.table == d.table && a.object == d.object
                       && a.attribute == d.attribute && a.expected == d.expected
                       && a.actual == d.actual;
               });
    };
    for (auto it = diff.differences.begin(); it != diff.differences.end();) {
        if (matches(*it)) {
            taken << *it;
            it = diff.differences.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
}

}  // namespace mathakine
