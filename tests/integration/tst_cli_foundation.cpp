#include "TestServer.h"

#include "ops/Sandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using testsupport::runCli;

class TestCliFoundation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommands();
    void versionPrintsTheVersion();
    void unknownCommandIsAUsageError();
    void badUrlExitsTwoNamingThePart();
    void closedPortExitsThreeQuickly();
    void statusPrintsServerVersion();
    void statusAsJson();
    void passwordsNeverReachTheLogFile();
    void sandboxStatusReportsTheFixtureServer();

private:
    QTemporaryDir m_dir;
};

void TestCliFoundation::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    testsupport::exec(QStringLiteral("postgres"),
                      QStringLiteral("DROP ROLE IF EXISTS cli_pw_user"));
    QVERIFY(testsupport::exec(
        QStringLiteral("postgres"),
        QStringLiteral("CREATE ROLE cli_pw_user LOGIN PASSWORD 'Cli-Secret-777'")));
}

void TestCliFoundation::helpListsTheCommands()
{
    const auto run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"status", "sandbox"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    QVERIFY(run.out.contains(QStringLiteral("--url")));
}

void TestCliFoundation::versionPrintsTheVersion()
{
    const auto run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("mathakine-admin ")));
}

void TestCliFoundation::unknownCommandIsAUsageError()
{
    const auto run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
}

void TestCliFoundation::badUrlExitsTwoNamingThePart()
{
    const auto run = runCli({QStringLiteral("--url"), QStringLiteral("postgresql://u@h:70000/db"),
                             QStringLiteral("status")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Port")), qPrintable(run.err));
}

void TestCliFoundation::closedPortExitsThreeQuickly()
{
    const auto run = runCli({QStringLiteral("--url"),
                             QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=3"),
                             QStringLiteral("status")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.elapsedMs < 5000);
}

void TestCliFoundation::statusPrintsServerVersion()
{
    const auto run = runCli({QStringLiteral("--url"), testsupport::url(QStringLiteral("mathakine")),
                             QStringLiteral("status")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("PostgreSQL 15")), qPrintable(run.out));
}

void TestCliFoundation::statusAsJson()
{
    const auto run =
        runCli({QStringLiteral("--json"), QStringLiteral("--url"),
                testsupport::url(QStringLiteral("mathakine")), QStringLiteral("status")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("\"serverVersionNumber\"")));
}

void TestCliFoundation::passwordsNeverReachTheLogFile()
{
    const QString logFile = m_dir.filePath(QStringLiteral("cli.log"));
    const int port = testsupport::spec().profile.port;
    const QString good =
        QStringLiteral(
            "postgresql://cli_pw_user:Cli-Secret-777@127.0.0.1:%1/postgres?sslmode=disable")
            .arg(port);
    const QString bad =
        QStringLiteral(
            "postgresql://cli_pw_user:Wrong-Secret-888@127.0.0.1:%1/postgres?sslmode=disable")
            .arg(port);
    const auto ok = runCli({QStringLiteral("-v"), QStringLiteral("--log-file"), logFile,
                            QStringLiteral("--url"), good, QStringLiteral("status")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const auto wrong = runCli({QStringLiteral("-v"), QStringLiteral("--log-file"), logFile,
                               QStringLiteral("--url"), bad, QStringLiteral("status")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains(QStringLiteral("Wrong password")));

    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray content = log.readAll();
    QVERIFY(content.contains("cli_pw_user"));
    QVERIFY(!content.contains("Cli-Secret-777"));
    QVERIFY(!content.contains("Wrong-Secret-888"));
    for (const QString &output : {ok.out, ok.err, wrong.out, wrong.err}) {
        QVERIFY(!output.contains(QStringLiteral("Cli-Secret-777")));
        QVERIFY(!output.contains(QStringLiteral("Wrong-Secret-888")));
    }
}

void TestCliFoundation::sandboxStatusReportsTheFixtureServer()
{
    const auto run =
        runCli({QStringLiteral("--json"), QStringLiteral("sandbox"), QStringLiteral("status"),
                QStringLiteral("--dir"), qEnvironmentVariable("MATHAKINE_TEST_SANDBOX")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("\"running\": true")));
}

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
