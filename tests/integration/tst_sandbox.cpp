#include "TestServer.h"

#include "connection/DatabaseSession.h"
#include "ops/Sandbox.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;

class TestSandbox : public QObject {
    Q_OBJECT

private slots:
    void fixtureSandboxIsRunningAndReachable();
    void startStopCycleOfASecondSandbox();
};

void TestSandbox::fixtureSandboxIsRunningAndReachable()
{
    REQUIRE_SERVER();
    auto session = DatabaseSession::open(testsupport::spec(), QStringLiteral("tst"));
    QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
    QVERIFY(session.value()->server().versionNumber >= 150000);
    QCOMPARE(session.value()->server().database, QStringLiteral("mathakine"));
}

void TestSandbox::startStopCycleOfASecondSandbox()
{
    QTemporaryDir parent(QStringLiteral("/tmp/mathakine-sbx-XXXXXX"));
    QVERIFY(parent.isValid());
    QFile::setPermissions(parent.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    Sandbox sandbox(parent.filePath(QStringLiteral("sbx")));
    QVERIFY(!sandbox.status().running);

    auto started = sandbox.start(QStringLiteral("demo"));
    QVERIFY2(started.ok(), qPrintable(started.error().fullText()));
    QVERIFY(started->running);
    QVERIFY(started->port > 0);
    QVERIFY(QFileInfo::exists(started->dataDir + QStringLiteral("/PG_VERSION")));

    auto again = sandbox.start(QStringLiteral("demo"));  // idempotent
    QVERIFY(again.ok());
    QCOMPARE(again->port, started->port);
    {
        auto session = DatabaseSession::open({sandbox.profile(), {}}, QStringLiteral("tst"));
        QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
        QCOMPARE(session.value()->server().database, QStringLiteral("demo"));
    }
    QVERIFY(sandbox.stop().ok());
    QVERIFY(!sandbox.status().running);
    auto refused = DatabaseSession::open({sandbox.profile(), {}}, QStringLiteral("tst"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().exitCode, ExitCode::CannotConnect);
    QVERIFY(sandbox.destroy().ok());
    QVERIFY(!QFileInfo::exists(parent.filePath(QStringLiteral("sbx"))));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
