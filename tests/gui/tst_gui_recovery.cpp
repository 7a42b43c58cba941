#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "MainWindow.h"
#include "MigrationDetailsView.h"
#include "MigrationTimelineModel.h"
#include "MigrationsPage.h"
#include "RecoveryActions.h"
#include "RepairDialog.h"
#include "Workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

// Issue 16 in the window: a failed migration's forensics in its details, the repair dialog
// with its four ways out, and "Restore this backup" on a run that recorded its backup.
// With MATHAKINE_SCREENSHOT_DIR set, runs in French and saves what it shows there.
class TestGuiRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void failedMigrationIsExplainedAndUndoneFromTheWindow();

private:
    void shoot(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
    QString m_shots;
};

void TestGuiRecovery::initTestCase()
{
    REQUIRE_SERVER();
    qRegisterMetaType<RepairDialog *>();  // for the spy on repairOffered
    prepareGuiTest(m_dir);
    isolateAppData(m_dir.path());
    m_shots = qEnvironmentVariable("MATHAKINE_SCREENSHOT_DIR");
    if (!m_shots.isEmpty()) {
        QDir().mkpath(m_shots);
        Translations::install(u"fr"_s);
    }
}

void TestGuiRecovery::shoot(QWidget *widget, const QString &name)
{
    if (m_shots.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(m_shots + u"/fr-recovery-"_s + name + u".png"_s);
}

static QStringList cliArgs(const QString &db, const QString &dir, const QStringList &command)
{
    return QStringList{u"--url"_s, url(db), u"--migrations"_s, dir} + command;
}

void TestGuiRecovery::failedMigrationIsExplainedAndUndoneFromTheWindow()
{
    const QString dir = m_dir.filePath(u"migrations"_s);
    writeHalfFailingMigrations(dir);
    const QString db = createDatabase(u"guirecovery"_s);
    const QProcessEnvironment env = appDataEnv(m_dir.path());
    QCOMPARE(runCli(cliArgs(db, dir, {u"snapshot"_s}), env).exitCode, 0);
    const CliRun backup = runCli(cliArgs(db, dir, {u"--json"_s, u"backup"_s}), env);
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QString file =
        QJsonDocument::fromJson(backup.out.toUtf8())[u"backup"_s][u"file"_s].toString();
    QCOMPARE(runCli(cliArgs(db, dir, {u"upgrade"_s, u"0001"_s, u"--backup"_s, file}), env).exitCode,
             0);
    QVERIFY(exec(db, u"INSERT INTO items VALUES (1, 'a'), (2, 'a'), (3, 'b')"_s));
    QCOMPARE(runCli(cliArgs(db, dir, {u"upgrade"_s}), env).exitCode, 4);

    MainWindow window(dir);
    window.resize(1400, 860);
    window.show();
    QVERIFY(connectAndWait(window, spec(db)));
    window.showStep(MainWindow::Migrations);
    MigrationsPage *page = window.migrationsPage();
    auto *timeline = page->findChild<QListView *>();
    MigrationTimelineModel *model = page->model();
    QCOMPARE(model->index(1).data(MigrationTimelineModel::StateRole).toInt(),
             static_cast<int>(MigrationState::Failed));

    // The failed one: its forensics, in the tab selected for it.
    timeline->setCurrentIndex(model->index(1));
    auto *details = page->findChild<MigrationDetailsView *>();
    auto *tabs = details->findChild<QTabWidget *>();
    QCOMPARE(tabs->currentIndex(), 3);
    const QString record = static_cast<QPlainTextEdit *>(tabs->currentWidget())->toPlainText();
    QVERIFY2(record.contains(u"23505"_s) && record.contains(u"items_name_key"_s)
                 && record.contains(u"items_code_idx"_s),
             qPrintable(record));
    QPushButton *repair = nullptr;
    QPushButton *restore = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == MigrationsPage::tr("Repair…"))
            repair = b;
        if (b->text() == MigrationsPage::tr("Restore this backup"))
            restore = b;
    }
    QVERIFY(repair && restore);
    QVERIFY(repair->isEnabled());
    QVERIFY(!restore->isEnabled());  // the failed run has no backup of its own
    shoot(&window, u"1-forensics"_s);

    // The repair dialog: four ways out; undo is taken.
    QSignalSpy offered(page->recovery(), &RecoveryActions::repairOffered);
    QSignalSpy finished(page->recovery(), &RecoveryActions::finished);
    whenDialogOpens([this](QDialog *dialog) {
        auto *repairDialog = qobject_cast<RepairDialog *>(dialog);
        if (!repairDialog)
            return dialog->reject();
        shoot(repairDialog, u"2-repair-resume"_s);
        repairDialog->choose(RepairChoice::MarkApplied);
        shoot(repairDialog, u"3-repair-mark-applied"_s);
        repairDialog->choose(RepairChoice::Undo);
        shoot(repairDialog, u"4-repair-undo"_s);
        repairDialog->accept();
    });
    repair->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(offered.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM mathakine_admin.schema_history WHERE version = '0002'"_s)
            .toInt(),
        0);
    QVERIFY(!scalar(db, u"SELECT to_regclass('public.items_name_key') IS NOT NULL"_s).toBool());
    QSignalSpy refreshed(window.workspace(), &Workspace::snapshotChanged);
    QVERIFY(refreshed.wait(15000));

    // The run that applied 0001 recorded its backup: shown, and restorable.
    QCOMPARE(model->index(1).data(MigrationTimelineModel::StateRole).toInt(),
             static_cast<int>(MigrationState::Pending));
    timeline->setCurrentIndex(model->index(0));
    QVERIFY(model->index(0)
                .data(MigrationTimelineModel::DetailRole)
                .toString()
                .contains(QFileInfo(file).fileName()));
    QVERIFY(restore->isEnabled());
    tabs->setCurrentIndex(3);
    QVERIFY(static_cast<QPlainTextEdit *>(tabs->currentWidget())->toPlainText().contains(file));
    shoot(&window, u"5-backup"_s);
}

QTEST_MAIN(TestGuiRecovery)
#include "tst_gui_recovery.moc"
