// A database the backend's own Alembic managed (issue 15, item 4): status names its revision,
// upgrade refuses to start from base on it, replaces_revisions maps it, stamp adopts it.
#include "MigrationFixtures.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {

// Like the backend's: the baseline schema, made by its own scripts (not by this tool), and an
// alembic_version row of its own.
QString backendDatabase()
{
    const QString db = createDatabase(QStringLiteral("foreign_rev"));
    QStringList statements{
        QStringLiteral(
            "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)"),
        QStringLiteral("INSERT INTO alembic_version VALUES ('20250513_baseline')")};
    const MigrationCatalog real = loadCatalog(realMigrationsDir());
    for (const SqlStatement &s : real.migrations.constFirst().up.statements)
        statements << s.sql;
    for (const QString &sql : statements) {
        QString error;
        if (!exec(db, sql, &error))
            qFatal("%s", qPrintable(error));
    }
    return db;
}

CliRun cli(const QString &db, const QString &migrations, const QStringList &command)
{
    return runCli(
        QStringList{QStringLiteral("--url"), url(db), QStringLiteral("--migrations"), migrations}
        + command);
}

QJsonObject alembicOf(const QString &db, const QString &migrations)
{
    const CliRun run = cli(db, migrations, {QStringLiteral("--json"), QStringLiteral("status")});
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("alembic"))
        .toObject();
}

}  // namespace

class TestForeignRevision : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { REQUIRE_SERVER(); }
    void statusNamesAForeignRevisionAndUpgradeRefusesBase();
    void replacesRevisionsHeaderMapsItAndStampAdoptsIt();
};

void TestForeignRevision::statusNamesAForeignRevisionAndUpgradeRefusesBase()
{
    const QString db = backendDatabase();
    const QJsonObject alembic = alembicOf(db, realMigrationsDir());
    QCOMPARE(alembic.value(QStringLiteral("state")).toString(), QStringLiteral("foreign"));
    QCOMPARE(alembic.value(QStringLiteral("revision")).toString(),
             QStringLiteral("20250513_baseline"));
    const CliRun status = cli(db, realMigrationsDir(), {QStringLiteral("status")});
    QVERIFY2(
        status.out.contains(QLatin1String(
            "Managed by Alembic at revision 20250513_baseline, not known to these migrations.")),
        qPrintable(status.out));

    const CliRun upgrade = cli(db, realMigrationsDir(), {QStringLiteral("upgrade")});
    QCOMPARE(upgrade.exitCode, 1);
    QVERIFY2(upgrade.err.contains(QLatin1String("20250513_baseline"))
                 && upgrade.err.contains(QLatin1String("replaces_revisions")),
             qPrintable(upgrade.err));
    QVERIFY(scalar(db, QStringLiteral("SELECT to_regclass('public.user_sessions') IS NULL"))
                .toBool());  // nothing ran
    QCOMPARE(scalar(db, QStringLiteral("SELECT version_num FROM alembic_version")).toString(),
             QStringLiteral("20250513_baseline"));
    dropDatabase(db);
}

void TestForeignRevision::replacesRevisionsHeaderMapsItAndStampAdoptsIt()
{
    QTemporaryDir dir;
    copyRealMigrations(dir.path());
    const QString baseline = dir.filePath(QStringLiteral("0001_baseline.sql"));
    QFile file(baseline);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("-- revision: baseline\n",
                 "-- revision: baseline\n-- replaces_revisions: 20250513_baseline\n");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();

    const QString db = backendDatabase();
    const QJsonObject alembic = alembicOf(db, dir.path());
    QCOMPARE(alembic.value(QStringLiteral("state")).toString(), QStringLiteral("replaced"));
    QCOMPARE(alembic.value(QStringLiteral("version")).toString(), QStringLiteral("0001"));
    const CliRun upgrade = cli(db, dir.path(), {QStringLiteral("upgrade")});
    QCOMPARE(upgrade.exitCode, 1);
    QVERIFY2(upgrade.err.contains(QLatin1String("stamp 0001")), qPrintable(upgrade.err));

    const CliRun stamp = cli(db, dir.path(), {QStringLiteral("stamp"), QStringLiteral("0001")});
    QVERIFY2(stamp.exitCode == 0, qPrintable(stamp.err));
    QVERIFY(alembicOf(db, dir.path()).isEmpty());  // adopted: the history speaks now
    QCOMPARE(scalar(db, QStringLiteral("SELECT version_num FROM alembic_version")).toString(),
             QStringLiteral("baseline"));
    dropDatabase(db);
}

QTEST_GUILESS_MAIN(TestForeignRevision)
#include "tst_foreign_revision.moc"
