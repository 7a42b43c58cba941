#include "migrate/LintFixer.h"

#include "migrate/MigrationLinter.h"
#include "migrate/ParseTree.h"
#include "migrate/SqlScript.h"
#include "schema/SqlQuote.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace mathakine {

namespace {

using namespace parsetree;

const QLatin1String kIndexRule("create-index-not-concurrently");
const QLatin1String kForeignKeyRule("foreign-key-without-not-valid");
const QLatin1String kCheckRule("check-without-not-valid");
const QLatin1String kSetNotNullRule("set-not-null");
const QLatin1String kVolatileDefaultRule("volatile-default-rewrites");
constexpr int kBackfillRows = 5000;  // rows per transaction of a backfill

// A change to a file's bytes: replace length bytes at offset (0: insert).
struct Edit {
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray text;
};

QString relationSql(const QJsonObject &rangeVar)
{
    const QString schema = text(rangeVar, "schemaname");
    const QString name = text(rangeVar, "relname");
    return schema.isEmpty() ? SqlQuote::identifier(name) : SqlQuote::qualified(schema, name);
}

// The statement's bytes with the ';' that ends it, so that moving it away leaves no stray ';'.
qsizetype endWithSemicolon(const QByteArray &file, const SqlStatement &s)
{
    qsizetype i = s.offset + s.length;
    while (i < file.size() && QByteArrayView(" \t\r\n").contains(file.at(i)))
        ++i;
    return i < file.size() && file.at(i) == ';' ? i + 1 : s.offset + s.length;
}

QByteArray applied(QByteArray file, QList<Edit> edits)
{
    // From the end, so offsets stay true; at one offset the replacement before the insertion.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.offset != b.offset ? a.offset > b.offset : a.length > b.length;
    });
    for (const Edit &e : edits)
        file.replace(e.offset, e.length, e.text);
    return file;
}

// Fills column of table with expression where it is NULL, in transactions of about
// kBackfillRows rows: ranges of pages walked by ctid (TID range scans, PostgreSQL 14+), a COMMIT
// after each (a DO block may commit when it runs outside a transaction block, as in a
// non-transactional migration); then once more over the rows an application update moved
// behind the walk. Variables are prefixed so that no column name shadows them.
QString backfillBlock(const QString &table, const QString &column, const QString &expression)
{
    return QStringLiteral(
               "DO $lint_fix$\n"
               "DECLARE\n"
               "    lf_pages bigint := pg_relation_size(%1::regclass) / current_setting('block_size')::bigint;\n"
               "    lf_step bigint;\n"
               "    lf_first bigint := 0;\n"
               "BEGIN\n"
               "    SELECT greatest(1, floor(%4 / CASE WHEN relpages > 0 AND reltuples > 0 THEN reltuples / relpages ELSE 100 END))::bigint\n"
               "      INTO lf_step FROM pg_class WHERE oid = %1::regclass;\n"
               "    WHILE lf_first <= lf_pages LOOP\n"
               "        UPDATE %2 SET %3 = %5 WHERE %3 IS NULL\n"
               "           AND ctid >= format('(%s,0)', lf_first)::tid AND ctid < format('(%s,0)', lf_first + lf_step)::tid;\n"
               "        COMMIT;\n"
               "        lf_first := lf_first + lf_step;\n"
               "    END LOOP;\n"
               "    UPDATE %2 SET %3 = %5 WHERE %3 IS NULL;\n"
               "END\n"
               "$lint_fix$;")
        .arg(SqlQuote::literal(table), table, column, QString::number(kBackfillRows), expression);
}

QString migrationFile(const QString &version, const QString &title, const QString &titleEn,
                      bool transactional, const QStringList &up, const QStringList &down)
{
    return QStringLiteral(
               "-- version: %1\n-- title: %2\n-- title_en: %3\n-- transactional: %4\n\n-- migrate:up\n%5\n\n-- migrate:down\n%6\n")
        .arg(version, title, titleEn,
             transactional ? QStringLiteral("true") : QStringLiteral("false"),
             up.join(QLatin1Char('\n')), down.join(QLatin1Char('\n')));
}

// Rewrites one migration; new files get versions from *next on.
class MigrationFixer {
public:
    MigrationFixer(const Migration &m, LintFix &out)
        : m_migration(m), m_file(m.text.toUtf8()), m_out(out)
    {}

    void apply(const LintFinding &finding)
    {
        const auto it =
            std::find_if(m_migration.up.statements.begin(), m_migration.up.statements.end(),
                         [&](const SqlStatement &s) { return s.line == finding.line; });
        if (it == m_migration.up.statements.end())
            return;
        const SqlStatement &s = *it;
        QString why;
        if (finding.rule == kIndexRule)
            why = moveIndex(s);
        else if (finding.rule == kForeignKeyRule || finding.rule == kCheckRule)
            why = addNotValid(s);
        else if (finding.rule == kSetNotNullRule)
            why = splitSetNotNull(s);
        else if (finding.rule == kVolatileDefaultRule)
            why = backfillVolatileDefault(s);
        if (!why.isEmpty())
            m_out.notFixed << LintFixer::tr("%1:%2: [%3] left as it is: %4")
                                  .arg(m_migration.filePath)
                                  .arg(s.line)
                                  .arg(finding.rule, why);
    }

    void finish(qint64 *next, int width)
    {
        if (m_upEdits.isEmpty())
            return;
        dropMovedIndexesIfExists();
        if (m_movedIndexes.size()
            == m_migration.up.statements.size())  // an up section needs a statement
            m_upEdits << Edit{
                m_migration.up.statements.constFirst().offset, 0,
                QByteArrayLiteral(
                    "SELECT 1;  -- lint --fix moved every statement to later migrations\n")};
        const QString dir = QFileInfo(m_migration.filePath).absolutePath();
        const QString slug =
            m_migration.fileName.section(QLatin1Char('_'), 1).chopped(4);  // without NNNN_ and .sql
        m_out.files << FixedFile{m_migration.filePath, m_migration.text,
                                 QString::fromUtf8(applied(m_file, m_upEdits))};
        // One new migration after the others, numbered in turn, titled in both languages.
        const auto addMigration = [&](const QString &suffix, const QString &title,
                                      const QString &titleEn, bool transactional,
                                      const QStringList &up, const QStringList &down) {
            const QString v = QString::number((*next)++).rightJustified(width, QLatin1Char('0'));
            m_out.files << FixedFile{dir + QStringLiteral("/%1_%2_%3.sql").arg(v, slug, suffix),
                                     {},
                                     migrationFile(v, title.arg(m_migration.version),
                                                   titleEn.arg(m_migration.version), transactional,
                                                   up, down)};
        };
        if (!m_backfill.isEmpty()) {
            addMigration(QStringLiteral("backfill"),
                         QStringLiteral("Remplissage par lots des colonnes de %1 (lint --fix)"),
                         QStringLiteral("Backfill of the columns of %1 in batches (lint --fix)"),
                         false, m_backfill,
                         {QStringLiteral(
                              "-- The values go with the column, which %1's down drops.\nSELECT 1;")
                              .arg(m_migration.version)});
        }
        if (!m_validate.isEmpty()) {
            if (m_validateDown.isEmpty())
                m_validateDown << QStringLiteral(
                    "-- VALIDATE CONSTRAINT changes no definition: nothing to undo.\nSELECT 1;");
            addMigration(QStringLiteral("validate"),
                         QStringLiteral("Validation des contraintes de %1 (lint --fix)"),
                         QStringLiteral("Validate the constraints of %1 (lint --fix)"), true,
                         m_validate, m_validateDown);
        }
        if (!m_indexes.isEmpty()) {
            addMigration(QStringLiteral("indexes"),
                         QStringLiteral("Index de %1 construits sans bloquer (lint --fix)"),
                         QStringLiteral("Indexes of %1 built concurrently (lint --fix)"), false,
                         m_indexes, m_indexesDown);
        }
    }

private:
    QString moveIndex(const SqlStatement &s)
    {
        const QJsonObject node = object(s.tree, "IndexStmt");
        const QString name = text(node, "idxname");
        if (name.isEmpty())
            return LintFixer::tr(
                "the index has no name, which CREATE INDEX CONCURRENTLY IF NOT EXISTS needs");
        static const QRegularExpression head(
            QStringLiteral(
                "^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?"),
            QRegularExpression::CaseInsensitiveOption);
        QString sql = s.sql;
        sql.replace(head, QStringLiteral("CREATE \\1INDEX CONCURRENTLY IF NOT EXISTS "));
        m_indexes << sql + QLatin1Char(';');
        const QString schema = text(object(node, "relation"), "schemaname");
        m_indexesDown.prepend(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;")
                                  .arg(schema.isEmpty() ? SqlQuote::identifier(name)
                                                        : SqlQuote::qualified(schema, name)));
        m_movedIndexes << name;
        m_upEdits << Edit{
            s.offset, endWithSemicolon(m_file, s) - s.offset,
            QStringLiteral("-- lint --fix: %1 is built CONCURRENTLY in a later migration")
                .arg(name)
                .toUtf8()};
        return {};
    }

    // The one command of an ALTER TABLE, or an empty object when it has several.
    static QJsonObject onlyCommand(const QJsonObject &alter)
    {
        const QJsonArray cmds = array(alter, "cmds");
        return cmds.size() == 1 ? unwrap(cmds.first(), "AlterTableCmd") : QJsonObject();
    }

    QString addNotValid(const SqlStatement &s)
    {
        const QJsonObject alter = object(s.tree, "AlterTableStmt");
        const QJsonObject cmd = onlyCommand(alter);
        const QString name = text(unwrap(field(cmd, "def"), "Constraint"), "conname");
        if (!is(cmd, "subtype", "AT_AddConstraint") || name.isEmpty())
            return LintFixer::tr(
                "only a named ADD CONSTRAINT alone in its ALTER TABLE is rewritten; name it and split the statement");
        m_upEdits << Edit{s.offset, s.length, (s.sql + QStringLiteral(" NOT VALID")).toUtf8()};
        m_validate << QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;")
                          .arg(relationSql(object(alter, "relation")), SqlQuote::identifier(name));
        return {};
    }

    QString splitSetNotNull(const SqlStatement &s)
    {
        const QJsonObject alter = object(s.tree, "AlterTableStmt");
        const QJsonObject cmd = onlyCommand(alter);
        if (!is(cmd, "subtype", "AT_SetNotNull"))
            return LintFixer::tr(
                "only ALTER COLUMN ... SET NOT NULL alone in its ALTER TABLE is rewritten; split the statement");
        const QString table = relationSql(object(alter, "relation"));
        const QString column = SqlQuote::identifier(text(cmd, "name"));
        const QString check = SqlQuote::identifier(
            QStringLiteral("%1_%2_not_null")
                .arg(text(object(alter, "relation"), "relname"), text(cmd, "name"))
                .left(63));
        const QString addCheck =
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID")
                .arg(table, check, column);
        m_upEdits << Edit{s.offset, s.length, addCheck.toUtf8()};
        m_validate
            << QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(table, check)
            << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;").arg(table, column)
            << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(table, check);
        m_validateDown.prepend(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL;\n%3;")
                                   .arg(table, column, addCheck));
        if (!m_migration.down.statements.isEmpty())
            m_upEdits << Edit{m_migration.down.statements.constFirst().offset, 0,
                              QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2;\n")
                                  .arg(table, check)
                                  .toUtf8()};
        return {};
    }

    // ADD COLUMN c t DEFAULT volatile() [NOT NULL] rewrites the table under ACCESS EXCLUSIVE. M
    // adds the column bare and sets the default for new rows (catalog only), a later
    // non-transactional migration backfills the existing rows in batches, and NOT NULL comes
    // last the set-not-null way (CHECK NOT VALID in M, VALIDATE, SET NOT NULL, DROP CHECK).
    QString backfillVolatileDefault(const SqlStatement &s)
    {
        const QString unfit = LintFixer::tr(
            "only ADD COLUMN with a volatile DEFAULT (and NOT NULL) alone in its ALTER TABLE is rewritten; split the statement");
        auto reparsed = SqlScript::parse(s.sql, m_migration.fileName,
                                         s.line);  // locations relative to the statement
        if (!reparsed || reparsed->size() != 1)
            return unfit;
        const QJsonObject alter = object(reparsed->constFirst().tree, "AlterTableStmt");
        const QJsonObject cmd = onlyCommand(alter);
        const QJsonObject column = unwrap(field(cmd, "def"), "ColumnDef");
        if (!is(cmd, "subtype", "AT_AddColumn") || column.isEmpty())
            return unfit;
        const QByteArray sql = s.sql.toUtf8();
        struct Span {
            qsizetype from;
            QString type;
        };
        QList<Span> spans;
        for (const QJsonValue &node : array(column, "constraints")) {
            const QJsonObject c = unwrap(node, "Constraint");
            spans << Span{field(c, "location").toInteger(-1), text(c, "contype")};
        }
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.from < b.from; });
        QByteArray bare = sql;
        QString expression;
        bool notNull = false;
        for (qsizetype i = spans.size() - 1; i >= 0; --i) {  // from the end, so offsets stay true
            const Span &span = spans.at(i);
            const qsizetype to = i + 1 < spans.size() ? spans.at(i + 1).from : sql.size();
            if (span.from < 0
                || !(span.type == QLatin1String("CONSTR_DEFAULT")
                     || span.type == QLatin1String("CONSTR_NOTNULL")
                     || span.type == QLatin1String("CONSTR_NULL")))
                return unfit;
            if (span.type == QLatin1String("CONSTR_DEFAULT"))
                expression = QString::fromUtf8(sql.mid(span.from, to - span.from))
                                 .trimmed()
                                 .mid(7)
                                 .trimmed();  // after DEFAULT
            notNull = notNull || span.type == QLatin1String("CONSTR_NOTNULL");
            bare.remove(span.from, to - span.from);
        }
        if (expression.isEmpty())
            return LintFixer::tr(
                "only a volatile DEFAULT is rewritten; serial, identity and generated columns are left as they are");
        const QJsonObject relation = object(alter, "relation");
        const QString table = relationSql(relation);
        const QString name = SqlQuote::identifier(text(column, "colname"));
        QString up =
            QString::fromUtf8(bare).trimmed()
            + QStringLiteral(
                ";\n-- lint --fix: the default applies to new rows at once; a later migration backfills the existing ones in batches\n")
            + QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                  .arg(table, name, expression);
        m_backfill << backfillBlock(table, name, expression);
        if (notNull) {
            const QString check =
                SqlQuote::identifier(QStringLiteral("%1_%2_not_null")
                                         .arg(text(relation, "relname"), text(column, "colname"))
                                         .left(63));
            const QString addCheck =
                QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID")
                    .arg(table, check, name);
            up += QStringLiteral(";\n") + addCheck;
            m_validate
                << QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(table, check)
                << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;").arg(table, name)
                << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(table, check);
            m_validateDown.prepend(
                QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL;\n%3;")
                    .arg(table, name, addCheck));
        }
        m_upEdits << Edit{s.offset, s.length, up.toUtf8()};
        return {};
    }

    // The later migration's down drops the moved indexes first, so M's down must not fail on them.
    void dropMovedIndexesIfExists()
    {
        static const QRegularExpression head(
            QStringLiteral("^DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+EXISTS\\s+)?"),
            QRegularExpression::CaseInsensitiveOption);
        for (const SqlStatement &s : m_migration.down.statements) {
            const QJsonObject drop = object(s.tree, "DropStmt");
            if (!is(drop, "removeType", "OBJECT_INDEX"))
                continue;
            const QJsonArray objects = array(drop, "objects");
            const bool moved =
                std::any_of(objects.begin(), objects.end(), [&](const QJsonValue &o) {
                    const QStringList parts = names(array(unwrap(o, "List"), "items"));
                    return !parts.isEmpty() && m_movedIndexes.contains(parts.constLast());
                });
            if (moved) {
                QString sql = s.sql;
                m_upEdits << Edit{
                    s.offset, s.length,
                    sql.replace(head, QStringLiteral("DROP INDEX \\1IF EXISTS ")).toUtf8()};
            }
        }
    }

    const Migration &m_migration;
    const QByteArray m_file;
    LintFix &m_out;
    QList<Edit> m_upEdits;  // edits of M's file, both sections
    QStringList m_validate, m_validateDown, m_indexes, m_indexesDown, m_movedIndexes, m_backfill;
};

QStringList lines(const QString &text)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    return all;
}

}  // namespace

QStringList LintFixer::fixableRules()
{
    return {kIndexRule, kForeignKeyRule, kCheckRule, kSetNotNullRule, kVolatileDefaultRule};
}

LintFix LintFixer::fix(const MigrationCatalog &catalog)
{
    LintFix result;
    if (catalog.migrations.isEmpty())
        return result;
    const QList<LintFinding> findings = MigrationLinter::lint(catalog);
    const QString newest = catalog.migrations.constLast().version;
    qint64 next = newest.toLongLong() + 1;
    for (const Migration &m : catalog.migrations) {
        MigrationFixer fixer(m, result);
        for (const LintFinding &f : findings) {
            if (f.version == m.version && fixableRules().contains(f.rule))
                fixer.apply(f);
        }
        fixer.finish(&next, static_cast<int>(newest.size()));
    }
    return result;
}

QString LintFix::unifiedDiff(const QString &baseDir) const
{
    QString diff;
    for (const FixedFile &file : files) {
        FixedFile f = file;
        f.path = QDir(baseDir).relativeFilePath(f.path);
        const QStringList before = lines(f.oldText);
        const QStringList after = lines(f.newText);
        diff += f.oldText.isEmpty() ? QStringLiteral("--- /dev/null\n")
                                    : QStringLiteral("--- a/%1\n").arg(f.path);
        diff += QStringLiteral("+++ b/%1\n@@ -%2,%3 +1,%4 @@\n")
                    .arg(f.path)
                    .arg(before.isEmpty() ? 0 : 1)
                    .arg(before.size())
                    .arg(after.size());
        for (const QString &line : before)
            diff += QLatin1Char('-') + line + QLatin1Char('\n');
        for (const QString &line : after)
            diff += QLatin1Char('+') + line + QLatin1Char('\n');
    }
    return diff;
}

}  // namespace mathakine
