#include "run/FailureForensics.h"

#include "run/MigrationObjects.h"

#include <QJsonArray>

namespace mathakine {

namespace {
// The text that ran when the history kept it, else the file as it is now.
Migration asRun(const Migration &migration, const AppliedMigration &row)
{
    if (row.script.isEmpty() || row.script == migration.text)
        return migration;
    auto parsed = MigrationParser::parseText(row.script.toUtf8(), migration.fileName);
    return parsed ? parsed.value() : migration;
}
}  // namespace

QString FailureForensics::ObjectState::describe() const
{
    if (!exists)
        return tr("%1: absent").arg(object.describe());
    if (!valid)
        return tr("%1: exists but INVALID (it enforces nothing; drop it with DROP INDEX CONCURRENTLY)")
            .arg(object.describe());
    return definition.isEmpty() ? tr("%1: exists").arg(object.describe())
                                : tr("%1: exists (%2)").arg(object.describe(), definition);
}

QString FailureForensics::stateName(StatementState state)
{
    switch (state) {
    case StatementState::TookEffect:
        return tr("took effect");
    case StatementState::Failed:
        return tr("failed");
    case StatementState::NotRun:
        return tr("not run");
    }
    return {};
}

FailureForensics FailureForensics::read(const DatabaseSession &session, const Migration &migration,
                                        const AppliedMigration &row)
{
    FailureForensics f;
    f.version = row.version;
    f.down = row.down;
    f.interrupted = row.state == HistoryState::Running;
    f.failedStatement = row.failedStatement;
    f.error = row.error.trimmed();
    f.sqlState = row.sqlState;
    const Migration ran = asRun(migration, row);
    const QList<SqlStatement> &section = row.down ? ran.down.statements : ran.up.statements;
    for (int i = 0; i < section.size(); ++i) {
        const int index = i + 1;
        const StatementState state = index <= row.statementsDone ? StatementState::TookEffect
            : index == row.failedStatement                       ? StatementState::Failed
                                                                 : StatementState::NotRun;
        f.statements << Statement{index, section.at(i).line, section.at(i).sql, state};
    }
    QList<CreatedObject> touched = CreatedObjects::of(ran);
    for (const auto &[schema, name] : MigrationObjects::of(ran).tables) {
        const bool created =
            std::any_of(touched.cbegin(), touched.cend(), [&](const CreatedObject &o) {
                return o.kind == CreatedObject::Kind::Table && o.name == name;
            });
        if (!created)
            touched << CreatedObject{CreatedObject::Kind::Table, schema, name, {}};
    }
    for (const CreatedObject &object : touched) {
        ObjectState state{object, CreatedObjects::exists(session, object), true, {}};
        if (state.exists) {
            state.valid = CreatedObjects::isValid(session, object);
            if (object.kind == CreatedObject::Kind::Column)
                state.definition = CreatedObjects::columnDefinition(session, object);
        }
        f.objects << state;
    }
    return f;
}

QString FailureForensics::text() const
{
    QStringList lines;
    lines << tr("  Statements of its %1 section:")
                 .arg(down ? QStringLiteral("down") : QStringLiteral("up"));
    for (const Statement &s : statements) {
        QString sql = s.sql.simplified();
        if (sql.size() > 100)
            sql = sql.left(99) + QChar(0x2026);
        lines << tr("    %1. [%2] line %3: %4")
                     .arg(s.index)
                     .arg(stateName(s.state))
                     .arg(s.line)
                     .arg(sql);
        if (s.state == StatementState::Failed)
            lines << tr("       server error%1: %2")
                         .arg(sqlState.isEmpty() ? QString()
                                                 : QStringLiteral(" (SQLSTATE %1)").arg(sqlState),
                              QString(error).replace(QLatin1Char('\n'),
                                                     QLatin1String("\n         ")));
    }
    lines << tr("  Its objects in the database now:");
    for (const ObjectState &o : objects)
        lines << QStringLiteral("    ") + o.describe();
    lines << tr("  Repair: mathakine-admin repair %1 shows the ways out with their SQL.")
                 .arg(version);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject FailureForensics::toJson() const
{
    static const char *const keys[] = {"tookEffect", "failed", "notRun"};
    QJsonArray statementArray;
    for (const Statement &s : statements)
        statementArray.append(
            QJsonObject{{QStringLiteral("index"), s.index},
                        {QStringLiteral("line"), s.line},
                        {QStringLiteral("sql"), s.sql},
                        {QStringLiteral("state"), QLatin1String(keys[static_cast<int>(s.state)])}});
    QJsonArray objectArray;
    for (const ObjectState &o : objects)
        objectArray.append(QJsonObject{{QStringLiteral("object"), o.object.describe()},
                                       {QStringLiteral("exists"), o.exists},
                                       {QStringLiteral("valid"), o.valid},
                                       {QStringLiteral("definition"), o.definition}});
    return {{QStringLiteral("version"), version},
            {QStringLiteral("direction"), down ? QStringLiteral("down") : QStringLiteral("up")},
            {QStringLiteral("interrupted"), interrupted},
            {QStringLiteral("failedStatement"), failedStatement},
            {QStringLiteral("error"), error},
            {QStringLiteral("sqlState"), sqlState},
            {QStringLiteral("statements"), statementArray},
            {QStringLiteral("objects"), objectArray}};
}

}  // namespace mathakine
