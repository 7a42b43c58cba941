#include "MigrationFixtures.h"
#include "TestServer.h"

#include "run/ExpectedSnapshotBuilder.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SnapshotJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int throwawayDatabases()
{
    return scalar(
               QStringLiteral("postgres"),
               QStringLiteral(
                   "SELECT count(*) FROM pg_database WHERE datname LIKE 'mathakine\\_expected\\_%'"))
        .toInt();
}

}  // namespace

class TestSchemaExpected : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void regeneratedSnapshotsMatchTheCommittedFilesByteForByte();
    void throwawayDatabaseIsDroppedEvenWhenAMigrationFails();
    void snapshotCommandWritesMissingFilesAndCheckFlagsStaleOnes();
};

void TestSchemaExpected::initTestCase()
{
    REQUIRE_SERVER();
}

void TestSchemaExpected::regeneratedSnapshotsMatchTheCommittedFilesByteForByte()
{
    const MigrationCatalog catalog = loadCatalog(realMigrationsDir());
    auto snapshots = ExpectedSnapshotBuilder(spec()).build(catalog);
    QVERIFY2(snapshots.ok(), qPrintable(snapshots.error().fullText()));
    QCOMPARE(snapshots->size(), catalog.migrations.size());
    const ExpectedSnapshotStore store(ExpectedSnapshotStore::directoryFor(realMigrationsDir()));
    QStringList versions;
    for (const SchemaSnapshot &snapshot : snapshots.value()) {
        versions << snapshot.version;
        QVERIFY2(
            SnapshotJson::write(snapshot) == readFile(store.path(snapshot.version)),
            qPrintable(
                QStringLiteral(
                    "%1 differs from what the migrations produce; run: mathakine-admin snapshot")
                    .arg(store.path(snapshot.version))));
    }
    QCOMPARE(store.versions(), versions);  // no file for a migration that no longer exists
    QCOMPARE(throwawayDatabases(), 0);
}

void TestSchemaExpected::throwawayDatabaseIsDroppedEvenWhenAMigrationFails()
{
    QTemporaryDir dir;
    copyRealMigrations(dir.path(), 1);
    writeMigration(dir.path(), QStringLiteral("0002"),
                   QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x int;"),
                   QStringLiteral("SELECT 1;"));
    auto snapshots = ExpectedSnapshotBuilder(spec()).build(loadCatalog(dir.path()));
    QVERIFY(!snapshots.ok());
    QVERIFY2(snapshots.error().fullText().contains(QStringLiteral("no_such_table")),
             qPrintable(snapshots.error().fullText()));
    QCOMPARE(throwawayDatabases(), 0);
}

void TestSchemaExpected::snapshotCommandWritesMissingFilesAndCheckFlagsStaleOnes()
{
    QTemporaryDir dir;
    copyRealMigrations(dir.path());
    const QStringList base = {QStringLiteral("--url"), url(QStringLiteral("postgres")),
                              QStringLiteral("--migrations"), dir.path(),
                              QStringLiteral("snapshot")};
    const QString written = dir.filePath(QStringLiteral("expected/0006.json"));

    auto check = runCli(base + QStringList{QStringLiteral("--check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral("missing")), qPrintable(check.out));
    QVERIFY(!QFile::exists(written));  // --check never writes

    auto generate = runCli(base);
    QVERIFY2(generate.exitCode == 0, qPrintable(generate.out + generate.err));
    QCOMPARE(readFile(written),
             readFile(realMigrationsDir() + QStringLiteral("/expected/0006.json")));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("--check")}).exitCode, 0);

    QFile file(written);
    QVERIFY(file.open(QIODevice::Append));
    file.write(" ");
    file.close();
    check = runCli(base + QStringList{QStringLiteral("--check"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral("\"differs\"")), qPrintable(check.out));
}

QTEST_GUILESS_MAIN(TestSchemaExpected)
#include "tst_schema_expected.moc"
