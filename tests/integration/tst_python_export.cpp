// export alembic / export models (issue 15, item 5), checked with Debian's python3-alembic and
// python3-sqlalchemy against the throwaway server: what Alembic and create_all build is the
// expected schema, with no naming difference to ignore.
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "generate/ModelsExport.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {

// Debian's interpreter on purpose: python3-alembic and python3-sqlalchemy live there
// (tools/install-deps).
const QString kPython = QStringLiteral("/usr/bin/python3");

struct PythonRun {
    int exitCode = -1;
    QString output;
};

// Runs python3 with arguments in folder, the database named by DATABASE_URL (never in argv).
PythonRun python(const QString &folder, const QStringList &arguments, const QString &database)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), url(database));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kPython, arguments);
    if (!process.waitForFinished(120000))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

SchemaSnapshot actualSchema(const QString &db)
{
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    if (!session)
        qFatal("%s", qPrintable(session.error().fullText()));
    auto actual = SchemaIntrospector(*session.value()).snapshot();
    if (!actual)
        qFatal("%s", qPrintable(actual.error().fullText()));
    return actual.value();
}

QString differences(const QString &db, const QString &version)
{
    auto expected = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(realMigrationsDir()))
                        .load(version);
    if (!expected)
        qFatal("%s", qPrintable(expected.error().fullText()));
    QStringList lines;
    for (const SchemaDifference &d :
         SchemaComparer::compare(expected.value(), actualSchema(db)).differences)
        lines << SchemaDiff::describe(d);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject cliJson(const QString &db, const QString &migrations, const QStringList &command)
{
    const CliRun run = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("--url"),
                                          url(db), QStringLiteral("--migrations"), migrations}
                              + command);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    return files;
}

}  // namespace

class TestPythonExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { REQUIRE_SERVER(); }
    void alembicUpgradeHeadGivesTheExpectedSchemaAndStatusAgrees();
    void alembicRunsStatementsAsWrittenWithColonsAndPercents();
    void alembicExportRefusesAMigrationWithoutRevision();
    void exportIntoAnUnwritableFolderNamesItAndWritesNothing();
    void modelsCreateAllGivesTheExpectedSchema();
    void modelsRoundTripIdentityChecksPartialAndExpressionIndexesArraysAndKeylessTables();
};

void TestPythonExport::alembicUpgradeHeadGivesTheExpectedSchemaAndStatusAgrees()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("alembic"));
    const CliRun exported = runCli({QStringLiteral("--migrations"), realMigrationsDir(),
                                    QStringLiteral("export"), QStringLiteral("alembic"), project});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    for (const char *name : {"env.py", "alembic.ini", "script.py.mako", "versions/0001_baseline.py",
                             "versions/0006_exercise_extensions.py"})
        QVERIFY2(QFile::exists(QDir(project).filePath(QString::fromLatin1(name))), name);

    const QString db = createDatabase(QStringLiteral("alembic_export"));
    const PythonRun upgrade = python(project,
                                     {QStringLiteral("-m"), QStringLiteral("alembic"),
                                      QStringLiteral("upgrade"), QStringLiteral("head")},
                                     db);
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.output));
    QCOMPARE(differences(db, QStringLiteral("0006")), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT version_num FROM alembic_version")).toString(),
             QStringLiteral("exercise_extensions"));

    // history: the chain base -> baseline -> ... -> exercise_extensions, in the files' order.
    const PythonRun history = python(
        project, {QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("history")}, db);
    QVERIFY2(history.exitCode == 0, qPrintable(history.output));
    for (const char *link :
         {"<base> -> baseline", "baseline -> user_extensions", "user_extensions -> user_indexes",
          "user_indexes -> new_tables", "new_tables -> exercise_columns",
          "exercise_columns -> exercise_extensions (head)"})
        QVERIFY2(history.output.contains(QLatin1String(link)), qPrintable(history.output));

    // Our status agrees: at Alembic revision exercise_extensions, which is 0006; upgrade refuses
    // base.
    const QJsonObject status = cliJson(db, realMigrationsDir(), {QStringLiteral("status")});
    QCOMPARE(status.value(QStringLiteral("alembic"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("ours"));
    QCOMPARE(status.value(QStringLiteral("alembic"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toString(),
             QStringLiteral("0006"));
    const CliRun upgradeOurs =
        runCli({QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                realMigrationsDir(), QStringLiteral("upgrade")});
    QCOMPARE(upgradeOurs.exitCode, 1);
    QVERIFY2(upgradeOurs.err.contains(QLatin1String("stamp 0006")), qPrintable(upgradeOurs.err));

    const PythonRun downgrade = python(project,
                                       {QStringLiteral("-m"), QStringLiteral("alembic"),
                                        QStringLiteral("downgrade"), QStringLiteral("base")},
                                       db);
    QVERIFY2(downgrade.exitCode == 0, qPrintable(downgrade.output));
    SchemaSnapshot empty = actualSchema(db);
    QVERIFY2(empty.isEmpty(), "alembic downgrade base left objects in public");
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alembic_version")).toInt(), 0);
    dropDatabase(db);
}

void TestPythonExport::alembicRunsStatementsAsWrittenWithColonsAndPercents()
{
    // text() would read :b as a parameter and psycopg2 would read % as a placeholder.
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    writeMigration(
        migrations, QStringLiteral("0001"),
        QStringLiteral(
            "CREATE TABLE note (body text NOT NULL DEFAULT 'x:y');\n"
            "INSERT INTO note (body) VALUES ('a :b 100% \"q\" \\\\n'), (E'tab\\there');"),
        QStringLiteral("DROP TABLE note;"), QStringLiteral("-- revision: notes"));
    writeMigration(migrations, QStringLiteral("0002"),
                   QStringLiteral("CREATE INDEX CONCURRENTLY note_body ON note (body);"),
                   QStringLiteral("DROP INDEX CONCURRENTLY note_body;"),
                   QStringLiteral("-- revision: note_index\n-- transactional: false"));
    const QString project = dir.filePath(QStringLiteral("alembic"));
    // A revision file an earlier export wrote for a migration since renamed: removed, or
    // Alembic would see two heads. A file of the user's own stays.
    QDir().mkpath(project + QStringLiteral("/versions"));
    QFile stale(project + QStringLiteral("/versions/0002_old_name.py"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(
        "\"\"\"x\n\nWritten by mathakine-admin (export alembic) from 0002_old.sql, version 0002.\n\"\"\"\nrevision = 'old_name'\ndown_revision = 'notes'\n");
    stale.close();
    QFile own(project + QStringLiteral("/versions/helpers.py"));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("# the team's own module\n");
    own.close();
    const CliRun exported = runCli({QStringLiteral("--migrations"), migrations,
                                    QStringLiteral("export"), QStringLiteral("alembic"), project});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(!QFile::exists(stale.fileName()));
    QVERIFY(QFile::exists(own.fileName()));
    QFile::remove(own.fileName());  // not a revision: Alembic would try to load it
    const QString db = createDatabase(QStringLiteral("alembic_verbatim"));
    const PythonRun upgrade = python(project,
                                     {QStringLiteral("-m"), QStringLiteral("alembic"),
                                      QStringLiteral("upgrade"), QStringLiteral("head")},
                                     db);
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.output));
    QCOMPARE(scalar(db, QStringLiteral("SELECT string_agg(body, '|' ORDER BY body) FROM note"))
                 .toString(),
             QStringLiteral("a :b 100% \"q\" \\\\n|tab\there"));
    // The non-transactional one ran outside a transaction (CONCURRENTLY refuses one) and is valid.
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'note_body'::regclass"))
                 .toBool(),
             true);
    const PythonRun downgrade = python(project,
                                       {QStringLiteral("-m"), QStringLiteral("alembic"),
                                        QStringLiteral("downgrade"), QStringLiteral("base")},
                                       db);
    QVERIFY2(downgrade.exitCode == 0, qPrintable(downgrade.output));
    QVERIFY(scalar(db, QStringLiteral("SELECT to_regclass('note') IS NULL")).toBool());
    dropDatabase(db);
}

void TestPythonExport::alembicExportRefusesAMigrationWithoutRevision()
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    writeMigration(migrations, QStringLiteral("0001"), QStringLiteral("CREATE TABLE a (id int);"),
                   QStringLiteral("DROP TABLE a;"));
    const QString project = dir.filePath(QStringLiteral("alembic"));
    const CliRun run = runCli({QStringLiteral("--migrations"), migrations, QStringLiteral("export"),
                               QStringLiteral("alembic"), project});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("0001_test.sql"))
                 && run.err.contains(QLatin1String("revision")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(project));
}

void TestPythonExport::exportIntoAnUnwritableFolderNamesItAndWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile(file).open(QIODevice::WriteOnly);
    const QString target =
        file + QStringLiteral("/models");  // its parent is a file: cannot be created
    const CliRun run = runCli({QStringLiteral("--migrations"), realMigrationsDir(),
                               QStringLiteral("export"), QStringLiteral("models"), target});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(target), qPrintable(run.err));
    QCOMPARE(filesUnder(dir.path()), QStringList{file});

    // A folder where a file of the batch cannot be renamed into place (a folder has its name):
    // nothing at all is left, not even the staging files.
    const QString models = dir.filePath(QStringLiteral("models"));
    QDir().mkpath(models + QStringLiteral("/users.py"));
    const CliRun blocked = runCli({QStringLiteral("--migrations"), realMigrationsDir(),
                                   QStringLiteral("export"), QStringLiteral("models"), models});
    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(blocked.err.contains(QLatin1String("users.py")), qPrintable(blocked.err));
    QCOMPARE(filesUnder(dir.path()), QStringList{file});
}

void TestPythonExport::modelsCreateAllGivesTheExpectedSchema()
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("mathakine_models"));
    const CliRun exported = runCli({QStringLiteral("--migrations"), realMigrationsDir(),
                                    QStringLiteral("export"), QStringLiteral("models"), package});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString db = createDatabase(QStringLiteral("models_export"));
    const QString script = QStringLiteral(
        "import os, psycopg2, sqlalchemy as sa\n"
        "import mathakine_models as m\n"
        "url = os.environ['DATABASE_URL']\n"
        "engine = sa.create_engine('postgresql+psycopg2://', creator=lambda: psycopg2.connect(url))\n"
        "m.Base.metadata.create_all(engine)\n"
        "print(' '.join(c.__tablename__ for c in (m.User, m.UserSession, m.Achievement, m.Notification)))\n");
    const PythonRun created = python(dir.path(), {QStringLiteral("-c"), script}, db);
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    QCOMPARE(created.output.trimmed(),
             QStringLiteral("users user_sessions achievements notifications"));
    // No naming difference to ignore: every name is given, serial sequences are PostgreSQL's own.
    QCOMPARE(differences(db, QStringLiteral("0006")), QString());
    dropDatabase(db);
}

void TestPythonExport::
    modelsRoundTripIdentityChecksPartialAndExpressionIndexesArraysAndKeylessTables()
{
    // What the Mathakine schema does not have yet, made by hand, modelled, and made again.
    const QString source = createDatabase(QStringLiteral("models_source"));
    for (
        const char *sql :
        {"CREATE TYPE mood AS ENUM ('calm', 'busy')",
         "CREATE TABLE owner (id bigserial PRIMARY KEY, code text NOT NULL, CONSTRAINT owner_code_key UNIQUE (code))",
         "CREATE TABLE item (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
         " owner_id bigint NOT NULL REFERENCES owner (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
         " label varchar(40) NOT NULL DEFAULT 'x:y', price numeric(10,2) CHECK (price >= 0), tags text[], moods mood[],"
         " state mood DEFAULT 'calm', \"from\" date, ratio double precision, meta jsonb DEFAULT '{}'::jsonb, ref uuid,"
         " total numeric GENERATED ALWAYS AS (price * 2) STORED)",
         "CREATE INDEX item_label_lower ON item (lower(label)) WHERE price > 0",
         "CREATE INDEX item_meta_gin ON item USING gin (meta)",
         "CREATE UNIQUE INDEX item_owner_label ON item (owner_id, label DESC) INCLUDE (price)",
         "CREATE TABLE log (at timestamptz DEFAULT now(), line text)"}) {
        QString error;
        QVERIFY2(exec(source, QString::fromLatin1(sql), &error), qPrintable(error));
    }
    const SchemaSnapshot wanted = actualSchema(source);
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("hand_models"));
    auto written = ModelsExport::write(wanted, package);
    QVERIFY2(written.ok(), qPrintable(written.error().fullText()));
    const QString db = createDatabase(QStringLiteral("models_copy"));
    const PythonRun created = python(
        dir.path(),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import os, psycopg2, sqlalchemy as sa\n"
             "import hand_models as m\n"
             "url = os.environ['DATABASE_URL']\n"
             "m.Base.metadata.create_all(sa.create_engine('postgresql+psycopg2://', creator=lambda: psycopg2.connect(url)))\n"
             "print(m.Owner.__tablename__, m.Item.__tablename__, m.Log.name)\n")},
        db);
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    QCOMPARE(created.output.trimmed(), QStringLiteral("owner item log"));
    QStringList lines;
    for (const SchemaDifference &d : SchemaComparer::compare(wanted, actualSchema(db)).differences)
        lines << SchemaDiff::describe(d);
    QCOMPARE(lines.join(QLatin1Char('\n')), QString());
    dropDatabase(db);
    dropDatabase(source);
}

QTEST_GUILESS_MAIN(TestPythonExport)
#include "tst_python_export.moc"
