#include "migrate/MigrationCatalog.h"
#include "migrate/MigrationLinter.h"

#include <QRegularExpression>
#include <QTest>

using namespace mathakine;
using Severity = LintFinding::Severity;

namespace {

// Header lines 1-4, "-- migrate:up" on line 5: the first up statement is on line 6.
const QString kPreamble =
    QStringLiteral("CREATE TABLE notes (id integer, body text);\n");  // line 6, a new table
constexpr int kFirstUpLine = 6;

struct FileSpec {
    QString up = {};
    QString down = QStringLiteral("SELECT 1;");
    bool transactional = true;
    QString lintIgnore = {};
    bool withDown = true;
    QString version = QStringLiteral("0042");
};

Outcome<Migration> parsed(const FileSpec &spec)
{
    QString text =
        QStringLiteral(
            "-- version: %1\n-- title: Essai\n-- transactional: %2\n-- lint_ignore: %3\n-- migrate:up\n%4\n")
            .arg(spec.version,
                 spec.transactional ? QStringLiteral("true") : QStringLiteral("false"),
                 spec.lintIgnore, spec.up);
    if (spec.withDown)
        text += QStringLiteral("-- migrate:down\n") + spec.down + QLatin1Char('\n');
    return MigrationParser::parseText(
        text.toUtf8(), QStringLiteral("/tmp/migrations/%1_essai.sql").arg(spec.version));
}

QStringList describe(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &f : findings)
        lines << QStringLiteral("%1:%2 [%3] %4").arg(f.file).arg(f.line).arg(f.rule, f.message);
    return lines;
}

QStringList rulesOf(const QList<LintFinding> &findings)
{
    QStringList rules;
    for (const LintFinding &f : findings)
        rules << f.rule;
    return rules;
}

}  // namespace

class TestMigrationLint : public QObject {
    Q_OBJECT

private slots:
    void flagsDangerousStatementWithRuleSeverityAndLine_data();
    void flagsDangerousStatementWithRuleSeverityAndLine();
    void acceptsSafeVariant_data();
    void acceptsSafeVariant();
    void lintIgnoreSuppressesOnlyListedRules_data();
    void lintIgnoreSuppressesOnlyListedRules();
    void flagsMissingOrEmptyDownSection_data();
    void flagsMissingOrEmptyDownSection();
    void downSectionMayDropThings();
    void dottedTableNameIsNotATableInAnotherSchema();
    void checksTransactionRulesInDownSectionToo();
    void tableCreatedByEarlierMigrationCountsAsExisting();
    void flagsUnknownRuleInLintIgnore();
    void findingCarriesLocationAndShortenedStatement();
    void ruleIdsAreUniqueKebabCaseWithSeverity();
    void realMathakineMigrationsHaveNoError();
    void setNotNullAfterValidatingItsIsNotNullCheckIsNoFinding();
    void realMathakinePhaseOneLintsCleanWithoutLintIgnore();
    void realMathakineIndexesOnExistingTablesAreBuiltConcurrently();
};

namespace {
MigrationCatalog realCatalog()
{
    QString sourceDir = qEnvironmentVariable("MATHAKINE_SOURCE_DIR");
    if (sourceDir.isEmpty())  // run outside ctest: the repository is two folders up
        sourceDir = QFINDTESTDATA("../..");
    const auto loaded = MigrationCatalogLoader::load(sourceDir + QStringLiteral("/migrations"));
    if (!loaded.ok())
        qWarning("%s", qPrintable(loaded.errors.constFirst().located()));
    return loaded.catalog;
}
}  // namespace

void TestMigrationLint::flagsDangerousStatementWithRuleSeverityAndLine_data()
{
    QTest::addColumn<QString>("up");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("line");

    const int next = kFirstUpLine + 1;
    auto row = [&](const char *name, const char *sql, const char *rule, Severity severity,
                   bool transactional = true) {
        QTest::newRow(name) << kPreamble + QLatin1String(sql) << transactional
                            << QString::fromLatin1(rule) << int(severity) << next;
    };
    row("create index on existing table", "CREATE INDEX idx_users_email ON users (email);",
        "create-index-not-concurrently", Severity::Warning);
    row("create unique index, qualified", "CREATE UNIQUE INDEX i ON public.users (email);",
        "create-index-not-concurrently", Severity::Warning, false);
    row("create index concurrently in transaction", "CREATE INDEX CONCURRENTLY i ON users (email);",
        "concurrently-in-transaction", Severity::Error);
    row("drop index concurrently in transaction", "DROP INDEX CONCURRENTLY i;",
        "concurrently-in-transaction", Severity::Error);
    row("reindex concurrently in transaction", "REINDEX INDEX CONCURRENTLY i;",
        "concurrently-in-transaction", Severity::Error);
    row("vacuum in transaction", "VACUUM users;", "concurrently-in-transaction", Severity::Error);
    row("create database in transaction", "CREATE DATABASE other;", "concurrently-in-transaction",
        Severity::Error);
    row("enum value added in transaction", "ALTER TYPE userrole ADD VALUE 'ELEVE';",
        "enum-value-in-transaction", Severity::Warning);
    row("add column not null", "ALTER TABLE users ADD COLUMN nickname text NOT NULL;",
        "add-column-not-null-without-default", Severity::Error);
    row("add column not null default null",
        "ALTER TABLE users ADD COLUMN nickname text NOT NULL DEFAULT NULL;",
        "add-column-not-null-without-default", Severity::Error);
    row("volatile uuid default",
        "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
        "volatile-default-rewrites", Severity::Warning);
    row("volatile call nested in default",
        "ALTER TABLE users ADD COLUMN salt text NOT NULL DEFAULT md5(random()::text);",
        "volatile-default-rewrites", Severity::Warning);
    row("clock_timestamp default",
        "ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT clock_timestamp();",
        "volatile-default-rewrites", Severity::Warning);
    row("bigserial column", "ALTER TABLE users ADD COLUMN seq bigserial;",
        "volatile-default-rewrites", Severity::Warning);
    row("column type change", "ALTER TABLE users ALTER COLUMN email TYPE text;",
        "column-type-change", Severity::Warning);
    row("set not null", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;", "set-not-null",
        Severity::Warning);
    row("drop table", "DROP TABLE settings;", "drop-table-in-up", Severity::Error);
    row("drop column", "ALTER TABLE users DROP COLUMN bio;", "drop-column-in-up", Severity::Error);
    row("rename table", "ALTER TABLE users RENAME TO accounts;", "rename", Severity::Warning);
    row("rename column", "ALTER TABLE users RENAME COLUMN bio TO biography;", "rename",
        Severity::Warning);
    row("foreign key",
        "ALTER TABLE attempts ADD CONSTRAINT attempts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
        "foreign-key-without-not-valid", Severity::Warning);
    row("inline foreign key on new column",
        "ALTER TABLE attempts ADD COLUMN reviewer_id integer REFERENCES users (id);",
        "foreign-key-without-not-valid", Severity::Warning);
    row("check", "ALTER TABLE users ADD CONSTRAINT points_positive CHECK (total_points >= 0);",
        "check-without-not-valid", Severity::Warning);
    row("unique constraint builds index",
        "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
        "constraint-builds-index", Severity::Warning);
    row("begin", "BEGIN;", "transaction-control", Severity::Error);
    row("commit", "COMMIT;", "transaction-control", Severity::Error, false);
    row("savepoint", "SAVEPOINT before_drop;", "transaction-control", Severity::Error);

    // The line is the statement's first token, after comments and blank lines.
    QTest::newRow("multi-line statement after a comment")
        << kPreamble
            + QStringLiteral(
                "\n-- the biography moves to profiles\nALTER TABLE users\n    DROP COLUMN bio;")
        << true << QStringLiteral("drop-column-in-up") << int(Severity::Error) << next + 2;
}

void TestMigrationLint::flagsDangerousStatementWithRuleSeverityAndLine()
{
    QFETCH(QString, up);
    QFETCH(bool, transactional);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QFETCH(int, line);

    const auto m = parsed({.up = up, .transactional = transactional});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    const QList<LintFinding> findings = MigrationLinter::lintMigration(m.value(), {});
    QVERIFY2(findings.size() == 1, qPrintable(describe(findings).join(QLatin1Char('\n'))));
    const LintFinding &f = findings.constFirst();
    QCOMPARE(f.rule, rule);
    QCOMPARE(int(f.severity), severity);
    QCOMPARE(f.line, line);
    QCOMPARE(f.version, QStringLiteral("0042"));
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.statement.isEmpty());
}

void TestMigrationLint::acceptsSafeVariant_data()
{
    QTest::addColumn<QString>("up");
    QTest::addColumn<bool>("transactional");

    QTest::newRow("create index concurrently, not transactional")
        << "CREATE INDEX CONCURRENTLY i ON users (email);" << false;
    QTest::newRow("drop index concurrently, not transactional")
        << "DROP INDEX CONCURRENTLY i;" << false;
    QTest::newRow("index on table created in this file")
        << kPreamble + QStringLiteral("CREATE INDEX i ON notes (id);") << true;
    QTest::newRow("index on qualified new table")
        << "CREATE TABLE public.memos (id int);\nCREATE INDEX i ON memos (id);" << true;
    QTest::newRow("index on new table renamed in this file") << kPreamble
            + QStringLiteral("ALTER TABLE notes RENAME TO memos;\nCREATE INDEX i ON memos (id);")
                                                             << true;
    QTest::newRow("index on table created as select")
        << "CREATE TABLE memos AS SELECT 1 AS id;\nCREATE INDEX i ON memos (id);" << true;
    QTest::newRow("add nullable column") << "ALTER TABLE users ADD COLUMN nickname text;" << true;
    QTest::newRow("add not null column with default")
        << "ALTER TABLE users ADD COLUMN nickname text NOT NULL DEFAULT '';" << true;
    QTest::newRow("stable now() default, no rewrite")
        << "ALTER TABLE users ADD COLUMN seen timestamptz NOT NULL DEFAULT now();" << true;
    QTest::newRow("foreign key not valid, then validate")
        << "ALTER TABLE attempts ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
           "ALTER TABLE attempts VALIDATE CONSTRAINT fk;"
        << true;
    QTest::newRow("check not valid, then validate")
        << "ALTER TABLE users ADD CONSTRAINT c CHECK (total_points >= 0) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT c;"
        << true;
    QTest::newRow("unique constraint using concurrent index")
        << "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n"
           "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"
        << false;
    QTest::newRow("anything on a table created in this file") << kPreamble
            + QStringLiteral("ALTER TABLE notes ADD COLUMN title text NOT NULL;\n"
                             "ALTER TABLE notes ALTER COLUMN id TYPE bigint;\n"
                             "ALTER TABLE notes ALTER COLUMN id SET NOT NULL;\n"
                             "ALTER TABLE notes ADD CONSTRAINT c CHECK (id > 0);\n"
                             "ALTER TABLE notes ADD FOREIGN KEY (id) REFERENCES users (id);\n"
                             "ALTER TABLE notes RENAME COLUMN body TO text_body;\n"
                             "ALTER TABLE notes DROP COLUMN title;\n"
                             "DROP TABLE notes;") << true;
    QTest::newRow("enum value, not transactional")
        << "ALTER TYPE userrole ADD VALUE 'ELEVE';" << false;
    QTest::newRow("enum value renamed in transaction")
        << "ALTER TYPE userrole RENAME VALUE 'MAITRE' TO 'MENTOR';" << true;
    QTest::newRow("analyze in transaction") << "ANALYZE users;" << true;
    QTest::newRow("index renamed") << "ALTER INDEX ix_users_id RENAME TO users_id_idx;" << true;
}

void TestMigrationLint::acceptsSafeVariant()
{
    QFETCH(QString, up);
    QFETCH(bool, transactional);

    const auto m = parsed({.up = up, .transactional = transactional});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    const QList<LintFinding> findings = MigrationLinter::lintMigration(m.value(), {});
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings).join(QLatin1Char('\n'))));
}

void TestMigrationLint::lintIgnoreSuppressesOnlyListedRules_data()
{
    QTest::addColumn<QString>("lintIgnore");
    QTest::addColumn<QStringList>("expectedRules");

    const QStringList all = {QStringLiteral("create-index-not-concurrently"),
                             QStringLiteral("drop-column-in-up")};
    QTest::newRow("nothing ignored") << QString() << all;
    QTest::newRow("one ignored") << "create-index-not-concurrently" << QStringList{all.at(1)};
    QTest::newRow("both ignored, spaces around commas")
        << "drop-column-in-up , create-index-not-concurrently" << QStringList();
}

void TestMigrationLint::lintIgnoreSuppressesOnlyListedRules()
{
    QFETCH(QString, lintIgnore);
    QFETCH(QStringList, expectedRules);

    const auto m =
        parsed({.up = QStringLiteral(
                    "CREATE INDEX i ON users (email);\nALTER TABLE users DROP COLUMN bio;"),
                .lintIgnore = lintIgnore});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(rulesOf(MigrationLinter::lintMigration(m.value(), {})), expectedRules);
}

void TestMigrationLint::flagsMissingOrEmptyDownSection_data()
{
    QTest::addColumn<bool>("withDown");
    QTest::addColumn<QString>("down");
    QTest::addColumn<int>("line");

    const int markerLine = kFirstUpLine + 2;  // after one up statement and the blank line
    QTest::newRow("no down section") << false << QString() << 1;
    QTest::newRow("empty down section") << true << QString() << markerLine;
    QTest::newRow("down section with only comments")
        << true << "-- nothing to undo\n/* really */" << markerLine;
}

void TestMigrationLint::flagsMissingOrEmptyDownSection()
{
    QFETCH(bool, withDown);
    QFETCH(QString, down);
    QFETCH(int, line);

    const auto m =
        parsed({.up = QStringLiteral("SELECT 1;\n"), .down = down, .withDown = withDown});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    const QList<LintFinding> findings = MigrationLinter::lintMigration(m.value(), {});
    QCOMPARE(rulesOf(findings), QStringList{QStringLiteral("missing-down")});
    QCOMPARE(findings.constFirst().severity, Severity::Error);
    QCOMPARE(findings.constFirst().line, line);

    const auto ignored = parsed({.up = QStringLiteral("SELECT 1;\n"),
                                 .down = down,
                                 .lintIgnore = QStringLiteral("missing-down"),
                                 .withDown = withDown});
    QVERIFY(MigrationLinter::lintMigration(ignored.value(), {}).isEmpty());
}

void TestMigrationLint::dottedTableNameIsNotATableInAnotherSchema()
{
    // public."a.b" is new and empty; a.b is another, existing table: schema and name stay apart.
    const auto m =
        parsed({.up = QStringLiteral(
                    "CREATE TABLE \"a.b\" (id int);\nALTER TABLE a.b ADD COLUMN x int NOT NULL;"),
                .down = QStringLiteral("ALTER TABLE a.b DROP COLUMN x;\nDROP TABLE \"a.b\";")});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(rulesOf(MigrationLinter::lintMigration(m.value(), {})),
             QStringList{QStringLiteral("add-column-not-null-without-default")});
}

void TestMigrationLint::downSectionMayDropThings()
{
    const auto m = parsed(
        {.up = QStringLiteral("SELECT 1;"),
         .down = QStringLiteral(
             "DROP TABLE users;\nALTER TABLE users DROP COLUMN bio;\nDROP INDEX ix_users_id;")});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(describe(MigrationLinter::lintMigration(m.value(), {})), QStringList());
}

void TestMigrationLint::checksTransactionRulesInDownSectionToo()
{
    // Line 6: up, 7: "-- migrate:down", 8 and 9: down statements.
    const auto m = parsed({.up = QStringLiteral("SELECT 1;"),
                           .down = QStringLiteral("COMMIT;\nDROP INDEX CONCURRENTLY i;")});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    const QList<LintFinding> findings = MigrationLinter::lintMigration(m.value(), {});
    QCOMPARE(rulesOf(findings),
             (QStringList{QStringLiteral("transaction-control"),
                          QStringLiteral("concurrently-in-transaction")}));
    QCOMPARE(findings.at(0).line, 8);
    QCOMPARE(findings.at(1).line, 9);
}

void TestMigrationLint::tableCreatedByEarlierMigrationCountsAsExisting()
{
    const auto first =
        parsed({.up = QStringLiteral("CREATE TABLE memos (id int);\nCREATE INDEX i ON memos (id);"),
                .version = QStringLiteral("0001")});
    const auto second =
        parsed({.up = QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS memos (id int);\nCREATE INDEX j ON memos (id);"),
                .version = QStringLiteral("0002")});
    QVERIFY2(first.ok() && second.ok(),
             qPrintable(first.error().located() + second.error().located()));

    // Alone, the second file's CREATE TABLE IF NOT EXISTS looks like it makes a new table.
    QVERIFY(MigrationLinter::lintMigration(second.value(), {}).isEmpty());

    MigrationCatalog catalog;
    catalog.migrations = {first.value(), second.value()};
    const QList<LintFinding> findings = MigrationLinter::lint(catalog);
    QCOMPARE(rulesOf(findings), QStringList{QStringLiteral("create-index-not-concurrently")});
    QCOMPARE(findings.constFirst().version, QStringLiteral("0002"));
    QCOMPARE(findings.constFirst().file, QStringLiteral("/tmp/migrations/0002_essai.sql"));
    QCOMPARE(findings.constFirst().line, kFirstUpLine + 1);
}

void TestMigrationLint::flagsUnknownRuleInLintIgnore()
{
    const auto m = parsed({.up = QStringLiteral("CREATE INDEX i ON users (email);"),
                           .lintIgnore = QStringLiteral("create-index-not-concurently")});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    const QList<LintFinding> findings = MigrationLinter::lintMigration(m.value(), {});
    QCOMPARE(rulesOf(findings),
             (QStringList{QStringLiteral("unknown-lint-ignore"),
                          QStringLiteral("create-index-not-concurrently")}));
    QCOMPARE(findings.constFirst().line, 1);
    QVERIFY(findings.constFirst().message.contains(QLatin1String("create-index-not-concurently")));
}

void TestMigrationLint::findingCarriesLocationAndShortenedStatement()
{
    const QString columns = QStringLiteral("    ALTER COLUMN email    TYPE text,\n").repeated(6);
    const auto m = parsed({.up = QStringLiteral("ALTER TABLE users\n") + columns
                               + QStringLiteral("    ALTER COLUMN bio TYPE text;")});
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    const QList<LintFinding> findings = MigrationLinter::lintMigration(m.value(), {});
    QCOMPARE(findings.size(), 7);  // one per ALTER COLUMN ... TYPE
    const LintFinding &f = findings.constFirst();
    QCOMPARE(f.file, QStringLiteral("/tmp/migrations/0042_essai.sql"));
    QCOMPARE(f.line, kFirstUpLine);
    QVERIFY2(f.statement.size() <= 120, qPrintable(f.statement));
    QVERIFY(f.statement.startsWith(
        QLatin1String("ALTER TABLE users ALTER COLUMN email TYPE text, ALTER")));
    QVERIFY(f.statement.endsWith(QChar(0x2026)));
    QVERIFY(f.message.contains(QLatin1String("\"email\""))
            && f.message.contains(QLatin1String("\"users\"")));
}

void TestMigrationLint::ruleIdsAreUniqueKebabCaseWithSeverity()
{
    const QStringList ids = MigrationLinter::ruleIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    static const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    for (const QString &id : ids)
        QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
    for (const char *required : {"create-index-not-concurrently", "concurrently-in-transaction",
                                 "add-column-not-null-without-default", "volatile-default-rewrites",
                                 "column-type-change", "set-not-null", "drop-table-in-up",
                                 "drop-column-in-up", "rename", "foreign-key-without-not-valid",
                                 "check-without-not-valid", "missing-down", "transaction-control"})
        QVERIFY2(ids.contains(QLatin1String(required)), required);
    QCOMPARE(MigrationLinter::ruleSeverity(QStringLiteral("drop-table-in-up")), Severity::Error);
    QCOMPARE(MigrationLinter::ruleSeverity(QStringLiteral("rename")), Severity::Warning);
    QVERIFY(MigrationLinter::severityName(Severity::Error)
            != MigrationLinter::severityName(Severity::Warning));
}

void TestMigrationLint::setNotNullAfterValidatingItsIsNotNullCheckIsNoFinding()
{
    // PostgreSQL 12+ skips SET NOT NULL's scan when a valid CHECK (col IS NOT NULL) exists.
    const QString check = QStringLiteral(
        "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
        "ALTER TABLE users ADD CONSTRAINT users_email_len CHECK (length(email) > 3) NOT VALID;\n");
    auto validated =
        parsed({.up = check
                    + QStringLiteral("ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
                                     "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")});
    QVERIFY(validated.ok());
    QCOMPARE(rulesOf(MigrationLinter::lintMigration(validated.value())), QStringList());
    // Another check validated, or the column's check not validated first: still a scan.
    for (
        const QString &up :
        {check
             + QStringLiteral(
                 "ALTER TABLE users VALIDATE CONSTRAINT users_email_len;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;"),
         check
             + QStringLiteral(
                 "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users VALIDATE CONSTRAINT users_email_nn;"),
         check
             + QStringLiteral(
                 "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\nALTER TABLE users ALTER COLUMN full_name SET NOT NULL;")}) {
        auto m = parsed({.up = up});
        QVERIFY(m.ok());
        QCOMPARE(rulesOf(MigrationLinter::lintMigration(m.value())),
                 QStringList{QStringLiteral("set-not-null")});
    }
}

void TestMigrationLint::realMathakineMigrationsHaveNoError()
{
    const MigrationCatalog catalog = realCatalog();
    QVERIFY(catalog.migrations.size() >= 4);
    const QList<LintFinding> findings = MigrationLinter::lint(catalog);
    for (const QString &line : describe(findings))
        qInfo("%s", qPrintable(line));
    QVERIFY2(!MigrationLinter::hasErrors(findings),
             qPrintable(describe(findings).join(QLatin1Char('\n'))));
}

void TestMigrationLint::realMathakinePhaseOneLintsCleanWithoutLintIgnore()
{
    // Zero-stall Phase 1: no finding at all, and none hidden by a lint_ignore header.
    const MigrationCatalog catalog = realCatalog();
    QVERIFY(catalog.migrations.size() >= 6);
    for (const Migration &m : catalog.migrations)
        QVERIFY2(m.lintIgnore.isEmpty(), qPrintable(m.filePath));
    const QList<LintFinding> findings = MigrationLinter::lint(catalog);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings).join(QLatin1Char('\n'))));
}

void TestMigrationLint::realMathakineIndexesOnExistingTablesAreBuiltConcurrently()
{
    // The migrations that index users and exercises run outside a transaction.
    const MigrationCatalog catalog = realCatalog();
    QStringList nonTransactional;
    for (const Migration &m : catalog.migrations) {
        if (!m.transactional)
            nonTransactional << m.version;
    }
    QCOMPARE(nonTransactional, (QStringList{QStringLiteral("0003"), QStringLiteral("0006")}));
}

QTEST_GUILESS_MAIN(TestMigrationLint)
#include "tst_migration_lint.moc"
