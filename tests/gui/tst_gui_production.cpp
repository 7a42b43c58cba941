#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "ConfirmRunDialog.h"
#include "ConnectionHeader.h"
#include "MainWindow.h"
#include "MigrationsPage.h"
#include "Workspace.h"
#include "common/Translations.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace mathakine;
using namespace testsupport;

// The production path of the desktop app: pre-flight and gate checklist in the confirmation
// dialog, typed database name, audited override, maintenance flag and row counts of the run.
class TestGuiProduction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void gateChecklistBlocksUntilOverrideThenRunsAudited();
    void unconfirmedProductionRunIsRefusedByTheGate();
    void headerShowsAnOpenMaintenancePeriod();

private:
    QTemporaryDir m_dir;
};

void TestGuiProduction::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
}

void TestGuiProduction::gateChecklistBlocksUntilOverrideThenRunsAudited()
{
    const QString db = createDatabase(QStringLiteral("guiprod"));
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, productionSpec(db)));
    MigrationsPage *page = window.migrationsPage();

    QString checklist;
    bool okAfterName = true, okAfterOverride = false, nameFieldShown = false;
    connect(page, &MigrationsPage::confirmationShown, this, [&](ConfirmRunDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            checklist =
                dialog->findChild<QTextBrowser *>(QStringLiteral("runChecks"))->toPlainText();
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("typedDatabaseName"));
            nameFieldShown = name != nullptr;
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            name->setText(db);
            okAfterName = ok->isEnabled();  // backup and validation still missing
            dialog->findChild<QCheckBox *>(QStringLiteral("overrideGate"))->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("overrideReason"))
                ->setText(QStringLiteral("GUI test of the emergency path"));
            okAfterOverride = ok->isEnabled();
            ok->click();
        });
    });
    QSignalSpy finished(page, &MigrationsPage::runFinished);
    page->run(MigrationsPage::Action::UpgradeHead, true);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QVERIFY(nameFieldShown);
    QVERIFY2(checklist.contains(QStringLiteral("Verified backup younger than 24 h")),
             qPrintable(checklist));
    QVERIFY2(checklist.contains(QStringLiteral("Validation passed on a test profile")),
             qPrintable(checklist));
    QVERIFY2(checklist.contains(QStringLiteral("Pre-flight check")), qPrintable(checklist));
    QVERIFY2(checklist.contains(QStringLiteral("✗")), qPrintable(checklist));
    QVERIFY(!okAfterName);
    QVERIFY(okAfterOverride);

    // Audited override, maintenance period opened and closed, row counts stored with the run.
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'gate-override' "
                   "AND details LIKE '%GUI test of the emergency path%'"))
            .toInt(),
        1);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.maintenance WHERE outcome = 'success' AND ended_at IS NOT NULL"))
            .toInt(),
        1);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM mathakine_admin.maintenance WHERE ended_at IS NULL"))
                 .toInt(),
             0);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.row_count_runs WHERE action = 'upgrade' AND success"))
            .toInt(),
        1);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM mathakine_admin.schema_history WHERE state = 'applied'"))
            .toInt(),
        6);
}

void TestGuiProduction::unconfirmedProductionRunIsRefusedByTheGate()
{
    const QString db = createDatabase(QStringLiteral("guiprodno"));
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, productionSpec(db)));
    QSignalSpy finished(window.migrationsPage(), &MigrationsPage::runFinished);
    window.migrationsPage()->run(MigrationsPage::Action::UpgradeHead, false);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString summary = finished.first().at(1).toString();
    QVERIFY2(summary.contains(QStringLiteral("production gate refuses")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Database name typed by the operator")),
             qPrintable(summary));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'achievements'"))
            .toInt(),
        0);
}

void TestGuiProduction::headerShowsAnOpenMaintenancePeriod()
{
    const QString db = createDatabase(QStringLiteral("guimaint"));
    QVERIFY(runCli({QStringLiteral("--url"), url(db), QStringLiteral("maintenance"),
                    QStringLiteral("on"), QStringLiteral("--reason"),
                    QStringLiteral("Planned upgrade by the GUI test")})
                .exitCode
            == 0);
    MainWindow window(realMigrationsDir());
    QVERIFY(connectAndWait(window, spec(db)));
    QString headerText;
    for (QLabel *label : window.findChild<ConnectionHeader *>()->findChildren<QLabel *>())
        headerText += label->text() + QLatin1Char('\n');
    QVERIFY2(headerText.contains(QStringLiteral("MAINTENANCE: Planned upgrade by the GUI test")),
             qPrintable(headerText));
}

QTEST_MAIN(TestGuiProduction)
#include "tst_gui_production.moc"
