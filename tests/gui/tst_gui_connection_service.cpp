// The connection dialog picks a service of pg_service.conf ($PGSERVICEFILE), fills the form
// from it (keeping keywords such as sslrootcert) and connects with it.
#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "ConnectionDialog.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

class TestGuiConnectionService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pickingAServiceFillsTheFormAndConnects();

private:
    QTemporaryDir m_dir;
};

void TestGuiConnectionService::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
}

void TestGuiConnectionService::pickingAServiceFillsTheFormAndConnects()
{
    const ConnectionProfile server = spec().profile;
    const QString serviceFile = m_dir.filePath(QStringLiteral("pg_service.conf"));
    QFile file(serviceFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[gui_service]\nhost=%1\nport=%2\ndbname=mathakine\nuser=postgres\n"
                              "sslrootcert=/nonexistent/ca.crt\n")
                   .arg(server.host)
                   .arg(server.port)
                   .toUtf8());
    file.close();
    qputenv("PGSERVICEFILE", QFile::encodeName(serviceFile));
    qputenv("PGSYSCONFDIR", QFile::encodeName(m_dir.path()));  // no system file

    ConnectionDialog dialog(realMigrationsDir());
    auto *services = dialog.findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    QVERIFY(services);
    QCOMPARE(services->count(), 2);  // "(none)" and ours
    QCOMPARE(services->itemText(1), QStringLiteral("gui_service"));
    services->setFocus();
    QTest::keyClick(services, Qt::Key_Down);  // the user picks it: activated(1)

    const ConnectionSpec picked = dialog.formSpec();
    QCOMPARE(picked.profile.name, QStringLiteral("gui_service"));
    QCOMPARE(picked.profile.host, server.host);
    QCOMPARE(picked.profile.port, server.port);
    QCOMPARE(picked.profile.database, QStringLiteral("mathakine"));
    QVERIFY2(picked.profile.options.contains(QStringLiteral("sslrootcert=/nonexistent/ca.crt")),
             qPrintable(picked.profile.options));

    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(tested.wait(15000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    qunsetenv("PGSERVICEFILE");
    qunsetenv("PGSYSCONFDIR");
}

QTEST_MAIN(TestGuiConnectionService)
#include "tst_gui_connection_service.moc"
