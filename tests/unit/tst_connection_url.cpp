#include "connection/ConnectionUrl.h"

#include <QTest>

using namespace mathakine;

class TestConnectionUrl : public QObject {
    Q_OBJECT

private slots:
    void parsesWellFormedUrls_data();
    void parsesWellFormedUrls();
    void rejectsMalformedUrlsNamingThePart_data();
    void rejectsMalformedUrlsNamingThePart();
    void databaseUrlTakesPrecedenceOverPgVariables();
    void pgVariablesBuildAProfile();
    void noConnectionInEnvironmentIsAUsageError();
    void urlOfAProfileNeverCarriesThePassword();
};

void TestConnectionUrl::parsesWellFormedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("full")
        << "postgresql://admin:s3cret@db.example.org:6543/mathakine?sslmode=require"
        << "admin"
        << "s3cret"
        << "db.example.org" << 6543 << "mathakine"
        << "require";
    QTest::newRow("postgres scheme, default port") << "postgres://u@host/db"
                                                   << "u"
                                                   << ""
                                                   << "host" << 5432 << "db"
                                                   << "prefer";
    QTest::newRow("percent-encoded password") << "postgresql://u:p%40ss%3Aw%2Frd@h/db"
                                              << "u"
                                              << "p@ss:w/rd"
                                              << "h" << 5432 << "db"
                                              << "prefer";
    QTest::newRow("unicode user") << "postgresql://j%C3%A9r%C3%B4me@h/db"
                                  << "jérôme"
                                  << ""
                                  << "h" << 5432 << "db"
                                  << "prefer";
    QTest::newRow("ipv6 with port") << "postgresql://u@[::1]:5433/db"
                                    << "u"
                                    << ""
                                    << "::1" << 5433 << "db"
                                    << "prefer";
    QTest::newRow("ipv6 without port") << "postgresql://u@[fe80::1]/db"
                                       << "u"
                                       << ""
                                       << "fe80::1" << 5432 << "db"
                                       << "prefer";
    QTest::newRow("socket dir in host param") << "postgresql://u@/db?host=/var/run/postgresql"
                                              << "u"
                                              << ""
                                              << "/var/run/postgresql" << 5432 << "db"
                                              << "prefer";
    QTest::newRow("encoded socket dir") << "postgresql://u@%2Ftmp%2Fsock:5439/db"
                                        << "u"
                                        << ""
                                        << "/tmp/sock" << 5439 << "db"
                                        << "prefer";
    QTest::newRow("missing database defaults to user") << "postgresql://alice@h"
                                                       << "alice"
                                                       << ""
                                                       << "h" << 5432 << "alice"
                                                       << "prefer";
    QTest::newRow("password with @ unencoded") << "postgresql://u:a@b@h/db"
                                               << "u"
                                               << "a@b"
                                               << "h" << 5432 << "db"
                                               << "prefer";
    QTest::newRow("surrounding spaces") << "  postgresql://u@h/db  "
                                        << "u"
                                        << ""
                                        << "h" << 5432 << "db"
                                        << "prefer";
}

void TestConnectionUrl::parsesWellFormedUrls()
{
    QFETCH(QString, url);
    auto parsed = ConnectionUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QTEST(parsed->profile.user, "user");
    QTEST(parsed->password, "password");
    QTEST(parsed->profile.host, "host");
    QTEST(parsed->profile.port, "port");
    QTEST(parsed->profile.database, "database");
    QTEST(parsed->profile.sslMode, "sslMode");
}

void TestConnectionUrl::rejectsMalformedUrlsNamingThePart_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("part");

    QTest::newRow("wrong scheme") << "mysql://u@h/db"
                                  << "Scheme";
    QTest::newRow("no scheme") << "u@h/db"
                               << "Scheme";
    QTest::newRow("port too big") << "postgresql://u@h:99999/db"
                                  << "Port";
    QTest::newRow("port not a number") << "postgresql://u@h:abc/db"
                                       << "Port";
    QTest::newRow("empty port") << "postgresql://u@h:/db"
                                << "Port";
    QTest::newRow("unclosed ipv6") << "postgresql://u@[::1/db"
                                   << "IPv6";
    QTest::newRow("several hosts") << "postgresql://u@h1,h2/db"
                                   << "several hosts";
    QTest::newRow("bad percent in password") << "postgresql://u:%zz@h/db"
                                             << "Password";
    QTest::newRow("bad percent in host") << "postgresql://u@h%4/db"
                                         << "Host";
    QTest::newRow("invalid utf8") << "postgresql://%C3%28@h/db"
                                  << "User name";
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=maybe"
                                 << "sslmode";
    QTest::newRow("unknown parameter") << "postgresql://u@h/db?foo=bar"
                                       << "foo";
    QTest::newRow("parameter without value") << "postgresql://u@h/db?sslmode"
                                             << "sslmode";
    QTest::newRow("slash in database") << "postgresql://u@h/db/x"
                                       << "Database name";
    QTest::newRow("space in host") << "postgresql://u@my host/db"
                                   << "Host";
    QTest::newRow("negative timeout") << "postgresql://u@h/db?connect_timeout=-3"
                                      << "connect_timeout";
}

void TestConnectionUrl::rejectsMalformedUrlsNamingThePart()
{
    QFETCH(QString, url);
    QFETCH(QString, part);
    auto parsed = ConnectionUrl::parse(url);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().exitCode, ExitCode::Usage);
    QVERIFY2(parsed.error().message.contains(part), qPrintable(parsed.error().message));
}

void TestConnectionUrl::databaseUrlTakesPrecedenceOverPgVariables()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("postgresql://fromurl@h/dburl"));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("fromenv"));
    auto parsed = ConnectionUrl::fromEnvironment(env);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->profile.user, QStringLiteral("fromurl"));

    env.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("postgresql://u@h:0/db"));
    auto bad = ConnectionUrl::fromEnvironment(env);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.startsWith(QStringLiteral("DATABASE_URL")));
}

void TestConnectionUrl::pgVariablesBuildAProfile()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGHOST"), QStringLiteral("pg.local"));
    env.insert(QStringLiteral("PGPORT"), QStringLiteral("5440"));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("bob"));
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("verify-full"));
    auto parsed = ConnectionUrl::fromEnvironment(env);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->profile.host, QStringLiteral("pg.local"));
    QCOMPARE(parsed->profile.port, 5440);
    QCOMPARE(parsed->profile.database, QStringLiteral("bob"));
    QCOMPARE(parsed->password, QStringLiteral("pw"));
    QCOMPARE(parsed->profile.sslMode, QStringLiteral("verify-full"));

    env.insert(QStringLiteral("PGPORT"), QStringLiteral("port"));
    auto bad = ConnectionUrl::fromEnvironment(env);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("PGPORT")));
}

void TestConnectionUrl::noConnectionInEnvironmentIsAUsageError()
{
    auto parsed = ConnectionUrl::fromEnvironment(QProcessEnvironment());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().exitCode, ExitCode::Usage);
}

void TestConnectionUrl::urlOfAProfileNeverCarriesThePassword()
{
    auto parsed = ConnectionUrl::parse(
        QStringLiteral("postgresql://u:topsecret@[::1]:5433/db?sslmode=require"));
    QVERIFY(parsed.ok());
    const QString url = ConnectionUrl::toUrl(parsed->profile);
    QVERIFY(!url.contains(QStringLiteral("topsecret")));
    auto again = ConnectionUrl::parse(url);
    QVERIFY(again.ok());
    QCOMPARE(again->profile.host, QStringLiteral("::1"));
    QCOMPARE(again->profile.sslMode, QStringLiteral("require"));
}

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connection_url.moc"
