#include "../integration/ReconcileSupport.h"
#include "GuiTestSupport.h"
#include "MigrationFixtures.h"

#include "ConfirmRunDialog.h"
#include "DatabaseActions.h"
#include "MigrationsPage.h"
#include "ReconcileDialog.h"
#include "SchemaPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

// Schéma → Réconcilier… and Migrations → Générer depuis une base…, driven as a French
// administrator would. With MATHAKINE_GUIDE_SHOTS=DIR, the dialogs are also saved as PNGs
// for docs/guide-fr.md.
class TestGuiReconcile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }
    void reconcileShowsTheScriptThenRunsItAfterConfirmation();
    void generateWritesTheMigrationIntoTheFolder();

private:
    static void shoot(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
};

void TestGuiReconcile::initTestCase()
{
    REQUIRE_SERVER();
    prepareGuiTest(m_dir);
    Translations::install(QStringLiteral("fr"));
}

void TestGuiReconcile::shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MATHAKINE_GUIDE_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name));
}

void TestGuiReconcile::reconcileShowsTheScriptThenRunsItAfterConfirmation()
{
    const QString db = backendLikeDatabase(QStringLiteral("guiadopt"));
    MainWindow window(realMigrationsDir());
    window.resize(1280, 800);
    QVERIFY(connectAndWait(window, spec(db)));
    auto *schema = window.findChild<SchemaPage *>();
    auto *version = schema->findChild<QComboBox *>();
    version->setCurrentIndex(version->findData(QStringLiteral("0004")));

    QString script, summary;
    bool runEnabled = false;
    QString runText;
    connect(schema->actions(), &DatabaseActions::dialogShown, this, [&](QWidget *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            if (auto *preview = qobject_cast<ReconcileDialog *>(dialog)) {
                script = preview->findChild<QPlainTextEdit *>(QStringLiteral("reconcileScript"))
                             ->toPlainText();
                auto *run = preview->findChild<QPushButton *>(QStringLiteral("runReconcile"));
                runEnabled = run->isEnabled();
                runText = run->text();
                shoot(preview, QStringLiteral("fr-3b-reconcile.png"));
                preview->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                summary = box->text();
                box->accept();
            } else if (auto *confirm = qobject_cast<QDialog *>(dialog)) {
                confirm->accept();
            }
        });
    });
    QSignalSpy finished(schema->actions(), &DatabaseActions::finished);
    schema->findChild<QPushButton *>(QStringLiteral("reconcile"))->click();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    QVERIFY2(script.contains(QStringLiteral("CREATE TABLE public.user_sessions")),
             qPrintable(script));
    QVERIFY(runEnabled);
    QCOMPARE(runText, QStringLiteral("Réconcilier…"));
    QVERIFY2(summary.contains(QStringLiteral("0001, 0002, 0003, 0004")), qPrintable(summary));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM mathakine_admin.schema_history WHERE execution = 'reconcile'"))
            .toInt(),
        4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM users")).toInt(), 3);
    dropDatabase(db);
}

void TestGuiReconcile::generateWritesTheMigrationIntoTheFolder()
{
    const QString reference = createDatabase(QStringLiteral("guiref"));
    const QString target = createDatabase(QStringLiteral("guitarget"));
    for (const QString &db : {reference, target})
        QVERIFY(MigrationRun(spec(db), RunOptions()).upgrade(loadCatalog(realMigrationsDir()), {}));
    QVERIFY(exec(reference, QStringLiteral("ALTER TABLE users ADD COLUMN nickname varchar(40)")));
    QTemporaryDir folder;
    copyRealMigrations(folder.path());
    QDir().mkpath(folder.filePath(QStringLiteral("expected")));
    QVERIFY(QFile::copy(realMigrationsDir() + QStringLiteral("/expected/0006.json"),
                        folder.filePath(QStringLiteral("expected/0006.json"))));

    MainWindow window(folder.path());
    window.resize(1280, 800);
    QVERIFY(connectAndWait(window, spec(target)));
    MigrationsPage *page = window.migrationsPage();
    QString summary;
    connect(page->actions(), &DatabaseActions::dialogShown, this, [&](QWidget *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                summary = box->text();
                box->accept();
                return;
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("referenceUrl"))->setText(url(reference));
            dialog->findChild<QLineEdit *>(QStringLiteral("title"))
                ->setText(QStringLiteral("Surnom des utilisateurs"));
            dialog->findChild<QLineEdit *>(QStringLiteral("titleEn"))
                ->setText(QStringLiteral("Users' nickname"));
            shoot(dialog, QStringLiteral("fr-2b-generate.png"));
            qobject_cast<QDialog *>(dialog)->accept();
        });
    });
    QSignalSpy finished(page->actions(), &DatabaseActions::finished);
    page->findChild<QAction *>(QStringLiteral("generate"))->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(summary));
    const QString path = folder.filePath(QStringLiteral("0007_surnom_des_utilisateurs.sql"));
    QVERIFY2(summary.contains(path), qPrintable(summary));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(
        "ALTER TABLE public.users ADD COLUMN nickname character varying(40);"));
    dropDatabase(reference);
    dropDatabase(target);
}

QTEST_MAIN(TestGuiReconcile)
#include "tst_gui_reconcile.moc"
