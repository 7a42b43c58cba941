#include "MigrationFixtures.h"
#include "TestServer.h"

#include "backup/BackupJob.h"
#include "backup/BackupTools.h"
#include "connection/ConnectionUrl.h"
#include "ops/DemoDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mathakine;
using namespace testsupport;

// Backups and restores when things go wrong on purpose (issue 16, item 5): a truncated
// dump, a kill -9 of the tool in the middle of a backup, owners missing on the target.
class TestBackupFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void truncatedDumpPassesTheTableOfContentsButNotTheWholeRead();
    void truncatedDumpIsRefusedWithNoDatabaseAndNothingSaidRestored();
    void restoreKeepingOwnersOfAMissingRoleDropsTheDatabaseItCreated();
    void killedCliDuringABackupTakesPgDumpWithItAndNextStartRemovesItsFiles();

private:
    QString newDatabaseName(const QString &prefix);
    bool databaseExists(const QString &name) const;
    QString m_demo;
    QString m_dump;  // a verified dump of m_demo
    QTemporaryDir m_dir;
    QStringList m_created;
};

namespace {
QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Running, and not a zombie waiting for its new parent to reap it.
bool processRunning(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) != 'Z';
}

// The pg_dump processes whose command line names file.
QList<qint64> pgDumpsWriting(const QString &file)
{
    QList<qint64> pids;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || !processRunning(pid))
            continue;
        const QByteArray cmdline = procFile(pid, "cmdline");
        if (cmdline.contains("pg_dump") && cmdline.contains(file.toUtf8()))
            pids << pid;
    }
    return pids;
}

QString environValue(qint64 pid, const QByteArray &name)
{
    for (const QByteArray &entry : procFile(pid, "environ").split('\0')) {
        if (entry.startsWith(name + '='))
            return QString::fromUtf8(entry.mid(name.size() + 1));
    }
    return {};
}
}  // namespace

void TestBackupFaults::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    m_demo = createDatabase(QStringLiteral("faults_demo"));
    auto installed = DemoDatabase::install(spec(m_demo), loadCatalog(realMigrationsDir()));
    QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().fullText()));
    // Data well past the table of contents at the head of the file, as in a real dump.
    QVERIFY(exec(
        m_demo,
        QStringLiteral(
            "CREATE TABLE filler AS SELECT g AS id, md5(g::text) AS payload FROM generate_series(1, 100000) g")));
    auto record = BackupJob({spec(m_demo),
                             {},
                             m_dir.filePath(QStringLiteral("backups")),
                             m_dir.filePath(QStringLiteral("backups.json"))})
                      .run();
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().fullText()));
    QVERIFY(record->verifyMs >= 0 && record->dumpMs > 0);
    m_dump = record->file;
}

void TestBackupFaults::cleanupTestCase()
{
    for (const QString &db : std::as_const(m_created))
        dropDatabase(db);
}

QString TestBackupFaults::newDatabaseName(const QString &prefix)
{
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(prefix)
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_created.size());
    dropDatabase(name);
    m_created << name;
    return name;
}

bool TestBackupFaults::databaseExists(const QString &name) const
{
    return scalar(QStringLiteral("postgres"),
                  QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name))
               .toInt()
        > 0;
}

static QString truncatedCopy(const QString &dump, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(dump, to))
        return {};
    QFile file(to);
    return file.resize(QFileInfo(dump).size() / 2) ? to : QString();
}

void TestBackupFaults::truncatedDumpPassesTheTableOfContentsButNotTheWholeRead()
{
    const QString half = truncatedCopy(m_dump, m_dir.filePath(QStringLiteral("half-toc.dump")));
    QVERIFY(!half.isEmpty());
    const QString pgRestore = BackupTools::newest()->pgRestore;
    BackupProcess process;
    QVERIFY(
        process.run(pgRestore, {QStringLiteral("--list"), half}, {}).ok());  // the fault as found
    const ProcessRun read = process.readWholeArchive(pgRestore, half);
    QVERIFY(!read.ok());
    QVERIFY(process.readWholeArchive(pgRestore, m_dump).ok());
}

void TestBackupFaults::truncatedDumpIsRefusedWithNoDatabaseAndNothingSaidRestored()
{
    const QString half = truncatedCopy(m_dump, m_dir.filePath(QStringLiteral("half.dump")));
    QVERIFY(!half.isEmpty());
    const QString target = newDatabaseName(QStringLiteral("half"));
    const auto run = runCli({QStringLiteral("--url"), url(m_demo), QStringLiteral("restore"), half,
                             QStringLiteral("--into"), target},
                            appDataEnv(m_dir.filePath(QStringLiteral("cli"))));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains(QStringLiteral("Restored"))
                 && !run.err.contains(QStringLiteral("Restored")),
             qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("truncated or corrupt")), qPrintable(run.err));
    QVERIFY(!databaseExists(target));
}

void TestBackupFaults::restoreKeepingOwnersOfAMissingRoleDropsTheDatabaseItCreated()
{
    const QString role = QStringLiteral("gone_owner_%1").arg(QCoreApplication::applicationPid());
    const QString source = newDatabaseName(QStringLiteral("owned"));
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY(exec(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)));
    QVERIFY(exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(source)));
    QVERIFY(
        exec(source,
             QStringLiteral(
                 "CREATE TABLE owned_by_role AS SELECT g AS id FROM generate_series(1, 50) g")));
    QVERIFY(exec(source, QStringLiteral("ALTER TABLE owned_by_role OWNER TO %1").arg(role)));
    const QString file = m_dir.filePath(QStringLiteral("owned.dump"));
    const QProcessEnvironment env = appDataEnv(m_dir.filePath(QStringLiteral("cli")));
    const auto backup = runCli({QStringLiteral("--url"), url(source), QStringLiteral("backup"),
                                QStringLiteral("--out"), file},
                               env);
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    dropDatabase(source);
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("DROP ROLE %1").arg(role)));  // the target server lacks it now

    const QString target = newDatabaseName(QStringLiteral("keep_owners"));
    const auto run = runCli({QStringLiteral("--url"), url(m_demo), QStringLiteral("restore"), file,
                             QStringLiteral("--into"), target, QStringLiteral("--keep-owners")},
                            env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains(QStringLiteral("Restored")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("was dropped")) && run.err.contains(role),
             qPrintable(run.err));
    QVERIFY(!databaseExists(target));

    // The same dump without --keep-owners restores: the refusal was about the owner only.
    const auto plain = runCli({QStringLiteral("--url"), url(m_demo), QStringLiteral("restore"),
                               file, QStringLiteral("--into"), target},
                              env);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.out + plain.err));
    QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM owned_by_role")).toInt(), 50);
}

void TestBackupFaults::killedCliDuringABackupTakesPgDumpWithItAndNextStartRemovesItsFiles()
{
    // Big enough for pg_dump to run for seconds: ~2 million rows of 64 hexadecimal characters.
    const QString big = newDatabaseName(QStringLiteral("big"));
    QVERIFY(exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(big)));
    QVERIFY(exec(
        big,
        QStringLiteral(
            "CREATE TABLE filler AS SELECT g AS id, md5(g::text) || md5((g * 7)::text) AS payload"
            " FROM generate_series(1, 2000000) g")));
    const QString role = QStringLiteral("kill_pw_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("Kill-Secret-0815");
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY(exec(QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE pg_read_all_data")
                     .arg(role, password)));
    const QString cliUrl = QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=disable")
                               .arg(role, password)
                               .arg(spec().profile.port)
                               .arg(big);

    const QString data = m_dir.filePath(QStringLiteral("killed"));
    const QString file = m_dir.filePath(QStringLiteral("killed/big.dump"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(appDataEnv(data));
    cli.setProcessEnvironment(env);
    cli.start(
        qEnvironmentVariable("MATHAKINE_ADMIN_BIN"),
        {QStringLiteral("--url"), cliUrl, QStringLiteral("backup"), QStringLiteral("--out"), file});
    QVERIFY(cli.waitForStarted());

    // Wait until pg_dump writes data, then kill the tool as hard as can be.
    qint64 pgDump = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000
           && (pgDump == 0 || QFileInfo(file + QStringLiteral(".partial")).size() < 100000)) {
        const QList<qint64> pids = pgDumpsWriting(file);
        pgDump = pids.isEmpty() ? pgDump : pids.constFirst();
        QThread::msleep(20);
    }
    QVERIFY2(pgDump != 0 && QFileInfo::exists(file + QStringLiteral(".partial")),
             "pg_dump never started writing");
    const QString passFile = environValue(pgDump, "PGPASSFILE");
    QVERIFY(!passFile.isEmpty() && QFile::exists(passFile));
    cli.kill();
    QVERIFY(cli.waitForFinished(10000));

    // pg_dump dies with it (it would otherwise go on for seconds and complete the file).
    timer.restart();
    while (processRunning(pgDump) && timer.elapsed() < 5000)
        QThread::msleep(20);
    QVERIFY2(!processRunning(pgDump), "pg_dump survived the tool");
    QVERIFY(pgDumpsWriting(file).isEmpty());
    // What a kill -9 leaves, until the next start: the partial dump and the password.
    QVERIFY(QFile::exists(file + QStringLiteral(".partial")));
    QVERIFY(QFile::exists(passFile));

    const auto next =
        runCli({QStringLiteral("backup"), QStringLiteral("--list")}, appDataEnv(data));
    QCOMPARE(next.exitCode, 0);
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
    QVERIFY(!QFile::exists(passFile));
    QVERIFY(!QFileInfo::exists(QFileInfo(passFile).absolutePath()));
    QVERIFY(!QFile::exists(file));
    // AppDataLocation under the child's XDG_DATA_HOME: <organization>/<application>.
    QVERIFY(QDir(data + QStringLiteral("/data/Mathakine/mathakine-admin/leases"))
                .entryList(QDir::Files)
                .isEmpty());
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE %1").arg(role));
}

QTEST_GUILESS_MAIN(TestBackupFaults)
#include "tst_backup_faults.moc"
