#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Issue 14: lint --fix writes the zero-stall rewrite of each locking finding. The rewritten
// migrations lint clean, and upgraded into a fresh database they give exactly the schema the
// original ones give (diff of the two introspected schemas empty); they also roll back.
class TestLintFix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rewriteLintsCleanAndEndsInTheSameSchema_data();
    void rewriteLintsCleanAndEndsInTheSameSchema();
    void dryRunPrintsADiffAndWritesNothing();

private:
    QTemporaryDir m_dir;
};

namespace {
// Two tables with rows, so that every rule's statement works on an existing, filled table.
const QString kBaseUp =
    u"CREATE TABLE parent (id int PRIMARY KEY);\n"
    "CREATE TABLE child (id int PRIMARY KEY, parent_id int, qty int, note text);\n"
    "INSERT INTO parent SELECT g FROM generate_series(1, 50) g;\n"
    "INSERT INTO child SELECT g, g, g, 'n' || g FROM generate_series(1, 50) g;"_s;

QString upgradedDatabase(const QString &dir, const QString &name, QString *error)
{
    const QString db = createDatabase(name);
    const CliRun up = runCli({u"--url"_s, url(db), u"--migrations"_s, dir, u"upgrade"_s});
    if (up.exitCode != 0) {
        *error = up.err;
        return {};
    }
    return db;
}

Outcome<SchemaSnapshot> snapshotOf(const QString &db)
{
    auto session = DatabaseSession::open(spec(db), u"tst"_s);
    if (!session)
        return session.error();
    return SchemaIntrospector(*session.value()).snapshot();
}

void writeRuleMigrations(const QString &dir, const QString &up, const QString &down)
{
    writeMigration(dir, u"0001"_s, kBaseUp, u"DROP TABLE child;\nDROP TABLE parent;"_s);
    writeMigration(dir, u"0002"_s, up, down);
}
}  // namespace

void TestLintFix::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

void TestLintFix::rewriteLintsCleanAndEndsInTheSameSchema_data()
{
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("unfilled");  // counts rows the rewrite left without a value: 0
    QTest::newRow("index") << u"CREATE UNIQUE INDEX child_note_idx ON child (note);"_s
                           << u"DROP INDEX child_note_idx;"_s << u"create-index-not-concurrently"_s
                           << QString();
    QTest::newRow("foreign key")
        << u"ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE;"_s
        << u"ALTER TABLE child DROP CONSTRAINT child_parent_fk;"_s
        << u"foreign-key-without-not-valid"_s << QString();
    QTest::newRow("check")
        << u"ALTER TABLE child ADD CONSTRAINT child_qty_check CHECK (qty >= 0);"_s
        << u"ALTER TABLE child DROP CONSTRAINT child_qty_check;"_s << u"check-without-not-valid"_s
        << QString();
    QTest::newRow("set not null") << u"ALTER TABLE child ALTER COLUMN qty SET NOT NULL;"_s
                                  << u"ALTER TABLE child ALTER COLUMN qty DROP NOT NULL;"_s
                                  << u"set-not-null"_s << QString();
    QTest::newRow("all four, with other DDL")
        << u"ALTER TABLE child ADD COLUMN label text;\n"
           "CREATE INDEX child_note_idx ON child (note);\n"
           "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id);\n"
           "ALTER TABLE child ADD CONSTRAINT child_qty_check CHECK (qty >= 0);\n"
           "ALTER TABLE child ALTER COLUMN qty SET NOT NULL;"_s
        << u"ALTER TABLE child ALTER COLUMN qty DROP NOT NULL;\n"
           "ALTER TABLE child DROP CONSTRAINT child_qty_check;\n"
           "ALTER TABLE child DROP CONSTRAINT child_parent_fk;\n"
           "DROP INDEX child_note_idx;\n"
           "ALTER TABLE child DROP COLUMN label;"_s
        << u"set-not-null"_s << QString();
    QTest::newRow("volatile default, not null")
        << u"ALTER TABLE child ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();"_s
        << u"ALTER TABLE child DROP COLUMN token;"_s << u"volatile-default-rewrites"_s
        << u"SELECT count(*) FROM child WHERE token IS NULL"_s;
    QTest::newRow("volatile default")
        << u"ALTER TABLE child ADD COLUMN seen timestamptz DEFAULT clock_timestamp();"_s
        << u"ALTER TABLE child DROP COLUMN seen;"_s << u"volatile-default-rewrites"_s
        << u"SELECT count(*) FROM child WHERE seen IS NULL"_s;
}

void TestLintFix::rewriteLintsCleanAndEndsInTheSameSchema()
{
    QFETCH(QString, up);
    QFETCH(QString, down);
    QFETCH(QString, rule);
    QFETCH(QString, unfilled);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',');
    const QString original = m_dir.filePath(tag + u"_original"_s);
    const QString fixed = m_dir.filePath(tag + u"_fixed"_s);
    writeRuleMigrations(original, up, down);
    writeRuleMigrations(fixed, up, down);

    const CliRun before = runCli({u"--migrations"_s, original, u"lint"_s});
    QVERIFY2(before.out.contains(u"[%1]"_s.arg(rule)), qPrintable(before.out));
    const CliRun fix = runCli({u"--migrations"_s, fixed, u"lint"_s, u"--fix"_s});
    QVERIFY2(fix.exitCode == 0 && fix.err.isEmpty(), qPrintable(fix.out + fix.err));
    const CliRun after = runCli({u"--migrations"_s, fixed, u"lint"_s});
    QVERIFY2(after.exitCode == 0 && after.out.contains(u" 0 findings"_s), qPrintable(after.out));
    QVERIFY(QDir(fixed).entryList({u"*.sql"_s}).size() > 2);

    QString error;
    const QString originalDb = upgradedDatabase(original, u"fix_a"_s, &error);
    QVERIFY2(!originalDb.isEmpty(), qPrintable(error));
    const QString fixedDb = upgradedDatabase(fixed, u"fix_b"_s, &error);
    QVERIFY2(!fixedDb.isEmpty(), qPrintable(error));
    const auto expected = snapshotOf(originalDb);
    const auto actual = snapshotOf(fixedDb);
    QVERIFY(expected && actual);
    const SchemaDiff diff = SchemaComparer::compare(expected.value(), actual.value());
    QStringList described;
    for (const SchemaDifference &d : diff.differences)
        described << SchemaDiff::describe(d);
    QVERIFY2(diff.isEmpty(), qPrintable(described.join(u'\n')));
    if (!unfilled.isEmpty())
        QCOMPARE(scalar(fixedDb, unfilled).toInt(), 0);

    // The rewrite rolls back to base too.
    const CliRun back =
        runCli({u"--url"_s, url(fixedDb), u"--migrations"_s, fixed, u"downgrade"_s, u"base"_s});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QVERIFY(!scalar(fixedDb, u"SELECT to_regclass('public.child') IS NOT NULL"_s).toBool());
    dropDatabase(originalDb);
    dropDatabase(fixedDb);
}

void TestLintFix::dryRunPrintsADiffAndWritesNothing()
{
    const QString dir = m_dir.filePath(u"dry"_s);
    writeRuleMigrations(dir, u"CREATE INDEX child_note_idx ON child (note);"_s,
                        u"DROP INDEX child_note_idx;"_s);
    const QStringList filesBefore = QDir(dir).entryList(QDir::Files);
    QFile file(dir + u"/0002_test.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray textBefore = file.readAll();
    file.close();
    const CliRun run = runCli({u"--migrations"_s, dir, u"lint"_s, u"--fix"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"--- /dev/null\n"_s) && run.out.contains(u"_test_indexes.sql\n"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(
        u"+CREATE INDEX CONCURRENTLY IF NOT EXISTS child_note_idx ON child (note);\n"_s));
    QVERIFY(run.out.contains(u"-CREATE INDEX child_note_idx ON child (note);\n"_s));
    QCOMPARE(QDir(dir).entryList(QDir::Files), filesBefore);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), textBefore);
}

QTEST_GUILESS_MAIN(TestLintFix)
#include "tst_lint_fix.moc"
