#include "migrate/MigrationLinter.h"

#include "migrate/LintFacts.h"
#include "migrate/ParseTree.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace mathakine {

namespace {

using namespace parsetree;
using namespace lintfacts;
using Severity = LintFinding::Severity;

// Index into kRules; the order of both must match.
enum Rule {
    CreateIndexNotConcurrently,
    ConcurrentlyInTransaction,
    EnumValueInTransaction,
    AddColumnNotNullWithoutDefault,
    VolatileDefaultRewrites,
    ColumnTypeChange,
    SetNotNull,
    DropTableInUp,
    DropColumnInUp,
    RenameRule,
    ForeignKeyWithoutNotValid,
    CheckWithoutNotValid,
    ConstraintBuildsIndex,
    MissingDown,
    TransactionControl,
    UnknownLintIgnore,
};

struct RuleInfo {
    QLatin1String id;
    Severity severity;
};

// The one place rule ids (the names lint_ignore headers use) and severities are defined.
constexpr RuleInfo kRules[] = {
    {QLatin1String("create-index-not-concurrently"), Severity::Warning},
    {QLatin1String("concurrently-in-transaction"), Severity::Error},
    {QLatin1String("enum-value-in-transaction"), Severity::Warning},
    {QLatin1String("add-column-not-null-without-default"), Severity::Error},
    {QLatin1String("volatile-default-rewrites"), Severity::Warning},
    {QLatin1String("column-type-change"), Severity::Warning},
    {QLatin1String("set-not-null"), Severity::Warning},
    {QLatin1String("drop-table-in-up"), Severity::Error},
    {QLatin1String("drop-column-in-up"), Severity::Error},
    {QLatin1String("rename"), Severity::Warning},
    {QLatin1String("foreign-key-without-not-valid"), Severity::Warning},
    {QLatin1String("check-without-not-valid"), Severity::Warning},
    {QLatin1String("constraint-builds-index"), Severity::Warning},
    {QLatin1String("missing-down"), Severity::Error},
    {QLatin1String("transaction-control"), Severity::Error},
    {QLatin1String("unknown-lint-ignore"), Severity::Warning},
};
static_assert(std::size(kRules) == UnknownLintIgnore + 1,
              "kRules and Rule must list the same rules");

QString shortened(const QString &sql)
{
    const QString flat = sql.simplified();
    return flat.size() <= 120 ? flat : flat.left(119) + QChar(0x2026);  // …
}

// Lints one migration: walks its up section in order, so tables it creates are known as new.
class MigrationChecker {
public:
    MigrationChecker(const Migration &m, const QSet<TableName> &tablesCreatedBefore,
                     const QHash<QString, QString> &notNullChecks)
        : m_migration(m), m_before(tablesCreatedBefore), m_notNullChecks(notNullChecks)
    {}

    QList<LintFinding> run()
    {
        checkHeader();
        for (const SqlStatement &s : m_migration.up.statements) {
            m_statement = &s;
            checkAnySection(s.tree);
            checkUpOnly(s.tree);
            trackTables(s.tree, m_newTables, m_before);
        }
        for (const SqlStatement &s : m_migration.down.statements) {
            m_statement = &s;
            checkAnySection(s.tree);
        }
        m_statement = nullptr;
        checkDown();
        std::stable_sort(
            m_findings.begin(), m_findings.end(),
            [](const LintFinding &a, const LintFinding &b) { return a.line < b.line; });
        return m_findings;
    }

private:
    // A table the file did not create is assumed to exist with rows.
    bool existing(const TableName &table) const { return !m_newTables.contains(table); }

    void add(Rule rule, const QString &message, int line = 0)
    {
        const RuleInfo &info = kRules[rule];
        // Transaction control and CONCURRENTLY inside a transaction make the run's promise
        // ("all or nothing") false: no lint_ignore switches them off.
        const bool waivable = rule != TransactionControl && rule != ConcurrentlyInTransaction;
        if (waivable && m_migration.lintIgnore.contains(info.id))
            return;
        LintFinding f;
        f.rule = info.id;
        f.severity = info.severity;
        f.file = m_migration.filePath;
        f.version = m_migration.version;
        f.message = message;
        f.line = m_statement ? m_statement->line : line;
        if (m_statement)
            f.statement = shortened(m_statement->sql);
        m_findings << f;
    }

    void checkHeader()
    {
        for (const QString &rule : m_migration.lintIgnore) {
            if (!MigrationLinter::ruleIds().contains(rule))
                add(UnknownLintIgnore,
                    MigrationLinter::tr(
                        "lint_ignore names \"%1\", which is not a lint rule, so it switches nothing off; check its spelling.")
                        .arg(rule),
                    1);
            else if (rule == QLatin1String("transaction-control")
                     || rule == QLatin1String("concurrently-in-transaction"))
                add(UnknownLintIgnore,
                    MigrationLinter::tr(
                        "lint_ignore cannot switch \"%1\" off: in a transactional migration it would make part of the migration commit whatever happens next. Use \"transactional: false\" instead.")
                        .arg(rule),
                    1);
        }
    }

    void checkDown()
    {
        if (!m_migration.down.present)
            add(MissingDown,
                MigrationLinter::tr(
                    "No \"-- migrate:down\" section, so the migration cannot be rolled back; write the statements that undo it."),
                1);
        else if (m_migration.down.statements.isEmpty())
            add(MissingDown,
                MigrationLinter::tr(
                    "The down section has no statement, so rolling back would undo nothing; write the statements that undo the up section."),
                m_migration.down.firstLine - 1);
    }

    // Rules for both sections: what the runner's transaction handling cannot honour.
    void checkAnySection(const QJsonObject &tree)
    {
        if (tree.isEmpty())
            return;
        const QString kind = tree.constBegin().key();
        const QJsonObject node = tree.constBegin().value().toObject();
        if (kind == QLatin1String("TransactionStmt")) {
            QString keyword = text(node, "kind")
                                  .remove(QLatin1String("TRANS_STMT_"))
                                  .replace(QLatin1Char('_'), QLatin1Char(' '));
            if (keyword == QLatin1String("START"))
                keyword = QStringLiteral("START TRANSACTION");
            add(TransactionControl,
                MigrationLinter::tr(
                    "%1 inside a migration: the runner begins and commits the transaction itself; remove it (set \"transactional: false\" for statements that must run outside one).")
                    .arg(keyword));
        }
        if (!m_migration.transactional)
            return;
        if (const QString command = nonTransactionalCommand(kind, node); !command.isEmpty())
            add(ConcurrentlyInTransaction,
                MigrationLinter::tr(
                    "%1 cannot run inside a transaction block and this migration is transactional; move it to a migration with \"transactional: false\".")
                    .arg(command));
        // Allowed in a transaction since PostgreSQL 12, but the value stays unusable until commit.
        if (kind == QLatin1String("AlterEnumStmt") && node.contains(QLatin1String("newVal"))
            && !node.contains(QLatin1String("oldVal")))
            add(EnumValueInTransaction,
                MigrationLinter::tr(
                    "ALTER TYPE %1 ADD VALUE in a transactional migration: the new value cannot be used before the migration commits; use it in a later migration or set \"transactional: false\".")
                    .arg(names(array(node, "typeName")).join(QLatin1Char('.'))));
    }

    // Rules for the up section only: the down section is expected to drop things.
    void checkUpOnly(const QJsonObject &tree)
    {
        if (tree.isEmpty())
            return;
        const QString kind = tree.constBegin().key();
        const QJsonObject node = tree.constBegin().value().toObject();
        if (kind == QLatin1String("IndexStmt")) {
            const TableName table = tableName(object(node, "relation"));
            if (!flag(node, "concurrent") && existing(table))
                add(CreateIndexNotConcurrently,
                    MigrationLinter::tr(
                        "CREATE INDEX on existing table \"%1\" without CONCURRENTLY blocks writes to it for the whole build; use CREATE INDEX CONCURRENTLY in a migration with \"transactional: false\".")
                        .arg(table.display()));
        } else if (kind == QLatin1String("DropStmt") && is(node, "removeType", "OBJECT_TABLE")) {
            QStringList dropped;
            for (const QJsonValue &item : array(node, "objects")) {
                if (const TableName table =
                        qualifiedTableName(names(array(unwrap(item, "List"), "items")));
                    existing(table))
                    dropped << table.display();
            }
            if (!dropped.isEmpty())
                add(DropTableInUp,
                    MigrationLinter::tr(
                        "DROP TABLE %1 in an up section destroys the table and its rows, which no down section can bring back; drop it in a later release, once no code uses it.")
                        .arg(dropped.join(QLatin1String(", "))));
        } else if (kind == QLatin1String("AlterTableStmt") && is(node, "objtype", "OBJECT_TABLE")) {
            const TableName table = tableName(object(node, "relation"));
            if (!existing(table))
                return;  // a table created earlier in this file is empty: nothing to lock or lose
            for (const QJsonValue &cmd : array(node, "cmds"))
                checkAlterTableCommand(table.display(), unwrap(cmd, "AlterTableCmd"));
        } else if (kind == QLatin1String("RenameStmt")) {
            checkRename(node);
        }
    }

    void checkAlterTableCommand(const QString &table, const QJsonObject &cmd)
    {
        const QString column = text(cmd, "name");
        if (is(cmd, "subtype", "AT_AddColumn")) {
            checkAddColumn(table, unwrap(field(cmd, "def"), "ColumnDef"));
        } else if (is(cmd, "subtype", "AT_AlterColumnType")) {
            add(ColumnTypeChange,
                MigrationLinter::tr(
                    "Changing the type of column \"%1\" of \"%2\" may rewrite the table and its indexes under an ACCESS EXCLUSIVE lock; add a new column, backfill it in batches, then switch over.")
                    .arg(column, table));
        } else if (is(cmd, "subtype", "AT_ValidateConstraint")) {
            if (const auto it = m_notNullChecks.constFind(table + QLatin1Char('|') + column);
                it != m_notNullChecks.constEnd())
                m_validatedNotNull.insert(table + QLatin1Char('|') + it.value());
        } else if (is(cmd, "subtype", "AT_SetNotNull")
                   && !m_validatedNotNull.contains(table + QLatin1Char('|') + column)) {
            add(SetNotNull,
                MigrationLinter::tr(
                    "SET NOT NULL on column \"%1\" of \"%2\" scans the whole table under an ACCESS EXCLUSIVE lock; first add CHECK (%1 IS NOT NULL) NOT VALID and VALIDATE it, then PostgreSQL skips the scan.")
                    .arg(column, table));
        } else if (is(cmd, "subtype", "AT_DropColumn")) {
            add(DropColumnInUp,
                MigrationLinter::tr(
                    "DROP COLUMN \"%1\" of \"%2\" in an up section destroys its data, which no down section can bring back, and breaks running queries; stop using it first and drop it in a later release.")
                    .arg(column, table));
        } else if (is(cmd, "subtype", "AT_AddConstraint")) {
            checkConstraint(table, unwrap(field(cmd, "def"), "Constraint"));
        }
    }

    void checkAddColumn(const QString &table, const QJsonObject &columnDef)
    {
        const ColumnFacts column = columnFacts(columnDef);
        if (column.notNull && !column.filled)
            add(AddColumnNotNullWithoutDefault,
                MigrationLinter::tr(
                    "ADD COLUMN \"%1\" NOT NULL without DEFAULT fails as soon as table \"%2\" has rows; give it a DEFAULT, or add it nullable, backfill it, then set NOT NULL.")
                    .arg(column.name, table));
        if (!column.rewriteCause.isEmpty())
            add(VolatileDefaultRewrites,
                MigrationLinter::tr(
                    "ADD COLUMN \"%1\" with %2 computes a value per row, so table \"%3\" is rewritten under an ACCESS EXCLUSIVE lock; add the column without it, then backfill in batches.")
                    .arg(column.name, column.rewriteCause, table));
        for (const QJsonObject &constraint : column.constraints)
            checkConstraint(table, constraint);
    }

    void checkConstraint(const QString &table, const QJsonObject &c)
    {
        const bool validated = !flag(c, "skip_validation");  // NOT VALID sets skip_validation
        if (is(c, "contype", "CONSTR_FOREIGN") && validated)
            add(ForeignKeyWithoutNotValid,
                MigrationLinter::tr(
                    "Adding a FOREIGN KEY to existing table \"%1\" checks every row at once while writes to both tables are blocked; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement.")
                    .arg(table));
        else if (is(c, "contype", "CONSTR_CHECK") && validated)
            add(CheckWithoutNotValid,
                MigrationLinter::tr(
                    "Adding a CHECK constraint to existing table \"%1\" scans every row under an ACCESS EXCLUSIVE lock; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement.")
                    .arg(table));
        else if ((is(c, "contype", "CONSTR_PRIMARY") || is(c, "contype", "CONSTR_UNIQUE"))
                 && text(c, "indexname").isEmpty())
            add(ConstraintBuildsIndex,
                MigrationLinter::tr(
                    "Adding a PRIMARY KEY or UNIQUE constraint to existing table \"%1\" builds its index while blocking writes; create a unique index CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX.")
                    .arg(table));
    }

    void checkRename(const QJsonObject &node)
    {
        const QJsonObject relation = object(node, "relation");
        const QString table = tableName(relation).display();
        if (relation.isEmpty() || !existing(tableName(relation)))
            return;
        if (is(node, "renameType", "OBJECT_TABLE"))
            add(RenameRule,
                MigrationLinter::tr(
                    "Renaming table \"%1\" to \"%2\" breaks the queries of the application version still running; add the new name alongside (for example a view), switch the code, then drop the old name.")
                    .arg(table, text(node, "newname")));
        else if (is(node, "renameType", "OBJECT_COLUMN"))
            add(RenameRule,
                MigrationLinter::tr(
                    "Renaming column \"%1\" of \"%2\" to \"%3\" breaks the queries of the application version still running; add a new column, copy and switch the code, then drop the old one.")
                    .arg(text(node, "subname"), table, text(node, "newname")));
    }

    const Migration &m_migration;
    const QSet<TableName> &m_before;
    const QHash<QString, QString> &m_notNullChecks;
    QSet<QString> m_validatedNotNull;           // "table|column" with a validated IS NOT NULL check
    QSet<TableName> m_newTables;                // created by this up section so far, still empty
    const SqlStatement *m_statement = nullptr;  // the statement being checked, if any
    QList<LintFinding> m_findings;
};

}  // namespace

QList<LintFinding> MigrationLinter::lint(const MigrationCatalog &catalog)
{
    QList<LintFinding> findings;
    QSet<TableName> created;
    QList<const Migration *> all;
    for (const Migration &m : catalog.migrations)
        all << &m;
    const QHash<QString, QString> checks = notNullChecks(all);
    for (const Migration &m : catalog.migrations) {
        findings << MigrationChecker(m, created, checks).run();
        for (const SqlStatement &s : m.up.statements)
            trackTables(s.tree, created, created);
    }
    return findings;
}

QList<LintFinding> MigrationLinter::lintMigration(
    const Migration &m, const QSet<parsetree::TableName> &tablesCreatedBefore)
{
    return MigrationChecker(m, tablesCreatedBefore, notNullChecks({&m})).run();
}

QStringList MigrationLinter::ruleIds()
{
    QStringList ids;
    for (const RuleInfo &rule : kRules)
        ids << rule.id;
    return ids;
}

LintFinding::Severity MigrationLinter::ruleSeverity(const QString &rule)
{
    for (const RuleInfo &info : kRules) {
        if (info.id == rule)
            return info.severity;
    }
    return Severity::Info;
}

QString MigrationLinter::severityName(LintFinding::Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("info");
    case Severity::Warning:
        return tr("warning");
    case Severity::Error:
        return tr("error");
    }
    return {};
}

QLatin1String MigrationLinter::severityId(LintFinding::Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QLatin1String("info");
    case Severity::Warning:
        return QLatin1String("warning");
    case Severity::Error:
        return QLatin1String("error");
    }
    return {};
}

bool MigrationLinter::hasErrors(const QList<LintFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const LintFinding &f) { return f.severity == Severity::Error; });
}

}  // namespace mathakine
