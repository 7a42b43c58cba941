#include "MigrationFixtures.h"
#include "TestServer.h"

#include "backup/BackupJob.h"
#include "backup/BackupTools.h"
#include "backup/DatabaseClone.h"
#include "backup/RestoreJob.h"
#include "connection/ConnectionUrl.h"
#include "connection/ProfileStore.h"
#include "ops/DemoDatabase.h"
#include "rowcount/BackupRowCounts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <signal.h>

using namespace mathakine;
using namespace testsupport;

// Backups, restores and clones against the real server: the acceptance of issue 6 part 1-2.
class TestBackup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pgDumpOlderThanTheServerIsExplainedBeforeItRuns_data();
    void pgDumpOlderThanTheServerIsExplainedBeforeItRuns();
    void backupRestoresIntoANewDatabaseWithIdenticalRowCounts();
    void cliBackupWritesADumpThatPgRestoreReadsAndRestoreMatchesCounts();
    void passwordNeverShowsInTheChildCommandLineOrEnvironment();
    void killedPgDumpLeavesNoFileThatLooksComplete();
    void restoreRefusesAnExistingDatabaseUnlessReplace();
    void restoreIsRefusedOnAProductionProfile();
    void cloneRestoresACopyAndSavesATestProfile();

private:
    BackupRequest request(const ConnectionSpec &spec) const;
    QString newDatabaseName(const QString &prefix);
    QString m_demo;  // a database with the Mathakine baseline and demo rows
    QTemporaryDir m_dir;
    QStringList m_created;  // databases made by restores, dropped at the end
};

namespace {
// Holds an ACCESS EXCLUSIVE lock on a table so that pg_dump waits inside its run.
struct TableLock {
    std::unique_ptr<DatabaseSession> session;
    TableLock(const QString &db, const QString &table)
    {
        session = std::move(DatabaseSession::open(spec(db), QStringLiteral("tst-lock")).value());
        session->database().transaction();
        QVERIFY(
            session->run(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(table)).ok());
    }
    void release() { session->database().rollback(); }
};

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitFor(const std::atomic<qint64> &value, int timeoutMs = 20000)
{
    for (int waited = 0; value == 0 && waited < timeoutMs; waited += 20)
        QThread::msleep(20);
    return value != 0;
}
}  // namespace

void TestBackup::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    m_demo = createDatabase(QStringLiteral("backup_demo"));
    auto installed = DemoDatabase::install(spec(m_demo), loadCatalog(realMigrationsDir()));
    QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().fullText()));
}

void TestBackup::cleanupTestCase()
{
    for (const QString &db : std::as_const(m_created))
        dropDatabase(db);
}

BackupRequest TestBackup::request(const ConnectionSpec &spec) const
{
    return {spec,
            {},
            m_dir.filePath(QStringLiteral("backups")),
            m_dir.filePath(QStringLiteral("backups.json"))};
}

QString TestBackup::newDatabaseName(const QString &prefix)
{
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(prefix)
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_created.size());
    dropDatabase(name);
    m_created << name;
    return name;
}

void TestBackup::pgDumpOlderThanTheServerIsExplainedBeforeItRuns_data()
{
    QTest::addColumn<int>("toolMajor");
    QTest::addColumn<int>("server");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same major") << 15 << 150018 << true;
    QTest::newRow("newer tool") << 16 << 150018 << true;
    QTest::newRow("older tool") << 15 << 160004 << false;
    QTest::newRow("9.6 server") << 15 << 90624 << true;
}

void TestBackup::pgDumpOlderThanTheServerIsExplainedBeforeItRuns()
{
    QFETCH(int, toolMajor);
    QFETCH(int, server);
    QFETCH(bool, ok);
    const Status status =
        BackupTools::checkCompatible(toolMajor, QString::number(toolMajor), server);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QVERIFY(status.error().message.contains(QStringLiteral("older than the server")));
        QVERIFY(status.error().hint.contains(QStringLiteral("postgresql-client-16")));
    }
    QCOMPARE(BackupTools::parseMajor(
                 QStringLiteral("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")),
             15);
}

void TestBackup::backupRestoresIntoANewDatabaseWithIdenticalRowCounts()
{
    QList<BackupProgress> progress;
    BackupJob job(request(spec(m_demo)));
    job.setProgressHandler([&](const BackupProgress &p) { progress << p; });
    auto record = job.run();
    QVERIFY2(record.ok(), qPrintable(record.error().fullText()));
    QVERIFY(
        QFileInfo(record->file).fileName().startsWith(QStringLiteral("backup_%1_").arg(m_demo)));
    QVERIFY(record->file.endsWith(QStringLiteral(".dump")));
    QVERIFY(record->fileIntact());
    QCOMPARE(record->migrationVersion, QStringLiteral("0001"));
    QVERIFY(record->serverVersion.startsWith(QStringLiteral("15")));
    QVERIFY(record->rowCounts.value(QStringLiteral("public.users")) > 0);
    QVERIFY(std::any_of(progress.begin(), progress.end(), [](const BackupProgress &p) {
        return p.phase == BackupProgress::Phase::Dumping
            && p.table == QLatin1String("public.users");
    }));
    QVERIFY(BackupCatalog(m_dir.filePath(QStringLiteral("backups.json")))
                .find(record->file)
                .has_value());

    const QString copy = newDatabaseName(QStringLiteral("restored"));
    RestoreJob restore({spec(m_demo), record->file, copy, false, false, 2,
                        m_dir.filePath(QStringLiteral("backups.json"))});
    // Two parallel jobs print two lines per table: progress must still count each table once.
    int lastDone = 0, total = 0;
    bool overCount = false;
    restore.setProgressHandler([&](const RestoreProgress &p) {
        if (p.phase != RestoreProgress::Phase::Restoring)
            return;
        overCount = overCount || p.tablesDone > p.tablesTotal || p.tablesDone <= lastDone;
        lastDone = p.tablesDone;
        total = p.tablesTotal;
    });
    auto report = restore.run();
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QVERIFY(report->countsRecorded);
    QVERIFY(report->clean());
    auto source = DatabaseSession::open(spec(m_demo), QStringLiteral("tst"));
    auto restored = DatabaseSession::open(spec(copy), QStringLiteral("tst"));
    QCOMPARE(BackupRowCounts::count(*restored.value()).value(),
             BackupRowCounts::count(*source.value()).value());
    QVERIFY(!overCount);
    QVERIFY(total > 0);
    QCOMPARE(lastDone, total);
}

void TestBackup::cliBackupWritesADumpThatPgRestoreReadsAndRestoreMatchesCounts()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    const QString file = m_dir.filePath(QStringLiteral("cli/backup_cli.dump"));
    const auto backup = runCli({QStringLiteral("--url"), url(m_demo), QStringLiteral("backup"),
                                QStringLiteral("--out"), file},
                               env);
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(backup.out.contains(file));
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));

    QProcess list;
    list.start(BackupTools::newest()->pgRestore, {QStringLiteral("--list"), file});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
    QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public users"));

    const QString copy = newDatabaseName(QStringLiteral("cli_restored"));
    const auto restore = runCli({QStringLiteral("--url"), url(m_demo), QStringLiteral("restore"),
                                 file, QStringLiteral("--into"), copy},
                                env);
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
    QVERIFY2(restore.out.contains(QStringLiteral("Row counts identical")), qPrintable(restore.out));
    QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM users")),
             scalar(m_demo, QStringLiteral("SELECT count(*) FROM users")));
}

void TestBackup::passwordNeverShowsInTheChildCommandLineOrEnvironment()
{
    const QString role = QStringLiteral("backup_pw_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("Dump-Secret-4711");
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE pg_read_all_data")
                     .arg(role, password)));
    auto parsed =
        ConnectionUrl::parse(QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=disable")
                                 .arg(role, password)
                                 .arg(spec().profile.port)
                                 .arg(m_demo));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->password, password);

    TableLock lock(m_demo, QStringLiteral("users"));  // pg_dump waits here, visible in /proc
    std::atomic<qint64> pid{0};
    BackupJob job(request(parsed.value()));
    job.setStartHandler([&pid](qint64 started) { pid = started; });
    Outcome<BackupRecord> record = AppError{};
    QThread *worker = QThread::create([&] { record = job.run(); });
    worker->start();
    QVERIFY(waitFor(pid));
    QThread::msleep(300);
    const QByteArray cmdline = procFile(pid, "cmdline");
    const QByteArray environ = procFile(pid, "environ");
    QVERIFY2(cmdline.contains("pg_dump"), cmdline.constData());
    QVERIFY(!cmdline.contains(password.toUtf8()));
    QVERIFY(!environ.isEmpty());
    QVERIFY(!environ.contains(password.toUtf8()));
    QVERIFY(environ.contains("PGPASSFILE="));
    lock.release();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY2(record.ok(), qPrintable(record.error().fullText()));  // the passfile did authenticate
    QVERIFY(record->fileIntact());
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE %1").arg(role));
}

void TestBackup::killedPgDumpLeavesNoFileThatLooksComplete()
{
    const QString folder = m_dir.filePath(QStringLiteral("killed"));
    const QString catalogPath = m_dir.filePath(QStringLiteral("killed.json"));
    TableLock lock(m_demo, QStringLiteral("users"));
    std::atomic<qint64> pid{0};
    BackupJob job({spec(m_demo), {}, folder, catalogPath});
    job.setStartHandler([&pid](qint64 started) { pid = started; });
    Outcome<BackupRecord> record = AppError{};
    QThread *worker = QThread::create([&] { record = job.run(); });
    worker->start();
    QVERIFY(waitFor(pid));
    QThread::msleep(300);
    QVERIFY(QFile::exists(job.plannedFile() + QStringLiteral(".partial"))
            || !QFile::exists(job.plannedFile()));
    QCOMPARE(::kill(static_cast<pid_t>(pid.load()), SIGKILL), 0);
    QVERIFY(worker->wait(60000));
    delete worker;
    lock.release();
    QVERIFY(!record.ok());
    QVERIFY2(record.error().message.contains(QStringLiteral("killed")),
             qPrintable(record.error().fullText()));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());
    QVERIFY(BackupCatalog(catalogPath).load()->isEmpty());
}

void TestBackup::restoreRefusesAnExistingDatabaseUnlessReplace()
{
    auto record = BackupJob(request(spec(m_demo))).run();
    QVERIFY2(record.ok(), qPrintable(record.error().fullText()));
    const QString existing = createDatabase(QStringLiteral("restore_existing"));
    m_created << existing;
    exec(existing, QStringLiteral("CREATE TABLE keep_me (id int)"));
    const QString catalogPath = m_dir.filePath(QStringLiteral("backups.json"));
    auto refused =
        RestoreJob({spec(m_demo), record->file, existing, false, false, 0, catalogPath}).run();
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("already exists")));
    QVERIFY(scalar(existing, QStringLiteral("SELECT to_regclass('keep_me') IS NOT NULL")).toBool());

    auto replaced =
        RestoreJob({spec(m_demo), record->file, existing, true, false, 0, catalogPath}).run();
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
    QVERIFY(replaced->clean());
    QVERIFY(
        !scalar(existing, QStringLiteral("SELECT to_regclass('keep_me') IS NOT NULL")).toBool());
}

void TestBackup::restoreIsRefusedOnAProductionProfile()
{
    auto record = BackupJob(request(spec(m_demo))).run();
    QVERIFY(record.ok());
    ConnectionSpec production = spec(m_demo);
    production.profile.name = QStringLiteral("prod");
    production.profile.environment = Environment::Production;
    const QString target = newDatabaseName(QStringLiteral("never"));
    auto refused = RestoreJob({production, record->file, target, false, false, 0, {}}).run();
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("production")));
    QVERIFY(!scalar(QStringLiteral("postgres"),
                    QStringLiteral("SELECT count(*) > 0 FROM pg_database WHERE datname = '%1'")
                        .arg(target))
                 .toBool());
}

void TestBackup::cloneRestoresACopyAndSavesATestProfile()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MathakineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backup"));
    ConnectionSpec production = spec(m_demo);
    production.profile.name = QStringLiteral("prod");
    production.profile.environment = Environment::Production;
    const QString copy = newDatabaseName(QStringLiteral("clone"));
    CloneRequest sameDb{production,
                        production,
                        m_demo,
                        {},
                        false,
                        m_dir.filePath(QStringLiteral("clone")),
                        m_dir.filePath(QStringLiteral("clone.json"))};
    QVERIFY(!DatabaseClone::checkTarget(sameDb).ok());
    CloneRequest replaceOnProduction = sameDb;
    replaceOnProduction.targetDatabase = copy;
    replaceOnProduction.replace = true;
    QVERIFY(!DatabaseClone::checkTarget(replaceOnProduction).ok());

    CloneRequest request = sameDb;
    request.targetDatabase = copy;
    request.profileName = QStringLiteral("clone-%1").arg(copy);
    auto result = DatabaseClone(request).run();
    QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
    QVERIFY(result->restore.clean());
    QCOMPARE(result->profile.environment, Environment::Test);
    QCOMPARE(result->profile.database, copy);
    const auto saved = ProfileStore().find(request.profileName);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->environment, Environment::Test);
    ProfileStore().remove(request.profileName);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
