#include "connection/PgPassFile.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mathakine;

class TestSecrets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pgpassRoundTripsEscapedFieldsWithMode0600();
    void pgpassReplacesTheEntryOfTheSameProfile();
    void savedProfileKeepsItsPasswordOutOfTheSettingsFile();

private:
    QTemporaryDir m_dir;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MathakineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secrets"));
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("pgpass"))));
}

void TestSecrets::pgpassRoundTripsEscapedFieldsWithMode0600()
{
    PgPassFile file(m_dir.filePath(QStringLiteral("escaped")));
    ConnectionProfile p;
    p.host = QStringLiteral("db:host");
    p.port = 5433;
    p.database = QStringLiteral("ma\\thakine");
    p.user = QStringLiteral("admin");
    QVERIFY(file.store(p, QStringLiteral("pa:ss\\word")));
    QCOMPARE(file.lookup(p).value_or(QString()), QStringLiteral("pa:ss\\word"));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(file.path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);  // libpq ignores a pgpass readable by others
    p.port = 5434;
    QVERIFY(!file.lookup(p).has_value());
}

void TestSecrets::pgpassReplacesTheEntryOfTheSameProfile()
{
    PgPassFile file(m_dir.filePath(QStringLiteral("replace")));
    ConnectionProfile p;
    p.host = QStringLiteral("h");
    p.database = QStringLiteral("db");
    p.user = QStringLiteral("u");
    QVERIFY(file.store(p, QStringLiteral("first")));
    QVERIFY(file.store(p, QStringLiteral("second")));
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    QCOMPARE(content.count("h:5432:db:u:"), 1);
    QCOMPARE(file.lookup(p).value_or(QString()), QStringLiteral("second"));
    QVERIFY(file.remove(p));
    QVERIFY(!file.lookup(p).has_value());
}

void TestSecrets::savedProfileKeepsItsPasswordOutOfTheSettingsFile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Production / Mathakine");
    p.environment = Environment::Production;
    p.host = QStringLiteral("prod.example.org");
    p.database = QStringLiteral("mathakine");
    p.user = QStringLiteral("admin");
    ProfileStore store;
    store.save(p);
    const auto backend = SecretStore::store(p, QStringLiteral("NeverInSettings-42"));
    QVERIFY(backend.has_value());
    QCOMPARE(*backend, SecretStore::Backend::PgPass);  // MATHAKINE_NO_KEYRING=1 in tests

    const auto loaded = store.find(p.name);
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, p);
    QCOMPARE(SecretStore::lookup(p).value_or(QString()), QStringLiteral("NeverInSettings-42"));

    QFile settingsFile(ProfileStore::settingsFile());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settingsFile.fileName()));
    const QByteArray settings = settingsFile.readAll();
    QVERIFY(settings.contains("prod.example.org"));
    QVERIFY(!settings.contains("NeverInSettings-42"));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
