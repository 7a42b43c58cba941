#include "MigrationFixtures.h"
#include "TestServer.h"
#include "TsFile.h"

#include "MainWindow.h"
#include "MigrationsPage.h"
#include "Workspace.h"
#include "common/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

// A French administrator must see no English: every visible text of the window, in every
// step, is compared with the English source strings that have a different translation.
class TestGuiFrench : public QObject {
    Q_OBJECT

private slots:
    void mainWindowInFrenchShowsNoEnglishSourceString();
    void switchingLanguageRetranslatesTheOpenWindow();

private:
    static QStringList visibleTexts(QWidget *root);
    static QStringList englishLeaks(const QStringList &texts);
};

QStringList TestGuiFrench::visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        for (QAction *action : w->actions())
            texts << action->text();
    }
    for (QMenu *menu : root->findChildren<QMenu *>()) {
        texts << menu->title();
        for (QAction *action : menu->actions())
            texts << action->text();
    }
    return texts;
}

QStringList TestGuiFrench::englishLeaks(const QStringList &texts)
{
    QStringList sources;
    for (const TsMessage &m : readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts"))) {
        if (m.translation != m.source && !m.source.contains(QLatin1Char('%')) && m.source.size() > 2)
            sources << m.source;
    }
    QStringList leaks;
    for (const QString &text : texts) {
        if (sources.contains(text))
            leaks << text;
    }
    leaks.removeDuplicates();
    return leaks;
}

void TestGuiFrench::mainWindowInFrenchShowsNoEnglishSourceString()
{
    REQUIRE_SERVER();
    Translations::install(QStringLiteral("fr"));
    const QString db = createDatabase(QStringLiteral("french"));
    MainWindow window(realMigrationsDir());
    window.show();
    QSignalSpy loaded(window.workspace(), &Workspace::snapshotChanged);
    window.connectTo(spec(db));
    QVERIFY(loaded.wait(15000));
    QStringList texts;
    for (int step = 0; step < 5; ++step) {
        window.showStep(static_cast<MainWindow::Step>(step));
        QApplication::processEvents();
        texts << visibleTexts(&window);
    }
    QVERIFY(texts.contains(QStringLiteral("&Fichier")) || texts.join(QLatin1Char(' ')).contains(QStringLiteral("Fichier")));
    const QStringList leaks = englishLeaks(texts);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestGuiFrench::switchingLanguageRetranslatesTheOpenWindow()
{
    Translations::install(QStringLiteral("en"));
    MainWindow window(realMigrationsDir());
    window.show();
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    window.setLanguage(QStringLiteral("fr"));
    QApplication::processEvents();  // LanguageChange is delivered through the event loop
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Fichier"));
    const QStringList leaks = englishLeaks(visibleTexts(&window));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    window.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiFrench)
#include "tst_gui_french.moc"
