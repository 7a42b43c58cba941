#include "FrenchText.h"
#include "MigrationFixtures.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

// What a French run prints and writes is French (issue 17 items 2 and 3): the CLI's output of
// a real upgrade, status, dry run and validation, and the text of the validation's PDF, pass
// the typography check and contain none of the English words leaks were made of. The .ts file
// is checked by tst_french_typography, the window's Journal by tst_gui_french.
class TestFrenchOutput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void frenchCliOutputIsFrenchAndWellTypeset();
    void frenchPdfTextIsFrenchAndWellTypeset();

private:
    static QStringList problems(const QString &what, const QStringList &lines);
    QString m_db;
    QTemporaryDir m_dir;
    QString m_validateOut;
};

namespace {
// SQL is code, not prose: the dry run's statements keep their own syntax; only comments are French.
QStringList proseOfDryRun(const QString &script)
{
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-- ")))
            lines << line.mid(3);
    }
    return lines;
}
}  // namespace

QStringList TestFrenchOutput::problems(const QString &what, const QStringList &lines)
{
    QStringList found;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("QStandardPaths: ")))
            continue;  // Qt's own notice about XDG_RUNTIME_DIR in the test environment, not the
                       // tool's text
        QStringList mistakes = typographyMistakes(line) + englishWords(line);
        if (!mistakes.isEmpty()) {
            found << QStringLiteral("%1: %2\n    %3")
                         .arg(what, line, mistakes.join(QStringLiteral("; ")));
            qWarning().noquote() << found.constLast();  // QVERIFY2 cuts long messages
        }
    }
    return found;
}

void TestFrenchOutput::initTestCase()
{
    REQUIRE_SERVER();
    m_db = createDatabase(QStringLiteral("frout"));
}

void TestFrenchOutput::frenchCliOutputIsFrenchAndWellTypeset()
{
    const QStringList fr{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--url"),
                         url(m_db)};
    const CliRun dry = runCli(fr + QStringList{QStringLiteral("sql")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("-- ")), qPrintable(dry.out));
    QStringList found =
        problems(QStringLiteral("sql"), proseOfDryRun(dry.out) + dry.err.split(QLatin1Char('\n')));

    const CliRun upgrade =
        runCli(fr + QStringList{QStringLiteral("-v"), QStringLiteral("upgrade")});
    QCOMPARE(upgrade.exitCode, 0);
    found << problems(QStringLiteral("upgrade"),
                      (upgrade.out + upgrade.err).split(QLatin1Char('\n')));
    for (const QString &command :
         {QStringLiteral("status"), QStringLiteral("history"), QStringLiteral("backup")}) {
        const CliRun run = runCli(fr + QStringList{QStringLiteral("-v"), command});
        QVERIFY2(run.exitCode == 0, qPrintable(command + QLatin1Char(' ') + run.err));
        found << problems(command, (run.out + run.err).split(QLatin1Char('\n')));
    }
    // JSON is for scripts: its state is the same key in every language, the words beside it.
    const CliRun json =
        runCli(fr + QStringList{QStringLiteral("--json"), QStringLiteral("history")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()[QStringLiteral("migrations")]
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first[QStringLiteral("state")].toString(), QStringLiteral("applied"));
    QCOMPARE(first[QStringLiteral("stateText")].toString(), QStringLiteral("appliquée"));

    const QString pdf = m_dir.filePath(QStringLiteral("rapport.pdf"));
    const CliRun validate = runCli(fr
                                   + QStringList{QStringLiteral("-v"), QStringLiteral("validate"),
                                                 QStringLiteral("--runs"), QStringLiteral("3"),
                                                 QStringLiteral("--pdf"), pdf});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
    m_validateOut = validate.out;
    // Empty tables: the verdict says there is nothing to measure, and how to get data.
    QVERIFY2(validate.out.contains(QStringLiteral("SANS DONNÉES")), qPrintable(validate.out));
    QVERIFY2(validate.out.contains(QStringLiteral("mathakine-admin seed")),
             qPrintable(validate.out));
    found << problems(QStringLiteral("validate"),
                      (validate.out + validate.err).split(QLatin1Char('\n')));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 lines of French output are wrong:\n").arg(found.size())
                        + found.join(QLatin1Char('\n'))));
}

void TestFrenchOutput::frenchPdfTextIsFrenchAndWellTypeset()
{
    const QString pdf = m_dir.filePath(QStringLiteral("rapport.pdf"));
    QVERIFY(QFile::exists(pdf));
    // Qt's own reader: pdftotext turns the narrow no-break spaces into plain ones.
    QPdfDocument document;
    QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
    QString all;
    for (int page = 0; page < document.pageCount(); ++page)
        all += document.getAllText(page).text() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("Rapport de validation")), qPrintable(all.left(500)));
    QVERIFY2(all.contains(QStringLiteral("Validé par")), "no signature block");
    // Text extraction gives back the narrow no-break space before : ; ? ! as a plain space (the
    // glyph is in the page): spacing is checked in the CLI output and the .ts, here only that
    // the sign is not glued; everything else (words, decimals, plurals, quotes) as it is.
    all.replace(QRegularExpression(QStringLiteral(" ([:;?!])(?=\\s|$)")),
                QStringLiteral("\u202f\\1"));
    const QStringList found =
        problems(QStringLiteral("pdf"), all.split(QRegularExpression(QStringLiteral("[\r\n]+"))));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 lines of the French PDF are wrong:\n").arg(found.size())
                        + found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestFrenchOutput)
#include "tst_french_output.moc"
