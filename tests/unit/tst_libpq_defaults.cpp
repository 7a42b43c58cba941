// libpq's conventions without a server: the service file (lookup order, syntax errors naming
// the line, precedence of URL > service > PG* variables), PGSSLMODE / PGCONNECT_TIMEOUT /
// PGAPPNAME, and the password file's "ignored when readable by others" rule.
#include "connection/ConnectionKeywords.h"
#include "connection/ConnectionUrl.h"
#include "connection/PgPassFile.h"
#include "connection/PgServiceFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;

class TestLibpqDefaults : public QObject {
    Q_OBJECT

private slots:
    void init();
    void userServiceFileWinsOverTheSystemOne();
    void systemServiceFileComesFromPgsysconfdir();
    void urlKeywordsWinOverTheServiceWhichWinsOverVariables();
    void pgserviceAloneIsAConnection();
    void unknownServiceNamesTheFilesSearched();
    void syntaxErrorNamesTheFileAndLine();
    void badValueInTheServiceNamesTheLineAndKeyword();
    void serviceNamesAreListedOnceSorted();
    void pgsslmodeAndPgconnectTimeoutApplyToUrlsWithoutThem();
    void pgappnameIsKeptAsASuffix();
    void passwordFileReadableByOthersIsIgnored();

private:
    QString write(const QString &name, const QByteArray &text);
    QProcessEnvironment env() const;

    QTemporaryDir m_dir;
};

void TestLibpqDefaults::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestLibpqDefaults::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

// An environment whose service files are ours alone.
QProcessEnvironment TestLibpqDefaults::env() const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("PGSERVICEFILE"), m_dir.filePath(QStringLiteral("user.conf")));
    e.insert(QStringLiteral("PGSYSCONFDIR"), m_dir.filePath(QStringLiteral("etc")));
    e.insert(QStringLiteral("USER"), QStringLiteral("osuser"));
    return e;
}

void TestLibpqDefaults::userServiceFileWinsOverTheSystemOne()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("etc"));
    write(QStringLiteral("user.conf"),
          "# mine\n[reporting]\nhost=user-host\nport=5500\n\n[other]\nhost=x\n");
    write(QStringLiteral("etc/pg_service.conf"), "[reporting]\nhost=system-host\ndbname=sysdb\n");
    auto spec = ConnectionUrl::fromService(QStringLiteral("reporting"), env());
    QVERIFY2(spec.ok(), qPrintable(spec.error().fullText()));
    QCOMPARE(spec->profile.host, QStringLiteral("user-host"));
    QCOMPARE(spec->profile.port, 5500);
    QCOMPARE(spec->profile.database, QStringLiteral("osuser"));  // not merged with the system file
    QCOMPARE(spec->profile.name, QStringLiteral("reporting"));
}

void TestLibpqDefaults::systemServiceFileComesFromPgsysconfdir()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("etc"));
    write(QStringLiteral("etc/pg_service.conf"),
          "[shared]\nhost=system-host\ndbname=sysdb\nuser=ops\n");
    auto spec = ConnectionUrl::parse(QStringLiteral("postgresql:///?service=shared"), env());
    QVERIFY2(spec.ok(), qPrintable(spec.error().fullText()));
    QCOMPARE(spec->profile.host, QStringLiteral("system-host"));
    QCOMPARE(spec->profile.database, QStringLiteral("sysdb"));
    QCOMPARE(spec->profile.user, QStringLiteral("ops"));
}

void TestLibpqDefaults::urlKeywordsWinOverTheServiceWhichWinsOverVariables()
{
    write(
        QStringLiteral("user.conf"),
        "[svc]\nhost=svc-host\ndbname=svcdb\nsslmode=verify-full\nsslrootcert=/etc/ca.crt\nport=6000\n");
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("PGHOST"), QStringLiteral("env-host"));
    e.insert(QStringLiteral("PGUSER"), QStringLiteral("env-user"));
    e.insert(QStringLiteral("PGPORT"), QStringLiteral("7000"));
    auto spec = ConnectionUrl::parse(QStringLiteral("postgresql://url-user@/urldb?service=svc"), e);
    QVERIFY2(spec.ok(), qPrintable(spec.error().fullText()));
    QCOMPARE(spec->profile.user, QStringLiteral("url-user"));   // URL
    QCOMPARE(spec->profile.database, QStringLiteral("urldb"));  // URL over service
    QCOMPARE(spec->profile.host, QStringLiteral("svc-host"));   // service over PGHOST
    QCOMPARE(spec->profile.port, 6000);                         // service over PGPORT
    QCOMPARE(spec->profile.sslMode, QStringLiteral("verify-full"));
    QVERIFY2(spec->profile.options.contains(QStringLiteral("sslrootcert=/etc/ca.crt")),
             qPrintable(spec->profile.options));
}

void TestLibpqDefaults::pgserviceAloneIsAConnection()
{
    write(QStringLiteral("user.conf"), "[svc]\nhost=svc-host\n");
    QProcessEnvironment e = env();
    QVERIFY(!ConnectionUrl::environmentHasConnection(e));
    e.insert(QStringLiteral("PGSERVICE"), QStringLiteral("svc"));
    QVERIFY(ConnectionUrl::environmentHasConnection(e));
    auto spec = ConnectionUrl::fromEnvironment(e);
    QVERIFY2(spec.ok(), qPrintable(spec.error().fullText()));
    QCOMPARE(spec->profile.host, QStringLiteral("svc-host"));
    QCOMPARE(spec->profile.name, QStringLiteral("svc"));
}

void TestLibpqDefaults::unknownServiceNamesTheFilesSearched()
{
    write(QStringLiteral("user.conf"), "[svc]\nhost=h\n");
    auto spec = ConnectionUrl::parse(QStringLiteral("postgresql://u@h/db?service=missing"), env());
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().exitCode, ExitCode::Usage);
    QVERIFY2(spec.error().message.contains(QStringLiteral("\"missing\"")),
             qPrintable(spec.error().message));
    QVERIFY2(spec.error().message.contains(m_dir.filePath(QStringLiteral("user.conf"))),
             qPrintable(spec.error().message));
    QVERIFY2(spec.error().message.contains(m_dir.filePath(QStringLiteral("etc/pg_service.conf"))),
             qPrintable(spec.error().message));
}

void TestLibpqDefaults::syntaxErrorNamesTheFileAndLine()
{
    write(QStringLiteral("user.conf"), "[svc]\nhost=h\nport 5432\n");
    auto spec = ConnectionUrl::fromService(QStringLiteral("svc"), env());
    QVERIFY(!spec.ok());
    QVERIFY2(spec.error().message.contains(m_dir.filePath(QStringLiteral("user.conf"))),
             qPrintable(spec.error().message));
    QVERIFY2(spec.error().message.contains(QStringLiteral("line 3")),
             qPrintable(spec.error().message));

    write(QStringLiteral("user.conf"), "[svc]\nservice=other\n");
    auto nested = ConnectionUrl::fromService(QStringLiteral("svc"), env());
    QVERIFY(!nested.ok());
    QVERIFY2(nested.error().message.contains(QStringLiteral("line 2")),
             qPrintable(nested.error().message));
}

void TestLibpqDefaults::badValueInTheServiceNamesTheLineAndKeyword()
{
    write(QStringLiteral("user.conf"), "[svc]\nhost=h\nsslmode=maybe\n");
    auto spec = ConnectionUrl::fromService(QStringLiteral("svc"), env());
    QVERIFY(!spec.ok());
    QVERIFY2(spec.error().message.contains(QStringLiteral("line 3")),
             qPrintable(spec.error().message));
    QVERIFY2(spec.error().message.contains(QStringLiteral("sslmode")),
             qPrintable(spec.error().message));
}

void TestLibpqDefaults::serviceNamesAreListedOnceSorted()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("etc"));
    write(QStringLiteral("user.conf"), "[zeta]\nhost=a\n[alpha]\nhost=b\n");
    write(QStringLiteral("etc/pg_service.conf"), "[alpha]\nhost=c\n[mid]\nhost=d\n");
    QCOMPARE(PgServiceFile::names(env()),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("mid"), QStringLiteral("zeta")}));
}

void TestLibpqDefaults::pgsslmodeAndPgconnectTimeoutApplyToUrlsWithoutThem()
{
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
    e.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("17"));
    auto spec = ConnectionUrl::parse(QStringLiteral("postgresql://u@h/db"), e);
    QVERIFY(spec.ok());
    QCOMPARE(spec->profile.sslMode, QStringLiteral("require"));
    QCOMPARE(spec->profile.connectTimeoutSeconds, 17);
    auto explicitSpec = ConnectionUrl::parse(
        QStringLiteral("postgresql://u@h/db?sslmode=disable&connect_timeout=3"), e);
    QVERIFY(explicitSpec.ok());
    QCOMPARE(explicitSpec->profile.sslMode, QStringLiteral("disable"));
    QCOMPARE(explicitSpec->profile.connectTimeoutSeconds, 3);

    e.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("soon"));
    auto bad = ConnectionUrl::parse(QStringLiteral("postgresql://u@h/db"), e);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("PGCONNECT_TIMEOUT")),
             qPrintable(bad.error().message));
}

void TestLibpqDefaults::pgappnameIsKeptAsASuffix()
{
    QCOMPARE(ConnectionKeywords::applicationName({}), QStringLiteral("mathakine-admin"));
    QCOMPARE(ConnectionKeywords::applicationName(QStringLiteral("nightly deploy")),
             QStringLiteral("mathakine-admin/nightly deploy"));
    auto spec =
        ConnectionUrl::parse(QStringLiteral("postgresql://u@h/db?application_name=ci"), env());
    QVERIFY(spec.ok());
    QCOMPARE(spec->profile.options, QStringLiteral("application_name=mathakine-admin/ci"));
}

void TestLibpqDefaults::passwordFileReadableByOthersIsIgnored()
{
    const QString path = write(QStringLiteral("pgpass"), "db.example:5432:app:alice:s3cret\n");
    ConnectionProfile profile;
    profile.host = QStringLiteral("db.example");
    profile.database = QStringLiteral("app");
    profile.user = QStringLiteral("alice");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(PgPassFile(path).lookup(profile).value_or(QString()), QStringLiteral("s3cret"));
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    QVERIFY(!PgPassFile(path).lookup(profile).has_value());  // libpq ignores it too
}

QTEST_GUILESS_MAIN(TestLibpqDefaults)
#include "tst_libpq_defaults.moc"
