#include "MigrationFixtures.h"
#include "TestServer.h"

#include "migrate/HistoryStore.h"
#include "run/MigrationRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mathakine;
using namespace testsupport;

// What can go wrong around a migration run: concurrency, locks, edits, kills, cancels.
class TestMigrationSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twoConcurrentRunsNeverBothApply();
    void heldLockIsReportedWithItsHolder();
    void lockTimeoutFiresWhenAnotherSessionHoldsALockOnUsers();
    void driftIsDetectedAfterAnEditButNotAfterCrlfConversion();
    void terminatedConnectionLeavesNoPartialMigration();
    void cancelStopsALongMigrationWithinTwoSeconds();
    void failedNonTransactionalMigrationIsRecordedAndRerunnable();

private:
    QString slowFolder();
    QTemporaryDir m_dir;
};

namespace {
constexpr int kLockClass = 0x4D41;  // the runner's advisory lock ('MA', 1)

RunOptions options(int lockTimeoutMs = 2000)
{
    RunOptions o;
    o.lockTimeoutMs = lockTimeoutMs;
    return o;
}

int historyCount(const QString &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM mathakine_admin.schema_history"))
        .toInt();
}

// The backend pid running the given text for the runner, waiting up to 10 s for it to start.
int waitForRunnerQuery(const QString &db, const QString &fragment)
{
    for (int i = 0; i < 200; ++i) {
        const int pid =
            scalar(
                db,
                QStringLiteral(
                    "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'mathakine-admin'"
                    " AND state = 'active' AND query LIKE '%%1%' AND pid <> pg_backend_pid()")
                    .arg(fragment))
                .toInt();
        if (pid > 0)
            return pid;
        QThread::msleep(50);
    }
    return 0;
}
}  // namespace

void TestMigrationSafety::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

QString TestMigrationSafety::slowFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("slow"));
    if (!QFile::exists(dir))
        writeMigration(
            dir, QStringLiteral("0001"),
            QStringLiteral(
                "CREATE TABLE slow_first (id int);\nSELECT pg_sleep(20);\nCREATE TABLE slow_second (id int);"),
            QStringLiteral("DROP TABLE slow_second;\nDROP TABLE slow_first;"));
    return dir;
}

void TestMigrationSafety::twoConcurrentRunsNeverBothApply()
{
    const QString dir = m_dir.filePath(QStringLiteral("two"));
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE raced (id int);\nSELECT pg_sleep(1.5);"),
                   QStringLiteral("DROP TABLE raced;"));
    const QString db = createDatabase(QStringLiteral("race"));
    const QStringList args{QStringLiteral("--url"), url(db), QStringLiteral("--migrations"), dir,
                           QStringLiteral("upgrade")};
    QProcess first, second;
    first.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), args);
    second.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), args);
    QVERIFY(first.waitForFinished(30000));
    QVERIFY(second.waitForFinished(30000));
    QList<int> codes{first.exitCode(), second.exitCode()};
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int>{0, 5}));
    const QString loserErr = QString::fromUtf8(
        first.exitCode() == 5 ? first.readAllStandardError() : second.readAllStandardError());
    QVERIFY2(loserErr.contains(
                 QStringLiteral("Migration in progress by postgres@local (mathakine-admin) since")),
             qPrintable(loserErr));
    QCOMPARE(historyCount(db), 1);
}

void TestMigrationSafety::heldLockIsReportedWithItsHolder()
{
    const QString db = createDatabase(QStringLiteral("held"));
    auto holder = DatabaseSession::open(spec(db), QStringLiteral("holder"));
    QVERIFY(
        holder.value()->run(QStringLiteral("SELECT pg_advisory_lock(%1, 1)").arg(kLockClass)).ok());
    auto report = MigrationRun(spec(db), options()).upgrade(loadCatalog(realMigrationsDir()), {});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().exitCode, ExitCode::Locked);
    QVERIFY2(report.error().message.contains(QStringLiteral("postgres@local (mathakine-admin)")),
             qPrintable(report.error().message));
    QVERIFY(report.error().hint.contains(QString::number(holder.value()->server().backendPid)));
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('public.users') IS NOT NULL")).toBool());
}

void TestMigrationSafety::lockTimeoutFiresWhenAnotherSessionHoldsALockOnUsers()
{
    const QString db = createDatabase(QStringLiteral("locktimeout"));
    const MigrationCatalog catalog = loadCatalog(realMigrationsDir());
    QVERIFY(MigrationRun(spec(db), options()).upgrade(catalog, QStringLiteral("0001")).ok());
    // A reader in a long transaction: its ACCESS SHARE lock blocks ALTER TABLE users.
    auto reader = DatabaseSession::open(spec(db), QStringLiteral("reader"));
    QVERIFY(reader.value()->database().transaction());
    QVERIFY(reader.value()->run(QStringLiteral("SELECT count(*) FROM users")).ok());

    QElapsedTimer timer;
    timer.start();
    RunOptions noRetries = options(300);
    noRetries.lockRetries =
        0;  // 0002's header asks for retries; the plain lock timeout is tested here
    auto report = MigrationRun(spec(db), noRetries).upgrade(catalog, QStringLiteral("0002"));
    QVERIFY(!report.ok());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(report.error().exitCode, ExitCode::MigrationFailed);
    QVERIFY2(report.error().detail.contains(QStringLiteral("lock timeout")),
             qPrintable(report.error().detail));
    QCOMPARE(report.error().kind, ErrorKind::LockTimeout);
    QVERIFY2(report.error().hint.contains(
                 QStringLiteral("pid %1").arg(reader.value()->server().backendPid)),
             qPrintable(report.error().hint));
    QCOMPARE(historyCount(db), 1);
    reader.value()->database().rollback();
    QVERIFY(MigrationRun(spec(db), options()).upgrade(catalog, QStringLiteral("0002")).ok());
}

void TestMigrationSafety::driftIsDetectedAfterAnEditButNotAfterCrlfConversion()
{
    const QString dir = m_dir.filePath(QStringLiteral("drift"));
    copyRealMigrations(dir, 2);
    const QString db = createDatabase(QStringLiteral("drift"));
    QVERIFY(MigrationRun(spec(db), options()).upgrade(loadCatalog(dir), {}).ok());

    const QString file = dir + QStringLiteral("/0002_user_extensions.sql");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    auto rewrite = [&](const QByteArray &content) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
    };
    QByteArray crlf = original;
    rewrite(crlf.replace("\n", "\r\n"));
    auto afterCrlf = MigrationRun(spec(db), options()).upgrade(loadCatalog(dir), {});
    QVERIFY2(afterCrlf.ok(), qPrintable(afterCrlf.error().fullText()));

    QByteArray edited = original;
    rewrite(edited.replace("DEFAULT 'youngling'", "DEFAULT 'padawan'"));
    auto refused = MigrationRun(spec(db), options()).upgrade(loadCatalog(dir), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("0002")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().hint.contains(QStringLiteral("--accept-drift")));
    const auto status = runCli({QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                                dir, QStringLiteral("status")});
    QVERIFY2(status.out.contains(QStringLiteral("(drift): "))
                 && status.out.contains(QStringLiteral("0002_user_extensions.sql")),
             qPrintable(status.out));

    RunOptions accept = options();
    accept.acceptDrift = true;
    QVERIFY(MigrationRun(spec(db), accept).upgrade(loadCatalog(dir), {}).ok());
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'accept-drift' AND version = '0002'"))
            .toInt(),
        1);
    QVERIFY(MigrationRun(spec(db), options())
                .upgrade(loadCatalog(dir), {})
                .ok());  // accepted once, quiet after
}

void TestMigrationSafety::terminatedConnectionLeavesNoPartialMigration()
{
    const QString db = createDatabase(QStringLiteral("kill"));
    const MigrationCatalog catalog = loadCatalog(slowFolder());
    Outcome<RunReport> report = AppError{};
    QThread *worker =
        QThread::create([&] { report = MigrationRun(spec(db), options()).upgrade(catalog, {}); });
    worker->start();
    const int pid = waitForRunnerQuery(db, QStringLiteral("pg_sleep"));
    QVERIFY(pid > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());
    QVERIFY(worker->wait(20000));
    delete worker;
    QVERIFY(!report.ok());
    QCOMPARE(report.error().exitCode, ExitCode::MigrationFailed);
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('public.slow_first') IS NOT NULL"))
                 .toBool());
    QCOMPARE(historyCount(db), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'failure'"))
                 .toInt(),
             1);
}

void TestMigrationSafety::cancelStopsALongMigrationWithinTwoSeconds()
{
    const QString db = createDatabase(QStringLiteral("cancel"));
    const MigrationCatalog catalog = loadCatalog(slowFolder());
    MigrationRun runner(spec(db), options());
    Outcome<RunReport> report = AppError{};
    QThread *worker = QThread::create([&] { report = runner.upgrade(catalog, {}); });
    worker->start();
    QVERIFY(waitForRunnerQuery(db, QStringLiteral("pg_sleep")) > 0);
    QElapsedTimer timer;
    timer.start();
    runner.cancel();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("canceled")),
             qPrintable(report.error().message));
    QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('public.slow_first') IS NOT NULL"))
                 .toBool());
    QCOMPARE(historyCount(db), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'cancel'"))
                 .toInt(),
             1);
}

void TestMigrationSafety::failedNonTransactionalMigrationIsRecordedAndRerunnable()
{
    const QString dir = m_dir.filePath(QStringLiteral("nontx"));
    const QString up =
        QStringLiteral("CREATE TABLE IF NOT EXISTS nt (id int);\n"
                       "CREATE INDEX CONCURRENTLY IF NOT EXISTS nt_id_idx ON nt (id);\n"
                       "INSERT INTO %1 VALUES (1);");
    const QString header = QStringLiteral("-- transactional: false");
    writeMigration(dir, QStringLiteral("0001"), up.arg(QStringLiteral("missing_table")),
                   QStringLiteral("DROP TABLE nt;"), header);
    const QString db = createDatabase(QStringLiteral("nontx"));
    auto failed = MigrationRun(spec(db), options()).upgrade(loadCatalog(dir), {});
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("took effect")));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT state || ':' || failed_statement FROM mathakine_admin.schema_history WHERE version = '0001'"))
            .toString(),
        QStringLiteral("failed:3"));
    QVERIFY(
        scalar(db, QStringLiteral("SELECT to_regclass('public.nt_id_idx') IS NOT NULL")).toBool());
    const auto status = runCli({QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                                dir, QStringLiteral("status")});
    QVERIFY2(status.out.contains(QStringLiteral("section at statement 3")), qPrintable(status.out));
    QVERIFY(status.out.contains(QStringLiteral("2 statement(s) before it took effect")));
    QVERIFY(status.out.contains(QStringLiteral("Way out")));

    writeMigration(dir, QStringLiteral("0001"), up.arg(QStringLiteral("nt")),
                   QStringLiteral("DROP TABLE nt;"), header);
    auto fixed = MigrationRun(spec(db), options()).upgrade(loadCatalog(dir), {});
    QVERIFY2(fixed.ok(), qPrintable(fixed.error().fullText()));
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT state FROM mathakine_admin.schema_history WHERE version = '0001'"))
                 .toString(),
             QStringLiteral("applied"));
}

QTEST_GUILESS_MAIN(TestMigrationSafety)
#include "tst_migration_safety.moc"
