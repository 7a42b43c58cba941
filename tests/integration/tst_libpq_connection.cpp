// libpq's conventions against real servers: a pg_service.conf service (by ?service= and by
// PGSERVICE), PGPASSFILE (and libpq ignoring a file others can read), PGAPPNAME kept as a
// suffix, and TLS on a second throwaway cluster with a certificate made here by openssl:
// verify-full accepts the certificate's host name and refuses another one clearly.
#include "TestServer.h"

#include "connection/ConnectionResolver.h"
#include "connection/ConnectionUrl.h"
#include "connection/DatabaseSession.h"
#include "ops/Sandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace mathakine;

namespace {
const QString kPassword = QStringLiteral("Libpq-Pass-42");

bool writeFile(const QString &path, const QByteArray &text, QFileDevice::Permissions mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text);
    file.close();
    return file.setPermissions(mode);
}

// Runs a statement on the session; the error text when it fails.
QString run(const DatabaseSession &session, const QString &sql)
{
    auto result = session.run(sql);
    return result ? QString() : result.error().fullText();
}
}  // namespace

class TestLibpqConnection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void serviceFileConnectsByUrlAndByPgservice();
    void pgpassfileSuppliesThePasswordUnlessOthersCanReadIt();
    void pgappnameIsASuffixOfTheToolsName();
    void verifyFullAcceptsTheCertificatesHostName();
    void verifyFullRefusesAnotherHostNameClearly();
    void verifyFullWithoutTheRootCertificateFailsClearly();

private:
    bool startTlsCluster(QString *error);
    ConnectionSpec tlsSpec(const QString &host, const QString &rootCert) const;

    QTemporaryDir m_dir;
    ConnectionProfile m_server;  // the shared test server, through its socket
    std::unique_ptr<Sandbox> m_tls;
    int m_tlsPort = 0;
    QString m_rootCert;
};

void TestLibpqConnection::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    // The TLS cluster runs as postgres when we are root: it must be able to enter the folder.
    QFile::setPermissions(m_dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    m_server = testsupport::spec().profile;
    testsupport::exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS libpq_user"));
    QString error;
    QVERIFY2(testsupport::exec(
                 QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE libpq_user LOGIN PASSWORD '%1'").arg(kPassword),
                 &error),
             qPrintable(error));
    QVERIFY2(startTlsCluster(&error), qPrintable(error));
}

void TestLibpqConnection::cleanupTestCase()
{
    testsupport::exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS libpq_user"));
    if (m_tls)
        QVERIFY(m_tls->destroy().ok());
}

void TestLibpqConnection::cleanup()
{
    for (const char *name :
         {"PGSERVICEFILE", "PGSERVICE", "PGPASSFILE", "PGAPPNAME", "PGSSLROOTCERT"})
        qunsetenv(name);
}

// A second cluster with ssl on and a self-signed certificate for "localhost" only.
bool TestLibpqConnection::startTlsCluster(QString *error)
{
    m_tls = std::make_unique<Sandbox>(m_dir.filePath(QStringLiteral("tls-cluster")));
    auto state = m_tls->start(QStringLiteral("mathakine"));
    if (!state) {
        *error = state.error().fullText();
        return false;
    }
    m_tlsPort = state->port;
    const QString crt = state->dataDir + QLatin1String("/server.crt");
    const QString key = state->dataDir + QLatin1String("/server.key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error =
            QStringLiteral("openssl: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    // The server reads its key only when it owns it and nobody else can.
    const QFileInfo data(state->dataDir);
    for (const QString &path : {crt, key}) {
        if (::chown(QFile::encodeName(path).constData(), data.ownerId(), data.groupId()) != 0) {
            *error = QStringLiteral("chown %1 failed").arg(path);
            return false;
        }
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_rootCert = m_dir.filePath(QStringLiteral("root.crt"));
    QFile::copy(crt, m_rootCert);

    auto admin = DatabaseSession::open({m_tls->profile(QStringLiteral("postgres")), {}},
                                       QStringLiteral("tls-setup"));
    if (!admin) {
        *error = admin.error().fullText();
        return false;
    }
    for (const QString &sql :
         {QStringLiteral("CREATE ROLE libpq_user LOGIN PASSWORD '%1'").arg(kPassword),
          QStringLiteral("ALTER SYSTEM SET ssl = on"), QStringLiteral("SELECT pg_reload_conf()")}) {
        if (*error = run(*admin.value(), sql); !error->isEmpty())
            return false;
    }
    // The reload is asynchronous: wait until a TLS connection is accepted.
    QElapsedTimer timer;
    timer.start();
    ConnectionSpec probe = tlsSpec(QStringLiteral("127.0.0.1"), {});
    probe.profile.sslMode = QStringLiteral("require");
    while (timer.elapsed() < 20000) {
        if (DatabaseSession::open(probe, QStringLiteral("tls-probe")))
            return true;
        QThread::msleep(200);
    }
    *error = QStringLiteral("the TLS cluster did not accept sslmode=require within 20 s");
    return false;
}

ConnectionSpec TestLibpqConnection::tlsSpec(const QString &host, const QString &rootCert) const
{
    const QString url =
        QStringLiteral("postgresql://libpq_user@%1:%2/mathakine?sslmode=verify-full%3")
            .arg(host)
            .arg(m_tlsPort)
            .arg(rootCert.isEmpty() ? QString() : QStringLiteral("&sslrootcert=") + rootCert);
    auto spec = ConnectionUrl::parse(url);
    spec->password = kPassword;
    return spec.value();
}

void TestLibpqConnection::serviceFileConnectsByUrlAndByPgservice()
{
    const QString serviceFile = m_dir.filePath(QStringLiteral("pg_service.conf"));
    QVERIFY(writeFile(
        serviceFile,
        QStringLiteral(
            "# test server\n[mathakine_tst]\nhost=%1\nport=%2\ndbname=mathakine\nuser=postgres\n")
            .arg(m_server.host)
            .arg(m_server.port)
            .toUtf8(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGSERVICEFILE", QFile::encodeName(serviceFile));

    auto byUrl =
        ConnectionResolver::resolve(QStringLiteral("postgresql:///?service=mathakine_tst"), {});
    QVERIFY2(byUrl.ok(), qPrintable(byUrl.error().fullText()));
    auto session = DatabaseSession::open(byUrl.value(), QStringLiteral("tst"));
    QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
    QCOMPARE(session.value()->server().database, QStringLiteral("mathakine"));
    QCOMPARE(session.value()->server().user, QStringLiteral("postgres"));

    qputenv("PGSERVICE", "mathakine_tst");
    auto byEnv = ConnectionResolver::resolve({}, {});
    QVERIFY2(byEnv.ok(), qPrintable(byEnv.error().fullText()));
    QCOMPARE(byEnv->profile.name, QStringLiteral("mathakine_tst"));
    QCOMPARE(byEnv->profile.port, m_server.port);
    QVERIFY2(DatabaseSession::open(byEnv.value(), QStringLiteral("tst")).ok(),
             "PGSERVICE connection failed");
}

void TestLibpqConnection::pgpassfileSuppliesThePasswordUnlessOthersCanReadIt()
{
    const QString passFile = m_dir.filePath(QStringLiteral("pgpass"));
    QVERIFY(writeFile(passFile,
                      QStringLiteral("127.0.0.1:%1:mathakine:libpq_user:%2\n")
                          .arg(m_server.port)
                          .arg(kPassword)
                          .toUtf8(),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    // No password anywhere but the file: libpq reads it (password authentication over TCP).
    auto spec = ConnectionUrl::parse(
        QStringLiteral("postgresql://libpq_user@127.0.0.1:%1/mathakine?sslmode=disable")
            .arg(m_server.port));
    QVERIFY(spec.ok());
    QVERIFY(spec->password.isEmpty());
    auto session = DatabaseSession::open(spec.value(), QStringLiteral("tst"));
    QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
    QCOMPARE(session.value()->server().user, QStringLiteral("libpq_user"));

    QFile::setPermissions(
        passFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    auto refused = DatabaseSession::open(spec.value(), QStringLiteral("tst"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().exitCode, ExitCode::CannotConnect);
    QVERIFY2(refused.error().message.contains(QStringLiteral("none is known")),
             qPrintable(refused.error().fullText()));
}

void TestLibpqConnection::pgappnameIsASuffixOfTheToolsName()
{
    qputenv("PGAPPNAME", "nightly deploy");
    auto session = DatabaseSession::open(testsupport::spec(), QStringLiteral("tst"));
    QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
    auto name =
        session.value()->scalar(QStringLiteral("SELECT current_setting('application_name')"));
    QVERIFY(name.ok());
    QCOMPARE(name.value().toString(), QStringLiteral("mathakine-admin/nightly deploy"));
}

void TestLibpqConnection::verifyFullAcceptsTheCertificatesHostName()
{
    auto session = DatabaseSession::open(tlsSpec(QStringLiteral("localhost"), m_rootCert),
                                         QStringLiteral("tst"));
    QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
    auto ssl = session.value()->scalar(
        QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY(ssl.ok());
    QVERIFY(ssl.value().toBool());

    // The same through PGSSLROOTCERT, which libpq reads itself.
    qputenv("PGSSLROOTCERT", QFile::encodeName(m_rootCert));
    QVERIFY2(
        DatabaseSession::open(tlsSpec(QStringLiteral("localhost"), {}), QStringLiteral("tst")).ok(),
        "verify-full with PGSSLROOTCERT failed");
}

void TestLibpqConnection::verifyFullRefusesAnotherHostNameClearly()
{
    auto session = DatabaseSession::open(tlsSpec(QStringLiteral("127.0.0.1"), m_rootCert),
                                         QStringLiteral("tst"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().exitCode, ExitCode::CannotConnect);
    const QString message = session.error().message;
    QVERIFY2(message.contains(QStringLiteral("certificate"))
                 && message.contains(QStringLiteral("127.0.0.1"))
                 && message.contains(QStringLiteral("verify-full")),
             qPrintable(session.error().fullText()));
}

void TestLibpqConnection::verifyFullWithoutTheRootCertificateFailsClearly()
{
    auto session =
        DatabaseSession::open(tlsSpec(QStringLiteral("localhost"), {}), QStringLiteral("tst"));
    QVERIFY(!session.ok());
    QVERIFY2(session.error().message.contains(QStringLiteral("cannot be verified")),
             qPrintable(session.error().fullText()));
}

QTEST_GUILESS_MAIN(TestLibpqConnection)
#include "tst_libpq_connection.moc"
