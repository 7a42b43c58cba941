#include "run/MigrationRepair.h"

#include "connection/DatabaseSession.h"
#include "migrate/CreatedObjects.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"
#include "migrate/ParseTree.h"
#include "migrate/ToolSchema.h"
#include "run/MigrationObjects.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>

namespace mathakine {

using namespace parsetree;

namespace {

QList<CreatedObject> createdBy(const SqlStatement &statement)
{
    Migration single;
    single.up.statements << statement;
    return CreatedObjects::of(single);
}

// What a down statement removes: DROP TABLE / INDEX / TYPE, ALTER TABLE … DROP COLUMN.
QList<CreatedObject> droppedBy(const SqlStatement &statement)
{
    QList<CreatedObject> objects;
    const QJsonObject node = statement.tree.value(statement.kind()).toObject();
    if (statement.kind() == QLatin1String("DropStmt")) {
        const QString type = text(node, "removeType");
        const CreatedObject::Kind kind = type == QLatin1String("OBJECT_INDEX")
            ? CreatedObject::Kind::Index
            : type == QLatin1String("OBJECT_TYPE") ? CreatedObject::Kind::Type
                                                   : CreatedObject::Kind::Table;
        if (type != QLatin1String("OBJECT_INDEX") && type != QLatin1String("OBJECT_TYPE")
            && type != QLatin1String("OBJECT_TABLE"))
            return objects;
        for (const QJsonValue &item : array(node, "objects")) {
            const QJsonObject typeName = unwrap(item, "TypeName");
            const QStringList parts = typeName.isEmpty()
                ? names(array(unwrap(item, "List"), "items"))
                : names(array(typeName, "names"));
            if (!parts.isEmpty())
                objects << CreatedObject{kind,
                                         parts.size() > 1 ? parts.at(parts.size() - 2) : QString(),
                                         parts.constLast(),
                                         {}};
        }
    } else if (statement.kind() == QLatin1String("AlterTableStmt")) {
        const QJsonObject relation = object(node, "relation");
        for (const QJsonValue &cmd : array(node, "cmds")) {
            const QJsonObject alter = unwrap(cmd, "AlterTableCmd");
            if (is(alter, "subtype", "AT_DropColumn"))
                objects << CreatedObject{CreatedObject::Kind::Column, text(relation, "schemaname"),
                                         text(alter, "name"), text(relation, "relname")};
        }
    }
    return objects;
}

bool sameObject(const CreatedObject &a, const CreatedObject &b)
{
    return a.kind == b.kind && a.name == b.name && a.table == b.table
        && (a.schema.isEmpty() || b.schema.isEmpty() || a.schema == b.schema);
}

QString qualified(const QString &schema, const QString &name)
{
    return (schema.isEmpty() ? QString()
                             : DatabaseSession::quoteIdentifier(schema) + QLatin1Char('.'))
        + DatabaseSession::quoteIdentifier(name);
}

// Generated from the catalog when the down section has no matching statement.
QString dropSql(const CreatedObject &o)
{
    switch (o.kind) {
    case CreatedObject::Kind::Index:
        return QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1")
            .arg(qualified(o.schema, o.name));
    case CreatedObject::Kind::Table:
        return QStringLiteral("DROP TABLE IF EXISTS %1").arg(qualified(o.schema, o.name));
    case CreatedObject::Kind::Type:
        return QStringLiteral("DROP TYPE IF EXISTS %1").arg(qualified(o.schema, o.name));
    case CreatedObject::Kind::Column:
        return QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2")
            .arg(qualified(o.schema, o.table), DatabaseSession::quoteIdentifier(o.name));
    }
    return {};
}

// Whether a difference is about this object (the object itself or, for a table, anything on it).
bool isAbout(const SchemaDifference &d, const CreatedObject &o)
{
    switch (o.kind) {
    case CreatedObject::Kind::Table:
        return d.table == o.name && d.objectType != SchemaObjectType::EnumType;
    case CreatedObject::Kind::Index:
        return d.objectType == SchemaObjectType::Index && d.object == o.name;
    case CreatedObject::Kind::Type:
        return d.objectType == SchemaObjectType::EnumType && d.table == o.name;
    case CreatedObject::Kind::Column:
        return d.objectType == SchemaObjectType::Column && d.table == o.table && d.object == o.name;
    }
    return false;
}

// The diff now, less the differences about the objects the choice's statements build or drop.
SchemaDiff predicted(const SchemaDiff &now, const QList<CreatedObject> &handled)
{
    SchemaDiff left;
    left.expectedVersion = now.expectedVersion;
    for (const SchemaDifference &d : now.differences) {
        if (std::none_of(handled.cbegin(), handled.cend(),
                         [&](const CreatedObject &o) { return isAbout(d, o); }))
            left.differences << d;
    }
    return left;
}

struct Diffs {
    std::optional<SchemaDiff> applied;     // vs the migration's own version
    std::optional<SchemaDiff> notApplied;  // vs the version before it
};

}  // namespace

QString RepairOption::id(RepairChoice choice)
{
    switch (choice) {
    case RepairChoice::Resume:
        return QStringLiteral("resume");
    case RepairChoice::Undo:
        return QStringLiteral("undo");
    case RepairChoice::MarkApplied:
        return QStringLiteral("mark-applied");
    case RepairChoice::MarkNotApplied:
        return QStringLiteral("mark-not-applied");
    }
    return {};
}

std::optional<RepairChoice> RepairOption::fromId(const QString &id)
{
    for (RepairChoice c : {RepairChoice::Resume, RepairChoice::Undo, RepairChoice::MarkApplied,
                           RepairChoice::MarkNotApplied}) {
        if (RepairOption::id(c) == id)
            return c;
    }
    return std::nullopt;
}

QString RepairOption::title() const
{
    switch (choice) {
    case RepairChoice::Resume:
        return tr("Resume from the failed statement");
    case RepairChoice::Undo:
        return tr("Undo the statements that took effect");
    case RepairChoice::MarkApplied:
        return tr("Mark as applied");
    case RepairChoice::MarkNotApplied:
        return tr("Mark as not applied");
    }
    return {};
}

QString RepairOption::sqlText() const
{
    QString text;
    for (const QString &statement : sql)
        text += statement + QLatin1String(";\n");
    return text;
}

MigrationRepair::MigrationRepair(ConnectionSpec spec, RunOptions options)
    : m_spec(std::move(spec)), m_options(std::move(options))
{}

QList<RepairOption> MigrationRepair::optionsOn(const DatabaseSession &session, const Migration &m,
                                               const AppliedMigration &row)
{
    const QString dir = QFileInfo(m.filePath).absolutePath();
    const MigrationObjects objects = MigrationObjects::of(m);
    const QString previous = MigrationObjectsDiff::previousVersion(dir, m.version);
    auto readDiff = [&](const QString &version) -> std::optional<SchemaDiff> {
        auto diff = MigrationObjectsDiff::at(session, dir, version, objects);
        return diff ? diff.value() : std::nullopt;
    };
    const Diffs diffs{readDiff(m.version), readDiff(previous)};
    const QList<CreatedObject> created = CreatedObjects::of(m);
    QList<CreatedObject> existing, invalid;
    for (const CreatedObject &o : created) {
        if (!CreatedObjects::exists(session, o))
            continue;
        existing << o;
        if (!CreatedObjects::isValid(session, o))
            invalid << o;
    }
    const QList<SqlStatement> &section = row.down ? m.down.statements : m.up.statements;
    const QString appliedText =
        RepairOption::tr("%1 is recorded as applied; public.alembic_version follows.")
            .arg(m.version);
    const QString forgottenText =
        RepairOption::tr(
            "%1 is removed from the history (not applied); public.alembic_version follows.")
            .arg(m.version);
    QList<RepairOption> options;

    RepairOption resume{RepairChoice::Resume,
                        true,
                        {},
                        {},
                        m.transactional,
                        row.down ? forgottenText : appliedText,
                        row.down ? previous : m.version,
                        false,
                        {}};
    resume.leavesApplied = !row.down;
    QList<CreatedObject> resumed = invalid;
    for (const CreatedObject &o : invalid)
        resume.sql << dropSql(o);
    // A transactional migration took effect whole or not at all: its resume is a full run.
    const int from = m.transactional
        ? 1
        : std::max(1, row.failedStatement > 0 ? row.failedStatement : row.statementsDone + 1);
    for (int i = from - 1; i < section.size(); ++i) {
        resume.sql << section.at(i).sql;
        resumed << createdBy(section.at(i));
    }
    const auto &resumeNow = row.down ? diffs.notApplied : diffs.applied;
    resume.hasSnapshot = resumeNow.has_value();
    if (resumeNow)
        resume.diffLeft = predicted(*resumeNow, row.down ? existing : resumed);
    if (resume.sql.isEmpty()) {
        resume.available = false;
        resume.refusal = RepairOption::tr("No statement is left to run.");
    }
    options << resume;

    RepairOption undo{
        RepairChoice::Undo,           !row.down, {}, {}, false, forgottenText, previous,
        diffs.notApplied.has_value(), {}};
    undo.leavesApplied = row.down;
    if (row.down) {
        undo.refusal = RepairOption::tr(
            "It failed while being reverted: run upgrade to apply it again instead.");
    } else {
        // Newest first: what statement k built is removed before what k-1 built.
        QList<CreatedObject> toDrop = invalid;
        for (int i = std::min<int>(row.statementsDone, section.size()) - 1; i >= 0; --i)
            for (const CreatedObject &o : createdBy(section.at(i)))
                if (std::any_of(existing.cbegin(), existing.cend(),
                                [&](const CreatedObject &e) { return sameObject(e, o); }))
                    toDrop << o;
        for (const CreatedObject &o : toDrop) {
            const auto match = std::find_if(
                m.down.statements.cbegin(), m.down.statements.cend(), [&](const SqlStatement &s) {
                    const QList<CreatedObject> dropped = droppedBy(s);
                    return std::any_of(dropped.cbegin(), dropped.cend(),
                                       [&](const CreatedObject &d) { return sameObject(d, o); });
                });
            const QString statement = match != m.down.statements.cend() ? match->sql : dropSql(o);
            if (!undo.sql.contains(statement))
                undo.sql << statement;
        }
        if (diffs.notApplied)
            undo.diffLeft = predicted(*diffs.notApplied, toDrop);
    }
    options << undo;

    RepairOption markApplied{
        RepairChoice::MarkApplied, false, {}, {}, false, appliedText, m.version,
        diffs.applied.has_value(), {}};
    markApplied.leavesApplied = true;
    if (!diffs.applied)
        markApplied.refusal =
            RepairOption::tr(
                "There is no expected snapshot for %1 to prove its objects are right (mathakine-admin snapshot).")
                .arg(m.version);
    else if (!diffs.applied->isEmpty())
        markApplied.refusal =
            RepairOption::tr(
                "Its objects differ from the expected snapshot at %1 (%n difference(s)).", nullptr,
                static_cast<int>(diffs.applied->differences.size()))
                .arg(m.version);
    else
        markApplied.available = true;
    if (diffs.applied)
        markApplied.diffLeft = *diffs.applied;
    options << markApplied;

    RepairOption markNot{RepairChoice::MarkNotApplied,
                         existing.isEmpty(),
                         {},
                         {},
                         false,
                         forgottenText,
                         previous,
                         diffs.notApplied.has_value(),
                         {}};
    if (!existing.isEmpty()) {
        QStringList names;
        for (const CreatedObject &o : existing)
            names << o.describe();
        markNot.refusal =
            RepairOption::tr("Objects it creates exist: %1.").arg(names.join(QLatin1String(", ")));
    }
    if (diffs.notApplied)
        markNot.diffLeft = *diffs.notApplied;
    options << markNot;
    return options;
}

Outcome<const Migration *> MigrationRepair::failedMigration(const MigrationCatalog &catalog,
                                                            const History &history,
                                                            const QString &version) const
{
    const AppliedMigration *row = history.find(version);
    const Migration *m = catalog.find(version);
    if (!row || row->isApplied() || !m)
        return AppError{
            .exitCode = ExitCode::Usage,
            .message = !m
                ? tr("Migration %1 has no file in the migrations folder.").arg(version)
                : tr("Migration %1 is not recorded as failed: there is nothing to repair.")
                      .arg(version),
            .hint = tr("status lists the failed migrations.")};
    return m;
}

Outcome<QList<RepairOption>> MigrationRepair::options(const MigrationCatalog &catalog,
                                                      const QString &version) const
{
    auto session = DatabaseSession::open(m_spec, QStringLiteral("repair"));
    if (!session)
        return session.error();
    if (Status s =
            session.value()->setTimeouts(m_options.lockTimeoutMs, m_options.statementTimeoutMs);
        !s)
        return s.error();
    auto history = HistoryStore(*session.value(), m_options.historySchema).load();
    if (!history)
        return history.error();
    auto m = failedMigration(catalog, history.value(), version);
    if (!m)
        return m.error();
    return optionsOn(*session.value(), *m.value(), *history->find(version));
}

Status MigrationRepair::runStatements(const DatabaseSession &session, const RepairOption &option,
                                      QStringList *ran) const
{
    QSqlDatabase db = session.database();
    if (option.inTransaction && !db.transaction())
        return AppError{.message = tr("Cannot start a transaction."),
                        .detail = db.lastError().text()};
    for (const QString &statement : option.sql) {
        if (auto done = session.run(statement); !done) {
            if (option.inTransaction)
                db.rollback();
            return done.error();
        }
        *ran << statement;
    }
    if (option.inTransaction && !db.commit())
        return AppError{.message = tr("Cannot commit."),
                        .detail = db.lastError().text(),
                        .sqlState = db.lastError().nativeErrorCode()};
    return {};
}

Status MigrationRepair::record(const DatabaseSession &session, const Migration &m,
                               const RepairOption &option, qint64 durationMs) const
{
    const bool applied = option.leavesApplied;
    QSqlDatabase db = session.database();
    if (!db.transaction())
        return AppError{.message = tr("Cannot start a transaction."),
                        .detail = db.lastError().text()};
    const HistoryStore history(session, m_options.historySchema);
    auto fail = [&](const AppError &error) {
        db.rollback();
        return Status(error);
    };
    if (Status s = applied
            ? history.recordApplied(m, durationMs,
                                    option.choice == RepairChoice::MarkApplied ? Execution::Stamp
                                                                               : Execution::Run)
            : history.forget(m.version);
        !s)
        return fail(s.error());
    auto after = history.load();
    if (!after)
        return fail(after.error());
    if (Status s = history.syncAlembicVersion(after->alembicRevision()); !s)
        return fail(s.error());
    const QString sql = option.sql.isEmpty() ? tr("(no statement)") : option.sqlText();
    if (Status s = history.audit({QStringLiteral("repair-") + RepairOption::id(option.choice),
                                  m.version, true, durationMs, sql});
        !s)
        return fail(s.error());
    if (!db.commit())
        return AppError{.message = tr("Cannot commit the repair's bookkeeping."),
                        .detail = db.lastError().text()};
    return {};
}

Outcome<RepairResult> MigrationRepair::apply(const MigrationCatalog &catalog,
                                             const QString &version, RepairChoice choice,
                                             const std::optional<QStringList> &previewedSql)
{
    auto opened = DatabaseSession::open(m_spec, QStringLiteral("repair"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    if (Status s = session.setTimeouts(m_options.lockTimeoutMs, m_options.statementTimeoutMs); !s)
        return s.error();
    auto acquired = MigrationLock::tryAcquire(session);
    if (!acquired)
        return acquired.error();
    if (!acquired.value())
        return MigrationLock::lockedError(MigrationLock::holder(session));
    struct Release {
        const DatabaseSession &s;
        ~Release() { MigrationLock::release(s); }
    } release{session};
    if (Status s = ToolSchema(session, m_options.historySchema).ensure(); !s)
        return s.error();
    auto history = HistoryStore(session, m_options.historySchema).load();
    if (!history)
        return history.error();
    auto m = failedMigration(catalog, history.value(), version);
    if (!m)
        return m.error();
    const QList<RepairOption> all = optionsOn(session, *m.value(), *history->find(version));
    const RepairOption &option = *std::find_if(
        all.cbegin(), all.cend(), [&](const RepairOption &o) { return o.choice == choice; });
    const HistoryStore store(session, m_options.historySchema);
    if (!option.available)
        return AppError{.exitCode = ExitCode::Usage,
                        .message = tr("\"%1\" is not possible for %2: %3")
                                       .arg(option.title(), version, option.refusal)};
    if (previewedSql && *previewedSql != option.sql)
        return AppError{
            .exitCode = ExitCode::Usage,
            .message = tr(
                "The repair's SQL changed since it was previewed (the database changed); nothing was run."),
            .detail = option.sqlText(),
            .hint = tr("Review the new SQL and choose again."),
            .kind = ErrorKind::PlanChanged};
    RepairResult result{choice, {}, std::nullopt};
    QElapsedTimer timer;
    timer.start();
    if (Status s = runStatements(session, option, &result.ran); !s) {
        AppError error = s.error();
        error.exitCode = ExitCode::MigrationFailed;
        error.kind = errorKindOf(error.sqlState);
        error.message =
            tr("Repair \"%1\" of %2 failed after %n statement(s); the history is unchanged.",
               nullptr, static_cast<int>(result.ran.size()))
                .arg(option.title(), version);
        store.auditOrLog({QStringLiteral("repair-") + RepairOption::id(choice), version, false,
                          timer.elapsed(), option.sqlText() + QLatin1Char('\n') + error.detail});
        return error;
    }
    if (Status s = record(session, *m.value(), option, timer.elapsed()); !s)
        return s.error();
    auto left = MigrationObjectsDiff::at(session, QFileInfo(m.value()->filePath).absolutePath(),
                                         option.targetVersion, MigrationObjects::of(*m.value()));
    if (left)
        result.diffLeft = left.value();
    return result;
}

}  // namespace mathakine
