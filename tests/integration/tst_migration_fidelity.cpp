// The SQL that runs is the SQL in the file, and names keep their schema (issue 13), against
// the real server and through the real CLI.
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "gate/PreflightCheck.h"
#include "gate/PreflightTargets.h"
#include "migrate/CreatedObjects.h"
#include "migrate/MigrationPlan.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

class TestMigrationFidelity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void literalsAreStoredAsPsqlStoresThem();
    void copyFromStdinIsRefusedAtLoadWithoutRunning();
    void deepNestingInDownIsRefusedBeforeAnythingRuns();
    void stampFindsATableInItsSchema();
    void stampRefusesATableWhoseSchemaIsMissing();
    void unqualifiedNamesFollowTheMigrationsSearchPath();
    void fourteenDigitVersionWorksEndToEnd();
    void sqlPrintsTheTitleInTheChosenLanguage();
    void lintKeepsPathsAsGiven();

private:
    QTemporaryDir m_dir;
    QString m_migrations;  // a fresh folder per test
    QString newFolder(const QString &name);
};

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QString psqlBinary()
{
    const QString bundled = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
    return QFile::exists(bundled) ? bundled
                                  : QStandardPaths::findExecutable(QStringLiteral("psql"));
}

QString lengthsAndDigests(const QString &db)
{
    return scalar(
               db,
               QStringLiteral(
                   "SELECT string_agg(length(v) || ':' || md5(v), ' ' ORDER BY id) FROM fidelity"))
        .toString();
}

QStringList migrateArgs(const QString &db, const QString &dir, const QStringList &command)
{
    return QStringList{QStringLiteral("--url"), url(db), QStringLiteral("--migrations"), dir}
    + command;
}
}  // namespace

void TestMigrationFidelity::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

QString TestMigrationFidelity::newFolder(const QString &name)
{
    const QString dir = m_dir.filePath(name);
    QDir().mkpath(dir);
    return dir;
}

void TestMigrationFidelity::literalsAreStoredAsPsqlStoresThem()
{
    const QString dir = newFolder(QStringLiteral("literals"));
    // Lines of the literals end with spaces and a tab, as in the bug report.
    const QByteArray file =
        "-- version: 1\n-- title: Littéraux\n-- migrate:up\n"
        "INSERT INTO fidelity (id, v) VALUES (1, 'one   \ntwo  \nend');  \n"
        "INSERT INTO fidelity (id, v) VALUES (2, $$tab\t\n  indented   \n$$);\t\n"
        "INSERT INTO fidelity (id, v) VALUES (3, E'e\\'s \t\nx');\n"
        "-- migrate:down\nDELETE FROM fidelity WHERE id > 100;\n";
    const QString path = dir + QStringLiteral("/0001_literals.sql");
    writeFile(path, file);
    const QString viaTool = createDatabase(QStringLiteral("fidtool"));
    const QString viaPsql = createDatabase(QStringLiteral("fidpsql"));
    for (const QString &db : {viaTool, viaPsql})
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE fidelity (id int PRIMARY KEY, v text)")));

    const auto upgraded = runCli(migrateArgs(viaTool, dir, {QStringLiteral("upgrade")}));
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
    QProcess psql;
    psql.start(psqlBinary(),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url(viaPsql),
                QStringLiteral("-f"), path});
    QVERIFY(psql.waitForFinished(30000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());

    const QString expected = lengthsAndDigests(viaPsql);
    QCOMPARE(expected.count(QLatin1Char(':')), 3);
    QCOMPARE(lengthsAndDigests(viaTool), expected);
    QCOMPARE(scalar(viaTool, QStringLiteral("SELECT v FROM fidelity WHERE id = 1")).toString(),
             QStringLiteral("one   \ntwo  \nend"));
    dropDatabase(viaTool);
    dropDatabase(viaPsql);
}

void TestMigrationFidelity::copyFromStdinIsRefusedAtLoadWithoutRunning()
{
    const QString dir = newFolder(QStringLiteral("copy"));
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE c (a int);\nCOPY c FROM stdin;"),
                   QStringLiteral("DROP TABLE c;"));
    const QString db = createDatabase(QStringLiteral("fidcopy"));
    const auto run = runCli(migrateArgs(db, dir, {QStringLiteral("upgrade")}), {}, 20000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("/0001_test.sql:6:1: "))
                 && run.err.contains(QStringLiteral("STDIN")),
             qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 10000, "the runner must not wait for COPY data");
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('public.c') IS NOT NULL")).toBool());
    dropDatabase(db);
}

void TestMigrationFidelity::deepNestingInDownIsRefusedBeforeAnythingRuns()
{
    // It used to become an empty down section: upgrade ran, and downgrade left the table.
    const QString dir = newFolder(QStringLiteral("nesting"));
    const QString deep = QStringLiteral("SELECT ") + QStringLiteral("abs(").repeated(600)
        + QLatin1Char('1') + QStringLiteral(")").repeated(600) + QLatin1Char(';');
    writeMigration(dir, QStringLiteral("0001"), QStringLiteral("CREATE TABLE nested (id int);"),
                   deep + QStringLiteral("\nDROP TABLE nested;"));
    const QString db = createDatabase(QStringLiteral("fidnest"));
    const auto run = runCli(migrateArgs(db, dir, {QStringLiteral("upgrade")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("/0001_test.sql:8:1: ")), qPrintable(run.err));
    QVERIFY(
        !scalar(db, QStringLiteral("SELECT to_regclass('public.nested') IS NOT NULL")).toBool());
    dropDatabase(db);
}

void TestMigrationFidelity::stampFindsATableInItsSchema()
{
    const QString dir = newFolder(QStringLiteral("billing"));
    writeMigration(
        dir, QStringLiteral("0001"),
        QStringLiteral(
            "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id int PRIMARY KEY);\n"
            "CREATE INDEX invoices_id ON billing.invoices (id);\nALTER TABLE billing.invoices ADD COLUMN total numeric;"),
        QStringLiteral("DROP SCHEMA billing CASCADE;"));
    const QString db = createDatabase(QStringLiteral("fidbilling"));
    QVERIFY(exec(db, QStringLiteral("CREATE SCHEMA billing")));
    QVERIFY(exec(
        db, QStringLiteral("CREATE TABLE billing.invoices (id int PRIMARY KEY, total numeric)")));
    QVERIFY(exec(db, QStringLiteral("CREATE INDEX invoices_id ON billing.invoices (id)")));
    const auto stamped =
        runCli(migrateArgs(db, dir, {QStringLiteral("stamp"), QStringLiteral("head")}));
    QVERIFY2(stamped.exitCode == 0, qPrintable(stamped.out + stamped.err));
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT execution FROM mathakine_admin.schema_history WHERE version = '0001'"))
            .toString(),
        QStringLiteral("stamp"));
    dropDatabase(db);
}

void TestMigrationFidelity::stampRefusesATableWhoseSchemaIsMissing()
{
    const QString dir = newFolder(QStringLiteral("archive"));
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("CREATE SCHEMA archive;\nCREATE TABLE archive.users (id int);"),
                   QStringLiteral("DROP SCHEMA archive CASCADE;"));
    const QString db = createDatabase(QStringLiteral("fidarchive"));
    QVERIFY(
        exec(db, QStringLiteral("CREATE TABLE public.users (id int)")));  // same name, other schema
    const auto stamped =
        runCli(migrateArgs(db, dir, {QStringLiteral("stamp"), QStringLiteral("head")}));
    QVERIFY2(stamped.exitCode != 0, qPrintable(stamped.out));
    QVERIFY2(stamped.err.contains(QStringLiteral("archive.users")), qPrintable(stamped.err));

    // Pre-flight does not claim the objects exist nor propose stamp.
    PreflightRequest request;
    request.spec = spec(db);
    request.backupsFolder = m_dir.filePath(QStringLiteral("backups"));
    auto report = PreflightCheck::run(request, loadCatalog(dir));
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    int existing = 0;
    for (const PreflightItem &item : report->items) {
        if (item.kind == PreflightItem::Kind::ExistingObject) {
            ++existing;
            QVERIFY2(item.level == PreflightItem::Level::Ok,
                     qPrintable(item.title + QLatin1Char('\n') + item.detail));
        }
    }
    QCOMPARE(existing, 1);
    dropDatabase(db);
}

void TestMigrationFidelity::unqualifiedNamesFollowTheMigrationsSearchPath()
{
    const QString dir = newFolder(QStringLiteral("searchpath"));
    writeMigration(
        dir, QStringLiteral("0001"),
        QStringLiteral(
            "SET search_path = ledger, public;\nCREATE TABLE entries (id int);\nCREATE TYPE kind AS ENUM ('a');\n"
            "INSERT INTO entries VALUES (1);"),
        QStringLiteral("DROP TABLE ledger.entries;"));
    const MigrationCatalog catalog = loadCatalog(dir);
    const QList<CreatedObject> objects = CreatedObjects::of(catalog.migrations.first());
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).schema, QStringLiteral("ledger"));
    QCOMPARE(objects.at(0).name, QStringLiteral("entries"));
    QCOMPARE(objects.at(1).schema, QStringLiteral("ledger"));

    const QString db = createDatabase(QStringLiteral("fidpath"));
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE public.entries (id int)")));
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    QVERIFY(session.ok());
    QVERIFY(!CreatedObjects::exists(*session.value(),
                                    objects.at(0)));  // public.entries is another table
    QVERIFY(exec(db, QStringLiteral("CREATE SCHEMA ledger")));
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE ledger.entries (id int)")));
    QVERIFY(CreatedObjects::exists(*session.value(), objects.at(0)));
    QVERIFY(CreatedObjects::exists(
        *session.value(),
        {CreatedObject::Kind::Table, {}, QStringLiteral("entries"), {}}));  // current_schema()
    QVERIFY(!CreatedObjects::exists(*session.value(), objects.at(1)));

    // Pre-flight's privilege and lock targets resolve the same way: ledger.entries, not public's.
    MigrationPlan plan;
    plan.steps << PlanStep{catalog.migrations.first(), true};
    const PreflightTargets targets = PreflightTargets::of(plan);
    QCOMPARE(targets.tablePrivileges.size(), 1);
    const TableRef inserted = targets.tablePrivileges.firstKey();
    QCOMPARE(inserted.name, QStringLiteral("entries"));
    QCOMPARE(inserted.searchPath,
             QStringList({QStringLiteral("ledger"), QStringLiteral("public")}));
    QCOMPARE(targets.createSchemas, QSet<QString>{QStringLiteral("ledger")});
    QCOMPARE(
        inserted.oid(*session.value()).value(),
        scalar(db, QStringLiteral("SELECT 'ledger.entries'::regclass::oid::bigint")).toLongLong());
    session = DatabaseSession::open(spec(QStringLiteral("mathakine")),
                                    QStringLiteral("tst"));  // closes the session on db
    dropDatabase(db);
}

void TestMigrationFidelity::fourteenDigitVersionWorksEndToEnd()
{
    const QString dir = newFolder(QStringLiteral("timestamps"));
    writeMigration(dir, QStringLiteral("20240315093000"),
                   QStringLiteral("CREATE TABLE stamped_x (id int);"),
                   QStringLiteral("DROP TABLE stamped_x;"));
    writeMigration(dir, QStringLiteral("20240316120000"),
                   QStringLiteral("ALTER TABLE stamped_x ADD COLUMN y int;"),
                   QStringLiteral("ALTER TABLE stamped_x DROP COLUMN y;"));
    const QString db = createDatabase(QStringLiteral("fidversion"));
    const auto upgraded = runCli(migrateArgs(db, dir, {QStringLiteral("upgrade")}));
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
    const auto history = runCli(migrateArgs(db, dir, {QStringLiteral("history")}));
    QVERIFY2(history.exitCode == 0 && history.out.contains(QStringLiteral("20240316120000")),
             qPrintable(history.out + history.err));
    const auto down = runCli(
        migrateArgs(db, dir, {QStringLiteral("downgrade"), QStringLiteral("20240315093000")}));
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'stamped_x'"))
            .toInt(),
        1);
    const auto base =
        runCli(migrateArgs(db, dir, {QStringLiteral("downgrade"), QStringLiteral("base")}));
    QVERIFY2(base.exitCode == 0, qPrintable(base.err));
    QVERIFY(
        !scalar(db, QStringLiteral("SELECT to_regclass('public.stamped_x') IS NOT NULL")).toBool());
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM mathakine_admin.schema_history")).toInt(),
        0);
    dropDatabase(db);
}

void TestMigrationFidelity::sqlPrintsTheTitleInTheChosenLanguage()
{
    const QString dir = newFolder(QStringLiteral("titles"));
    writeMigration(dir, QStringLiteral("0001"), QStringLiteral("SELECT 1;"),
                   QStringLiteral("SELECT 1;"), QStringLiteral("-- title_en: English title\n"));
    const QString db = createDatabase(QStringLiteral("fidtitle"));
    const auto en = runCli(migrateArgs(
        db, dir, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sql")}));
    QVERIFY2(en.exitCode == 0, qPrintable(en.err));
    QVERIFY2(en.out.contains(QStringLiteral("English title")), qPrintable(en.out));
    const auto fr = runCli(migrateArgs(
        db, dir, {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("sql")}));
    QVERIFY2(!fr.out.contains(QStringLiteral("English title")), qPrintable(fr.out));
    dropDatabase(db);
}

void TestMigrationFidelity::lintKeepsPathsAsGiven()
{
    // Given as an absolute path from another folder: the old output was ../../…/0001_bad.sql.
    const QString dir = newFolder(QStringLiteral("lintpaths"));
    writeFile(
        dir + QStringLiteral("/0001_bad.sql"),
        "-- version: 1\n-- title: x\n-- migrate:up\nSELECT 1;\nDROP TABLE users;\n-- migrate:down\nSELECT 1;\n");
    QProcess lint;
    lint.setWorkingDirectory(newFolder(QStringLiteral("elsewhere/deep")));
    lint.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"),
               {QStringLiteral("--migrations"), dir, QStringLiteral("lint")});
    QVERIFY(lint.waitForFinished(30000));
    const QString out = QString::fromUtf8(lint.readAllStandardOutput());
    QVERIFY2(out.contains(dir + QStringLiteral("/0001_bad.sql:5:")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("../")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestMigrationFidelity)
#include "tst_migration_fidelity.moc"
