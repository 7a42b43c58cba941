#include "log/Redactor.h"

#include <QTest>

using namespace mathakine;

class TestRedactor : public QObject {
    Q_OBJECT

private slots:
    void masksSecrets_data();
    void masksSecrets();
    void masksRegisteredSecretsVerbatim();
};

void TestRedactor::masksSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");

    QTest::newRow("conninfo") << "host=h password=hunter2 user=u"
                              << "hunter2";
    QTest::newRow("conninfo quoted") << "password='a b\\'c' user=u"
                                     << "a b";
    QTest::newRow("upper case") << "PASSWORD = Zorglub99"
                                << "Zorglub99";
    QTest::newRow("url credentials") << "connecting to postgresql://admin:Tr0ub4dor@db:5432/x"
                                     << "Tr0ub4dor";
    QTest::newRow("env assignment") << "PGPASSWORD=xyzzy123 pg_dump"
                                    << "xyzzy123";
    QTest::newRow("pwd key") << "pwd=abc123;host=h"
                             << "abc123";
}

void TestRedactor::masksSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString output = Redactor::redact(input);
    QVERIFY2(!output.contains(secret), qPrintable(output));
    QVERIFY(output.contains(QLatin1String(Redactor::mask)));
}

void TestRedactor::masksRegisteredSecretsVerbatim()
{
    const QString text = QStringLiteral("server said: role uses s3cr3t-Value as its key");
    QCOMPARE(Redactor::redact(text), text);
    Redactor::registerSecret(QStringLiteral("s3cr3t-Value"));
    QVERIFY(!Redactor::redact(text).contains(QStringLiteral("s3cr3t-Value")));
    QCOMPARE(Redactor::redact(std::string("x s3cr3t-Value y")), std::string("x *** y"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
