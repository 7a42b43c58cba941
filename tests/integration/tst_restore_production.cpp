#include "MigrationFixtures.h"
#include "TestServer.h"

#include "backup/BackupJob.h"
#include "connection/ServerStatement.h"
#include "migrate/HistoryStore.h"
#include "ops/DatabaseSwap.h"
#include "ops/DemoDatabase.h"
#include "ops/ProductionRestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

// restore-production, the last resort (issue 16, item 4), on the throwaway server.
class TestRestoreProduction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void swapsWithAConnectedClientAndKeepsTheOldDatabaseRenamed();
    void refusedWithoutTheTypedNameOrARecordedBackupWithNothingCreated();
    void rowCountsDifferentFromTheBackupLeaveTheLiveDatabaseUntouched();
    void aFailedSecondRenameUndoesTheFirst();
    void cliRestoresAndSaysWhereTheOldDatabaseIs();

private:
    struct Live {
        QString database;
        BackupRecord backup;
    };
    Live makeLive(const QString &prefix);
    QDateTime nextStamp();
    QStringList databasesLike(const QString &prefix) const;
    QTemporaryDir m_dir;
    QString m_catalog;
    QStringList m_prefixes;  // every database made here starts with one: dropped at the end
    QString m_owner;         // a role owning a live database, dropped after them
    int m_stamps = 0;
};

void TestRestoreProduction::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    isolateAppData(m_dir.filePath(QStringLiteral("app")));  // the CLI test shares the catalog
    m_catalog = BackupCatalog::defaultPath();
}

void TestRestoreProduction::cleanupTestCase()
{
    for (const QString &prefix : std::as_const(m_prefixes)) {
        for (const QString &db : databasesLike(prefix))
            dropDatabase(db);
    }
    if (!m_owner.isEmpty())
        exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner));
}

QStringList TestRestoreProduction::databasesLike(const QString &prefix) const
{
    auto session = DatabaseSession::open(spec(QStringLiteral("postgres")), QStringLiteral("tst"));
    QStringList names;
    auto query = session.value()->run(
        QStringLiteral("SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY 1"),
        {prefix});
    while (query && query->next())
        names << query->value(0).toString();
    return names;
}

TestRestoreProduction::Live TestRestoreProduction::makeLive(const QString &prefix)
{
    Live live;
    live.database = createDatabase(prefix);
    m_prefixes << live.database;
    auto installed = DemoDatabase::install(spec(live.database), loadCatalog(realMigrationsDir()));
    if (!installed.ok())
        qWarning("%s", qPrintable(installed.error().fullText()));
    auto record =
        BackupJob({spec(live.database), {}, m_dir.filePath(QStringLiteral("backups")), m_catalog})
            .run();
    if (!record)
        qWarning("%s", qPrintable(record.error().fullText()));
    else
        live.backup = record.value();
    // Written after the backup: gone once production is restored from it.
    exec(live.database, QStringLiteral("CREATE TABLE written_after_backup AS SELECT 1 AS id"));
    return live;
}

QDateTime TestRestoreProduction::nextStamp()
{
    return QDateTime::currentDateTimeUtc().addSecs(++m_stamps);
}

void TestRestoreProduction::swapsWithAConnectedClientAndKeepsTheOldDatabaseRenamed()
{
    const Live live = makeLive(QStringLiteral("rp_swap"));
    QVERIFY(!live.backup.file.isEmpty());
    // The database itself has an owner and grants of its own, which no dump restores.
    m_owner = QStringLiteral("rp_owner_%1").arg(QCoreApplication::applicationPid());
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner));
    QVERIFY(
        exec(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_owner)));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(live.database, m_owner)));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(live.database)));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("GRANT CONNECT ON DATABASE %1 TO PUBLIC").arg(live.database)));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("ALTER DATABASE %1 CONNECTION LIMIT 40").arg(live.database)));
    const QString propertiesSql = QStringLiteral(
        "SELECT pg_get_userbyid(datdba) || ' ' || datconnlimit || ' ' || datacl::text FROM pg_database WHERE datname = '%1'");
    const QString properties =
        scalar(QStringLiteral("postgres"), propertiesSql.arg(live.database)).toString();
    QVERIFY(properties.startsWith(m_owner + QStringLiteral(" 40 ")));
    auto client = DatabaseSession::open(spec(live.database),
                                        QStringLiteral("tst-client"));  // the backend, say
    QVERIFY(client.ok());
    QVERIFY(client.value()->scalar(QStringLiteral("SELECT count(*) FROM users")).ok());

    const QDateTime when = nextStamp();
    ProductionRestoreRequest request{
        productionSpec(live.database), live.backup.file, live.database, {}, 2, m_catalog, when};
    QStringList steps;
    ProductionRestore restore(request);
    restore.setStepHandler([&steps](const QString &step) { steps << step; });
    auto report = restore.run();
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));

    const QString previous = ProductionRestore::previousName(live.database, when);
    QCOMPARE(report->previousDatabase, previous);
    QVERIFY(report->sessionsTerminated >= 1);
    QVERIFY(
        !client.value()->scalar(QStringLiteral("SELECT 1")).ok());  // its session was terminated
    // The live name holds the backup's data; the old database is kept, with what came after.
    QVERIFY(!scalar(live.database,
                    QStringLiteral("SELECT to_regclass('written_after_backup') IS NOT NULL"))
                 .toBool());
    QCOMPARE(scalar(live.database, QStringLiteral("SELECT count(*) FROM users")).toLongLong(),
             live.backup.rowCounts.value(QStringLiteral("public.users")));
    QVERIFY(
        scalar(previous, QStringLiteral("SELECT to_regclass('written_after_backup') IS NOT NULL"))
            .toBool());
    QVERIFY(databasesLike(ProductionRestore::restoredName(live.database, when)).isEmpty());
    QCOMPARE(scalar(QStringLiteral("postgres"), propertiesSql.arg(live.database)).toString(),
             properties);
    QVERIFY(
        scalar(QStringLiteral("postgres"),
               QStringLiteral(
                   "SELECT bool_and(datallowconn) FROM pg_database WHERE datname IN ('%1', '%2')")
                   .arg(live.database, previous))
            .toBool());

    // Under maintenance, ended as a success, and audited in both databases.
    QCOMPARE(
        scalar(
            previous,
            QStringLiteral(
                "SELECT string_agg(action || ':' || outcome, ',') FROM mathakine_admin.maintenance"))
            .toString(),
        QStringLiteral("restore:success"));
    for (const QString &db : {live.database, previous}) {
        auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
        auto log = HistoryStore(*session.value()).auditLog();
        QVERIFY(log.ok());
        QVERIFY2(std::any_of(log->begin(), log->end(),
                             [](const AuditEntry &e) {
                                 return e.action == QLatin1String("restore-production")
                                     && e.success;
                             }),
                 qPrintable(db));
    }
    QVERIFY(steps.size() >= 3);
}

void TestRestoreProduction::refusedWithoutTheTypedNameOrARecordedBackupWithNothingCreated()
{
    const Live live = makeLive(QStringLiteral("rp_refuse"));
    ProductionRestoreRequest wrongName{productionSpec(live.database),
                                       live.backup.file,
                                       QStringLiteral("mathakine"),
                                       {},
                                       0,
                                       m_catalog,
                                       nextStamp()};
    auto refused = ProductionRestore(wrongName).run();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().exitCode, ExitCode::Usage);

    const QString copy = m_dir.filePath(QStringLiteral("unrecorded.dump"));
    QVERIFY(QFile::copy(live.backup.file, copy));
    ProductionRestoreRequest unrecorded{
        productionSpec(live.database), copy, live.database, {}, 0, m_catalog, nextStamp()};
    refused = ProductionRestore(unrecorded).run();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("not a verified backup")),
             qPrintable(refused.error().fullText()));
    QCOMPARE(databasesLike(live.database), QStringList{live.database});
}

void TestRestoreProduction::rowCountsDifferentFromTheBackupLeaveTheLiveDatabaseUntouched()
{
    const Live live = makeLive(QStringLiteral("rp_counts"));
    // The same file recorded with one row too many: the copy cannot match it.
    const QString copy = m_dir.filePath(QStringLiteral("miscounted.dump"));
    QVERIFY(QFile::copy(live.backup.file, copy));
    BackupRecord wrong = live.backup;
    wrong.file = copy;
    wrong.rowCounts[QStringLiteral("public.users")] += 1;
    QVERIFY(BackupCatalog(m_catalog).add(wrong).ok());

    const QDateTime when = nextStamp();
    auto refused = ProductionRestore(
                       {productionSpec(live.database), copy, live.database, {}, 0, m_catalog, when})
                       .run();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("row counts differ")),
             qPrintable(refused.error().fullText()));
    QVERIFY(refused.error().detail.contains(QStringLiteral("public.users")));
    QVERIFY(refused.error().hint.contains(QStringLiteral("not touched")));
    QCOMPARE(databasesLike(live.database),
             QStringList{live.database});  // no copy, no renamed database
    QVERIFY(scalar(live.database,
                   QStringLiteral("SELECT to_regclass('written_after_backup') IS NOT NULL"))
                .toBool());
}

void TestRestoreProduction::aFailedSecondRenameUndoesTheFirst()
{
    const QString live = createDatabase(QStringLiteral("rp_undo"));
    m_prefixes << live;
    QVERIFY(exec(live, QStringLiteral("CREATE TABLE marker (id int)")));
    auto client = DatabaseSession::open(spec(live), QStringLiteral("tst-client"));
    auto admin =
        DatabaseSession::open(spec(QStringLiteral("postgres")), QStringLiteral("tst-admin"));
    QVERIFY(ServerStatement::applyTimeouts(*admin.value(), {}).ok());
    const QString previous = live + QStringLiteral("_before");
    // The replacement does not exist: the first rename succeeds, the second fails (3D000).
    auto swapped =
        DatabaseSwap::run(*admin.value(), live, live + QStringLiteral("_missing"), previous);
    QVERIFY(!swapped.ok());
    QCOMPARE(swapped.error().sqlState, QStringLiteral("3D000"));
    QVERIFY(databasesLike(previous).isEmpty());
    QVERIFY(scalar(live, QStringLiteral("SELECT to_regclass('marker') IS NOT NULL"))
                .toBool());  // connections allowed again
    QVERIFY(!client.value()->scalar(QStringLiteral("SELECT 1")).ok());
}

void TestRestoreProduction::cliRestoresAndSaysWhereTheOldDatabaseIs()
{
    const Live live = makeLive(QStringLiteral("rp_cli"));
    const QProcessEnvironment env = appDataEnv(m_dir.filePath(QStringLiteral("app")));
    const auto unconfirmed = runCli({QStringLiteral("--url"), url(live.database),
                                     QStringLiteral("restore-production"), live.backup.file},
                                    env);
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains(QStringLiteral("--confirm %1").arg(live.database)),
             qPrintable(unconfirmed.err));

    const auto run =
        runCli({QStringLiteral("--url"), url(live.database), QStringLiteral("restore-production"),
                live.backup.file, QStringLiteral("--confirm"), live.database},
               env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Database %1 restored").arg(live.database)),
             qPrintable(run.out));
    const QStringList kept = databasesLike(live.database + QStringLiteral("_before_restore_"));
    QCOMPARE(kept.size(), 1);
    QVERIFY(run.out.contains(kept.constFirst()));
    QVERIFY(!scalar(live.database,
                    QStringLiteral("SELECT to_regclass('written_after_backup') IS NOT NULL"))
                 .toBool());
}

QTEST_GUILESS_MAIN(TestRestoreProduction)
#include "tst_restore_production.moc"
