#include "TestServer.h"

#include "connection/DatabaseSession.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <clocale>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mathakine;

// A loopback TCP port that completes the handshake but never answers: a server that hangs.
class SilentListener {
public:
    SilentListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof(a);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof(a));
        ::listen(m_fd, 8);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAndIdentifiesItselfAsMathakineAdmin();
    void sessionsInTwoThreadsUseTheirOwnConnections();
    void wrongPasswordIsReportedAsSuch();
    void closedPortFailsFastAsUnreachable();
    void silentServerIsBoundedByConnectTimeout();
    void failuresAreClassifiedWhenServerAndLibpqSpeakFrench();
    void cleanupTestCase();
};

void TestSession::initTestCase()
{
    REQUIRE_SERVER();
    testsupport::exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS pw_user"));
    QString error;
    QVERIFY2(testsupport::exec(
                 QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE pw_user LOGIN PASSWORD 'Right-Pass-123'"), &error),
             qPrintable(error));
}

void TestSession::opensAndIdentifiesItselfAsMathakineAdmin()
{
    auto session = DatabaseSession::open(testsupport::spec(), QStringLiteral("tst"));
    QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
    auto name =
        session.value()->scalar(QStringLiteral("SELECT current_setting('application_name')"));
    QVERIFY(name.ok());
    QCOMPARE(name.value().toString(), QStringLiteral("mathakine-admin"));
    QVERIFY(session.value()->server().version.startsWith(QStringLiteral("15")));
    QVERIFY(session.value()->server().backendPid > 0);
}

void TestSession::sessionsInTwoThreadsUseTheirOwnConnections()
{
    int otherPid = 0;
    QThread *thread = QThread::create([&otherPid] {
        auto session = DatabaseSession::open(testsupport::spec(), QStringLiteral("worker"));
        if (session)
            otherPid = session.value()->server().backendPid;
    });
    auto mine = DatabaseSession::open(testsupport::spec(), QStringLiteral("main"));
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(mine.ok());
    QVERIFY(otherPid > 0);
    QVERIFY(otherPid != mine.value()->server().backendPid);
}

void TestSession::wrongPasswordIsReportedAsSuch()
{
    ConnectionSpec spec = testsupport::spec();
    spec.profile.host = QStringLiteral("127.0.0.1");
    spec.profile.user = QStringLiteral("pw_user");
    spec.password = QStringLiteral("Wrong-Pass-999");
    auto session = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().exitCode, ExitCode::CannotConnect);
    QVERIFY2(session.error().message.contains(QStringLiteral("Wrong password")),
             qPrintable(session.error().message));

    spec.password = QStringLiteral("Right-Pass-123");
    auto good = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY2(good.ok(), qPrintable(good.error().fullText()));
}

void TestSession::closedPortFailsFastAsUnreachable()
{
    ConnectionSpec spec = testsupport::spec();
    spec.profile.host = QStringLiteral("127.0.0.1");
    spec.profile.port = 1;  // nothing listens on tcpmux
    QElapsedTimer timer;
    timer.start();
    auto session = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().exitCode, ExitCode::CannotConnect);
    QVERIFY2(session.error().message.contains(QStringLiteral("no server is listening")),
             qPrintable(session.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestSession::silentServerIsBoundedByConnectTimeout()
{
    SilentListener silent;
    ConnectionSpec spec = testsupport::spec();
    spec.profile.host = QStringLiteral("127.0.0.1");
    spec.profile.port = silent.port();
    spec.profile.sslMode = QStringLiteral("disable");
    spec.profile.connectTimeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    auto session = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().exitCode, ExitCode::CannotConnect);
    QVERIFY2(session.error().message.contains(QStringLiteral("no answer within 2 s")),
             qPrintable(session.error().message));
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

// The server's startup errors follow its lc_messages, libpq's own ones the client's locale:
// with both in French, every failure must still be told apart (by SQLSTATE, libpq's state and
// the network, never by the wording).
void TestSession::failuresAreClassifiedWhenServerAndLibpqSpeakFrench()
{
    QString error;
    QVERIFY2(testsupport::exec(QStringLiteral("postgres"),
                               QStringLiteral("ALTER SYSTEM SET lc_messages = 'fr_FR.UTF-8'"),
                               &error),
             qPrintable(error));
    QVERIFY(
        testsupport::exec(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")));
    QThread::msleep(300);  // the postmaster re-reads the file asynchronously
    qputenv("LANGUAGE", "fr");
    QVERIFY2(std::setlocale(LC_MESSAGES, "fr_FR.UTF-8"),
             "the locale fr_FR.UTF-8 must exist (tools/install-deps)");

    ConnectionSpec spec = testsupport::spec();
    spec.profile.host = QStringLiteral("127.0.0.1");
    spec.profile.user = QStringLiteral("pw_user");
    spec.password = QStringLiteral("Wrong-Pass-999");
    auto wrong = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().detail.contains(QStringLiteral("authentification")),
             "the server must speak French here");
    QVERIFY2(wrong.error().message.contains(QStringLiteral("Wrong password")),
             qPrintable(wrong.error().fullText()));
    QCOMPARE(wrong.error().sqlState, QStringLiteral("28P01"));

    spec.password = QStringLiteral("Right-Pass-123");
    spec.profile.database = QStringLiteral("no_such_database_here");
    auto missing = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("does not exist")),
             qPrintable(missing.error().fullText()));
    QCOMPARE(missing.error().sqlState, QStringLiteral("3D000"));

    spec = testsupport::spec();
    spec.profile.host = QStringLiteral("127.0.0.1");
    spec.profile.port = 1;
    auto closed = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error().message.contains(QStringLiteral("no server is listening")),
             qPrintable(closed.error().fullText()));

    spec.profile.host = QStringLiteral("no-such-host.invalid");
    auto unknown = DatabaseSession::open(spec, QStringLiteral("tst"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(QStringLiteral("Unknown host name")),
             qPrintable(unknown.error().fullText()));
}

void TestSession::cleanupTestCase()
{
    std::setlocale(LC_MESSAGES, "C");
    qunsetenv("LANGUAGE");
    testsupport::exec(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM RESET lc_messages"));
    testsupport::exec(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
