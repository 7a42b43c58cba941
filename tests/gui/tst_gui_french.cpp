#include "FrenchText.h"
#include "GuiTestSupport.h"
#include "MigrationFixtures.h"
#include "TestServer.h"
#include "TsFile.h"

#include "LogView.h"
#include "MainWindow.h"
#include "MigrationsPage.h"
#include "ValidationPage.h"
#include "Workspace.h"
#include "common/Translations.h"
#include "log/Logging.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
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
    static QStringList modelTexts(const QAbstractItemModel *model);
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
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            texts << modelTexts(view->model());
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

// Headers and cells of a table, list or tree (two levels), where untranslated values hide.
QStringList TestGuiFrench::modelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int c = 0; c < model->columnCount(); ++c)
        texts << model->headerData(c, Qt::Horizontal).toString();
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < qMin(model->rowCount(parent), 200); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                if (c == 0 && depth < 2)
                    walk(index, depth + 1);
            }
        }
    };
    walk({}, 0);
    return texts;
}

QStringList TestGuiFrench::englishLeaks(const QStringList &texts)
{
    QStringList sources;
    for (const TsMessage &m :
         readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts"))) {
        if (m.translation != m.source && !m.source.contains(QLatin1Char('%'))
            && m.source.size() > 2)
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
    QTemporaryDir logs;
    Logging::init({logs.filePath(QStringLiteral("journal.log")), false,
                   0});  // as main() does: the Journal is fed
    const QString db = createDatabase(QStringLiteral("french"));
    MainWindow window(realMigrationsDir());
    window.show();
    QSignalSpy loaded(window.workspace(), &Workspace::snapshotChanged);
    window.connectTo(spec(db));
    QVERIFY(loaded.wait(15000));
    // A validation in French fills step 4: checks, chart and plans, then its PDF.
    ValidationPage *validation = window.validationPage();
    validation->findChild<QSpinBox *>()->setValue(2);
    QSignalSpy validated(validation, &ValidationPage::validationFinished);
    validation->runValidation();
    QVERIFY(validated.wait(120000));
    QStringList texts;
    for (int step = 0; step < 5; ++step) {
        window.showStep(static_cast<MainWindow::Step>(step));
        QApplication::processEvents();
        texts << visibleTexts(&window);
    }
    auto *tabs = validation->findChild<QTabWidget *>();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        window.showStep(MainWindow::Validation);
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        texts << visibleTexts(&window);
    }
    QVERIFY(texts.contains(QStringLiteral("&Fichier"))
            || texts.join(QLatin1Char(' ')).contains(QStringLiteral("Fichier")));
    QVERIFY(
        texts.contains(QStringLiteral("Vérification")));  // the checks' header, so models were read
    QStringList leaks = englishLeaks(texts);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    // The Journal: its lines, written by the core while the validation ran, are French, dated,
    // with their level, well typeset; a French search finds them (issue 17 item 2).
    auto *journal = window.findChild<LogView *>();
    QVERIFY(journal);
    const QStringList journalLines = journal->shownLines();
    QVERIFY2(journalLines.size() >= 5, qPrintable(journalLines.join(QLatin1Char('\n'))));
    QStringList wrong;
    static const QRegularExpression dated(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})"));
    for (const QString &line : journalLines) {
        const QStringList mistakes = typographyMistakes(line) + englishWords(line);
        if (!mistakes.isEmpty() || !dated.match(line).hasMatch())
            wrong << line + QStringLiteral("\n    ") + mistakes.join(QStringLiteral("; "));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    auto *search = journal->findChild<QLineEdit *>();
    search->setText(QStringLiteral("étape"));
    QVERIFY(!journal->shownLines().isEmpty());
    search->setText(QStringLiteral("erreur"));
    for (const QString &line : journal->shownLines())
        QVERIFY2(line.contains(QStringLiteral("ERREUR"))
                     || line.contains(QStringLiteral("erreur"), Qt::CaseInsensitive),
                 qPrintable(line));
    search->clear();

    // The PDF report, line by line.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    QVERIFY(validation->exportPdf(pdf, false));
    QPdfDocument document;
    QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
    QStringList lines;
    for (int page = 0; page < document.pageCount(); ++page)
        lines << document.getAllText(page).text().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    QVERIFY2(lines.contains(QStringLiteral("Verdict\u202f: ÉCHEC"))
                 || lines.join(QLatin1Char(' ')).contains(QStringLiteral("ÉCHEC")),
             qPrintable(lines.mid(0, 20).join(QLatin1Char('\n'))));
    leaks = englishLeaks(lines);
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
