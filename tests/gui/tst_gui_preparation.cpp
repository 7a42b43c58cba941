#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "BackupListModel.h"
#include "MainWindow.h"
#include "PreparationPage.h"
#include "RestoreReportView.h"
#include "Workspace.h"
#include "backup/BackupJob.h"
#include "backup/BackupTools.h"
#include "common/SettingsKeys.h"
#include "common/Translations.h"
#include "connection/ProfileStore.h"
#include "ops/DemoDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {
QString quotedTable(const QString &key)
{
    return QStringLiteral("\"%1\".\"%2\"")
        .arg(key.section(QLatin1Char('.'), 0, 0), key.section(QLatin1Char('.'), 1));
}
}  // namespace

// Step 1 of the window, driven through its own buttons and dialogs against the real server.
class TestGuiPreparation : public QObject {
    Q_OBJECT

public:
    explicit TestGuiPreparation(QString home) : m_home(std::move(home)) {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void actionsWaitForAConnection();
    void backupFromThePageIsListedAndReadByPgRestore();
    void restoreFromThePageReportsIdenticalRowCounts();
    void canceledBackupLeavesNoDumpAndNoRow();
    void connectedDatabaseComesFirstAndMissingFilesShow();
    void restoreIsRefusedOnAProductionProfile();
    void cloneSavesATestProfileAndOffersToConnect();

private:
    bool openOn(MainWindow &window, const ConnectionSpec &connection);
    QPushButton *button(const char *name) const;
    QString newDatabaseName(const QString &prefix);
    bool restoreSelectedInto(const QString &database);

    QString m_home;        // settings, data folder and dumps of this test only
    QString m_source;      // the Mathakine baseline with demo rows
    QString m_backupFile;  // made through the page by the backup test
    QStringList m_created;
    PreparationPage *m_page = nullptr;  // of the window the running test opened
};

void TestGuiPreparation::initTestCase()
{
    REQUIRE_SERVER();
    Translations::install(QStringLiteral("en"));
    QVERIFY2(ProfileStore::settingsFile().startsWith(m_home),
             qPrintable(ProfileStore::settingsFile()));
    QSettings().setValue(QLatin1String(settings::backupsFolder), m_home + QStringLiteral("/dumps"));
    QVERIFY(BackupCatalog::defaultPath().startsWith(m_home));
    m_source = createDatabase(QStringLiteral("prep"));
    auto installed = DemoDatabase::install(spec(m_source), loadCatalog(realMigrationsDir()));
    QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().fullText()));
    QVERIFY(scalar(m_source, QStringLiteral("SELECT count(*) FROM users")).toInt() > 0);
}

void TestGuiPreparation::cleanupTestCase()
{
    for (const QString &db : std::as_const(m_created))
        dropDatabase(db);
    if (!m_source.isEmpty())
        dropDatabase(m_source);
}

bool TestGuiPreparation::openOn(MainWindow &window, const ConnectionSpec &connection)
{
    window.show();
    m_page = window.preparationPage();
    QSignalSpy snapshot(window.workspace(), &Workspace::snapshotChanged);
    window.connectTo(connection);
    window.showStep(MainWindow::Preparation);
    return snapshot.wait(15000);
}

QPushButton *TestGuiPreparation::button(const char *name) const
{
    return m_page->findChild<QPushButton *>(QLatin1String(name));
}

QString TestGuiPreparation::newDatabaseName(const QString &prefix)
{
    const QString name =
        QStringLiteral("t_%1_%2").arg(prefix).arg(QCoreApplication::applicationPid());
    dropDatabase(name);
    m_created << name;
    return name;
}

// Selects the backup made by the backup test, clicks "Restore…" and answers the dialog.
bool TestGuiPreparation::restoreSelectedInto(const QString &database)
{
    const int row = m_page->model()->rowOfFile(m_backupFile);
    if (row < 0)
        return false;
    m_page->findChild<QTableView *>()->selectRow(row);
    if (!button("restoreButton")->isEnabled())
        return false;
    bool answered = false;
    whenDialogOpens([&](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseNameEdit"))->setText(database);
        answered = true;
        dialog->accept();
    });
    QTest::mouseClick(button("restoreButton"), Qt::LeftButton);
    return answered;
}

void TestGuiPreparation::actionsWaitForAConnection()
{
    MainWindow window(realMigrationsDir());
    window.show();
    window.showStep(MainWindow::Preparation);
    m_page = window.preparationPage();
    QVERIFY(m_page->isVisible());
    for (const char *name : {"backupButton", "restoreButton", "cloneButton"})
        QVERIFY2(!button(name)->isEnabled(), name);
    QVERIFY(button("openFolderButton")->isEnabled());
}

void TestGuiPreparation::backupFromThePageIsListedAndReadByPgRestore()
{
    MainWindow window(realMigrationsDir());
    QVERIFY(openOn(window, spec(m_source)));
    BackupListModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model->rowCount();
    QVERIFY(button("backupButton")->isEnabled());

    UiWatchdog watchdog;
    QSignalSpy finished(m_page, &PreparationPage::jobFinished);
    QTest::mouseClick(button("backupButton"), Qt::LeftButton);
    QVERIFY(m_page->isRunning());
    QVERIFY(!button("backupButton")->isEnabled());
    QVERIFY(!button("cloneButton")->isEnabled());
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(watchdog.longestGapMs() < 200, qPrintable(QString::number(watchdog.longestGapMs())));

    QCOMPARE(model->rowCount(), before + 1);
    const QModelIndex first =
        model->index(0, BackupListModel::FileColumn);  // the connected database's newest
    const QString file = first.data(BackupListModel::FilePathRole).toString();
    QCOMPARE(m_page->selectedFile(), file);
    QVERIFY2(
        file.startsWith(m_home + QStringLiteral("/dumps/backup_") + m_source + QLatin1Char('_')),
        qPrintable(file));
    QVERIFY(file.endsWith(QStringLiteral(".dump")));
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(first.data().toString(), QFileInfo(file).fileName());
    QVERIFY(first.data(BackupListModel::ConnectedDatabaseRole).toBool());
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model->index(0, BackupListModel::DatabaseColumn).data().toString(), m_source);
    QCOMPARE(model->index(0, BackupListModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(QFileInfo(file).size()));
    QCOMPARE(model->index(0, BackupListModel::MigrationColumn).data().toString(),
             QStringLiteral("0001"));
    QCOMPARE(model->index(0, BackupListModel::IntactColumn).data().toString(),
             QStringLiteral("Yes"));
    QVERIFY(!model->index(0, BackupListModel::CreatedColumn).data().toString().isEmpty());
    QVERIFY(model->index(0, BackupListModel::ServerColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("15")));
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(QFileInfo(file).fileName()), qPrintable(summary->text()));

    auto tools = BackupTools::newest();
    QVERIFY(tools.ok());
    QProcess list;
    list.start(tools->pgRestore, {QStringLiteral("--list"), file});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
    QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public users "));
    m_backupFile = file;
}

void TestGuiPreparation::restoreFromThePageReportsIdenticalRowCounts()
{
    QVERIFY2(!m_backupFile.isEmpty(), "the backup test did not make a file");
    MainWindow window(realMigrationsDir());
    QVERIFY(openOn(window, spec(m_source)));
    const QString target = newDatabaseName(QStringLiteral("prep_restored"));
    QSignalSpy finished(m_page, &PreparationPage::jobFinished);
    QVERIFY(restoreSelectedInto(target));
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const BackupRecord record = m_page->model()->record(m_page->model()->rowOfFile(m_backupFile));
    const auto *report = m_page->findChild<RestoreReportView *>();
    QVERIFY(report->isVisible());
    QVERIFY(record.rowCounts.size() > 5);
    QVERIFY2(report->text().contains(
                 QStringLiteral("Identical row counts for %1 table").arg(record.rowCounts.size())),
             qPrintable(report->text()));
    QVERIFY(report->text().contains(target));

    // The same counts, read by hand in both databases.
    qint64 rows = 0;
    for (auto it = record.rowCounts.cbegin(); it != record.rowCounts.cend(); ++it) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(quotedTable(it.key()));
        const qint64 restored = scalar(target, sql).toLongLong();
        QCOMPARE(restored, scalar(m_source, sql).toLongLong());
        QCOMPARE(restored, it.value());
        rows += restored;
    }
    QVERIFY(rows > 0);
    QCOMPARE(
        scalar(
            target,
            QStringLiteral(
                "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))
            .toInt(),
        static_cast<int>(record.rowCounts.size()));
}

void TestGuiPreparation::canceledBackupLeavesNoDumpAndNoRow()
{
    MainWindow window(realMigrationsDir());
    QVERIFY(openOn(window, spec(m_source)));
    const int before = m_page->model()->rowCount();
    const QDir dumps(m_home + QStringLiteral("/dumps"));
    const QStringList filesBefore = dumps.entryList(QDir::Files);
    // pg_dump locks every table IN ACCESS SHARE MODE first: it waits there behind our lock.
    const QString dumpSessions =
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                       "AND query LIKE 'LOCK TABLE %IN ACCESS SHARE MODE%'")
            .arg(m_source);
    const QString waitingDump = dumpSessions + QStringLiteral(" AND wait_event_type = 'Lock'");
    TableLock lock(m_source, QStringLiteral("users"));
    QSignalSpy finished(m_page, &PreparationPage::jobFinished);
    QTest::mouseClick(button("backupButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("postgres"), waitingDump).toInt(), 1, 20000);

    // The window refuses to close while pg_dump runs.
    QString refusal;
    whenDialogOpens([&refusal](QDialog *box) {
        if (auto *message = qobject_cast<QMessageBox *>(box))
            refusal = message->text();
        box->reject();
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY2(refusal.contains(QStringLiteral("cancel it first")), qPrintable(refusal));

    auto *cancel = m_page->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    lock.release();
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("canceled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"))->isVisible());
    QCOMPARE(dumps.entryList(QDir::Files), filesBefore);  // neither a .dump nor a .partial
    QCOMPARE(m_page->model()->rowCount(), before);
    QCOMPARE(static_cast<int>(BackupCatalog().load()->size()), before);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("postgres"), dumpSessions).toInt(), 0,
                              5000);  // pg_dump is gone
    QVERIFY(button("backupButton")->isEnabled());
}

void TestGuiPreparation::connectedDatabaseComesFirstAndMissingFilesShow()
{
    // Setup through the core: the newest backup of the catalog is of another database.
    const QString other = newDatabaseName(QStringLiteral("prep_other"));
    QVERIFY(exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(other)));
    QVERIFY(exec(other, QStringLiteral("CREATE TABLE t AS SELECT 1 AS id")));
    auto sourceBackup =
        BackupJob({spec(m_source), {}, {}, {}}).run();  // default folder and catalog: this test's
    QVERIFY(sourceBackup.ok());
    auto otherBackup = BackupJob({spec(other), {}, {}, {}}).run();
    QVERIFY2(otherBackup.ok(), otherBackup.ok() ? "" : qPrintable(otherBackup.error().fullText()));

    MainWindow window(realMigrationsDir());
    QVERIFY(openOn(window, spec(m_source)));
    BackupListModel *model = m_page->model();
    const int rows = model->rowCount();
    QVERIFY(rows >= 3);
    QCOMPARE(model->rowOfFile(otherBackup->file), rows - 1);
    const QModelIndex last = model->index(rows - 1, BackupListModel::FileColumn);
    QVERIFY(!last.data(BackupListModel::ConnectedDatabaseRole).toBool());
    QVERIFY(!last.data(Qt::FontRole).value<QFont>().bold());
    for (int row = 0; row < rows - 1; ++row)
        QVERIFY(model->index(row, 0).data(BackupListModel::ConnectedDatabaseRole).toBool());
    QCOMPARE(model->rowOfFile(sourceBackup->file), 0);  // the connected database's, newest first

    // A file gone from the folder shows, and cannot be restored.
    QVERIFY(QFile::remove(otherBackup->file));
    m_page->reloadBackups();
    QCOMPARE(model->index(rows - 1, BackupListModel::IntactColumn).data().toString(),
             QStringLiteral("Missing or changed"));
    m_page->findChild<QTableView *>()->selectRow(rows - 1);
    QVERIFY(!button("restoreButton")->isEnabled());
    m_page->findChild<QTableView *>()->selectRow(0);
    QVERIFY(button("restoreButton")->isEnabled());
}

void TestGuiPreparation::restoreIsRefusedOnAProductionProfile()
{
    QVERIFY2(!m_backupFile.isEmpty(), "the backup test did not make a file");
    ConnectionSpec production = spec(m_source);
    production.profile.name = QStringLiteral("Prep production");
    production.profile.environment = Environment::Production;
    MainWindow window(realMigrationsDir());
    QVERIFY(openOn(window, production));

    // A clone of production never offers to replace (drop) a database on that server.
    bool replaceOffered = true;
    whenDialogOpens([&replaceOffered](QDialog *dialog) {
        replaceOffered = !dialog->findChild<QWidget *>(QStringLiteral("replaceCheck"))->isHidden();
        dialog->reject();
    });
    QTest::mouseClick(button("cloneButton"), Qt::LeftButton);
    QVERIFY(!replaceOffered);

    const QString target = newDatabaseName(QStringLiteral("prep_from_prod"));
    QSignalSpy finished(m_page, &PreparationPage::jobFinished);
    QVERIFY(restoreSelectedInto(target));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("tagged production")),
             qPrintable(summary->text()));
    QCOMPARE(
        scalar(QStringLiteral("postgres"),
               QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(target))
            .toInt(),
        0);
}

void TestGuiPreparation::cloneSavesATestProfileAndOffersToConnect()
{
    MainWindow window(realMigrationsDir());
    QVERIFY(openOn(window, spec(m_source)));
    const int before = m_page->model()->rowCount();
    const QString target = newDatabaseName(QStringLiteral("prep_clone"));
    const QString profile = QStringLiteral("Prep clone");
    whenDialogOpens([&](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseNameEdit"))->setText(target);
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(profile);
        dialog->accept();
    });
    QSignalSpy finished(m_page, &PreparationPage::jobFinished);
    QTest::mouseClick(button("cloneButton"), Qt::LeftButton);
    QVERIFY(finished.wait(180000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const auto saved = ProfileStore().find(profile);
    QVERIFY(saved.has_value());
    QVERIFY(saved->environment == Environment::Test);
    QCOMPARE(saved->database, target);
    QCOMPARE(m_page->model()->rowCount(), before + 1);  // the clone's own backup is listed
    QVERIFY(m_page->findChild<RestoreReportView *>()->text().contains(
        QStringLiteral("Identical row counts")));
    QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM users")),
             scalar(m_source, QStringLiteral("SELECT count(*) FROM users")));

    QPushButton *connectCopy = button("connectCopyButton");
    QVERIFY(connectCopy->isVisible());
    QVERIFY(connectCopy->text().contains(profile));
    QSignalSpy snapshot(window.workspace(), &Workspace::snapshotChanged);
    QTest::mouseClick(connectCopy, Qt::LeftButton);
    QCOMPARE(window.workspace()->connection().profile.name, profile);
    QVERIFY(snapshot.wait(15000));
    QCOMPARE(window.workspace()->snapshot().profile.database, target);
}

int main(int argc, char **argv)
{
    // Settings, profiles, backups.json and dumps of this test stay in its own folder,
    // set before QApplication so that QSettings and QStandardPaths see it from the start.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("PGPASSFILE", QFile::encodeName(home.filePath(QStringLiteral("pgpass"))));
    QApplication app(argc, argv);
    TestGuiPreparation test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_preparation.moc"
