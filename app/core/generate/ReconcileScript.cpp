#include "generate/ReconcileScript.h"

#include "schema/SqlQuote.h"

#include <QJsonArray>

namespace mathakine {

QString ReconcileScript::searchPathStatement() const
{
    QStringList quoted;
    for (const QString &schema : schemas)
        quoted << SqlQuote::identifier(schema);
    return QStringLiteral("SET search_path = %1;").arg(quoted.join(QLatin1String(", ")));
}

QString ReconcileScript::text() const
{
    QString text = QStringLiteral("-- ")
        + tr("Reconcile with the expected schema of version %1: adds, never drops nor renames.")
              .arg(version)
        + QLatin1Char('\n');
    text += searchPathStatement() + QLatin1Char('\n');
    text += QStringLiteral("-- ") + tr("In one transaction:") + QLatin1Char('\n');
    for (const QString &statement : statements)
        text += statement + QLatin1Char('\n');
    if (statements.isEmpty())
        text += QStringLiteral("-- ") + tr("(no change to the schema)") + QLatin1Char('\n');
    if (!concurrent.isEmpty()) {
        text += QStringLiteral("-- ")
            + tr("Then, outside a transaction (index builds on big tables, one by one):")
            + QLatin1Char('\n');
        for (const QString &statement : concurrent)
            text += statement + QLatin1Char('\n');
    }
    text += QStringLiteral("-- ")
        + tr("Then migrations up to %1 are recorded as applied (by reconcile).").arg(version)
        + QLatin1Char('\n');
    if (!conflicts.isEmpty()) {
        text += QStringLiteral("--\n-- ")
            + tr("Needs a person (not in this script; the run refuses until it is settled):")
            + QLatin1Char('\n');
        for (const ReconcileConflict &c : conflicts) {
            text += QStringLiteral("--   %1\n").arg(c.message);  // the message names the object
            for (const QString &row : c.blocking)
                text += QStringLiteral("--       %1\n").arg(row);
        }
    }
    if (!keptAsIs.isEmpty()) {
        text += QStringLiteral("--\n-- ") + tr("Kept as is (reconcile drops and renames nothing):")
            + QLatin1Char('\n');
        for (const QString &line : keptAsIs)
            text += QStringLiteral("--   ") + line + QLatin1Char('\n');
    }
    return text;
}

QJsonObject ReconcileScript::toJson() const
{
    QJsonArray conflictList;
    for (const ReconcileConflict &c : conflicts)
        conflictList.append(
            QJsonObject{{QStringLiteral("path"), c.path},
                        {QStringLiteral("message"), c.message},
                        {QStringLiteral("blocking"), QJsonArray::fromStringList(c.blocking)}});
    return {{QStringLiteral("version"), version},
            {QStringLiteral("statements"), QJsonArray::fromStringList(statements)},
            {QStringLiteral("concurrent"), QJsonArray::fromStringList(concurrent)},
            {QStringLiteral("conflicts"), conflictList},
            {QStringLiteral("keptAsIs"), QJsonArray::fromStringList(keptAsIs)},
            {QStringLiteral("canRun"), canRun()},
            {QStringLiteral("script"), text()}};
}

}  // namespace mathakine
