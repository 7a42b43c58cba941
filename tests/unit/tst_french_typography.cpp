#include "FrenchText.h"
#include "TestServer.h"
#include "TsFile.h"

#include <QRegularExpression>
#include <QTest>

using namespace testsupport;

// French typography of every finished translation (issue 17, item 3), and the check itself on
// each kind of mistake and each exception (rules in FrenchText.h). Output captured from a
// French run is checked the same way by tst_french_output.
class TestFrenchTypography : public QObject {
    Q_OBJECT

private slots:
    void everyFrenchTranslationFollowsFrenchTypography();
    void theCheckCatchesEachKindOfMistake_data();
    void theCheckCatchesEachKindOfMistake();
    void theCheckAcceptsCodeAndPlaceholders_data();
    void theCheckAcceptsCodeAndPlaceholders();
    void englishWordCheckFindsLeaksButNotCode_data();
    void englishWordCheckFindsLeaksButNotCode();
};

void TestFrenchTypography::everyFrenchTranslationFollowsFrenchTypography()
{
    const auto messages =
        readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts"));
    QVERIFY(messages.size() > 100);
    QStringList offending;
    int checked = 0;
    for (const TsMessage &m : messages) {
        if (m.unfinished)
            continue;
        const QStringList forms = m.plurals.isEmpty() ? QStringList{m.translation} : m.plurals;
        for (const QString &form : forms) {
            ++checked;
            const QStringList mistakes = typographyMistakes(form);
            if (!mistakes.isEmpty())
                offending << QStringLiteral("%1: %2\n    -> %3\n    %4")
                                 .arg(m.context, m.source, form,
                                      mistakes.join(QStringLiteral("; ")));
        }
    }
    QVERIFY(checked > 100);
    QVERIFY2(offending.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 translations break French typography:\n").arg(offending.size())
                 + offending.join(QLatin1Char('\n'))));
}

void TestFrenchTypography::theCheckCatchesEachKindOfMistake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mistake");
    QTest::newRow("straight quotes")
        << QStringLiteral("Profil \"%1\" enregistré.") << QStringLiteral("straight double quote");
    QTest::newRow("guillemet without no-break space")
        << QStringLiteral("Profil « %1 » enregistré.") << QStringLiteral("« not followed");
    QTest::newRow("plain space before a colon")
        << QStringLiteral("Base de données : %1") << QStringLiteral("':'");
    QTest::newRow("glued semicolon")
        << QStringLiteral("Annulée; rien n'a changé.") << QStringLiteral("';'");
    QTest::newRow("question mark") << QStringLiteral("Continuer ?") << QStringLiteral("'?'");
    QTest::newRow("percent sign") << QStringLiteral("%1 % des lignes") << QStringLiteral("'%'");
    QTest::newRow("curly apostrophe") << QStringLiteral("L’option") << QStringLiteral("apostrophe");
    QTest::newRow("plural hack") << QStringLiteral("%1 erreur(s)") << QStringLiteral("(s)");
    QTest::newRow("decimal point")
        << QStringLiteral("p95 0.036 ms") << QStringLiteral("decimal point in 0.036");
}

void TestFrenchTypography::theCheckCatchesEachKindOfMistake()
{
    QFETCH(QString, text);
    QFETCH(QString, mistake);
    const QStringList mistakes = typographyMistakes(text);
    QVERIFY2(mistakes.join(QLatin1Char('|')).contains(mistake),
             qPrintable(mistakes.join(QLatin1Char('|'))));
}

void TestFrenchTypography::theCheckAcceptsCodeAndPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    const QString nn(QChar(0x202F));
    const QString nb(QChar(0x00A0));
    QTest::newRow("well typeset") << QStringLiteral(
                                         "Profil «%1%2%1» enregistré%3; continuer%3? 50%3%")
                                         .arg(nb, QStringLiteral("x"), nn);
    QTest::newRow("placeholders") << QStringLiteral("%1%2%n %L1 %Ln");
    QTest::newRow("times and scopes")
        << QStringLiteral("à 12:30, mathakine::Foo, -- migrate:down, http://x");
    QTest::newRow("shell argument")
        << QStringLiteral("par exemple --override-gate \"incident 42: hotfix\".");
    QTest::newRow("sql statement")
        << QStringLiteral("Supprimez-la%1: DROP DATABASE %2;").arg(nn, QStringLiteral("%1"));
    QTest::newRow("quoted key") << QStringLiteral("avec «%1transactional: false%1».").arg(nb);
    QTest::newRow("html") << QStringLiteral("<span style='font-size:15pt; color:%1'>x</span>");
    QTest::newRow("version") << QStringLiteral("PostgreSQL 15.4.1 sur 127.0.0.1");
}

void TestFrenchTypography::theCheckAcceptsCodeAndPlaceholders()
{
    QFETCH(QString, text);
    const QStringList mistakes = typographyMistakes(text);
    QVERIFY2(mistakes.isEmpty(), qPrintable(mistakes.join(QLatin1Char('|'))));
}

void TestFrenchTypography::englishWordCheckFindsLeaksButNotCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");  // empty: no English word
    QTest::newRow("gate evidence")
        << QStringLiteral("81 checks, 0 failed, 0 warnings; worst p95 158.8 ms")
        << QStringLiteral("checks");
    QTest::newRow("journal line") << QStringLiteral("15:02:11  validation step 1/13: Vérification")
                                  << QStringLiteral("step");
    QTest::newRow("dry run comment")
        << QStringLiteral("-- then: record version 0003 in mathakine_admin.schema_history")
        << QStringLiteral("then");
    QTest::newRow("direction") << QStringLiteral("0003 (up) — 0003_users.sql")
                               << QStringLiteral("up");
    QTest::newRow("french") << QStringLiteral(
        "81 vérifications, 0 échec, 0 avertissement ; pire p95 158,8 ms")
                            << QString();
    QTest::newRow("identifiers and options")
        << QStringLiteral("mathakine-admin migrate:down --down up.sql users.check_rank idx_up_down")
        << QString();
    QTest::newRow("sql") << QStringLiteral("SELECT id FROM users WHERE points > 0 AND up = 1")
                         << QString();
}

void TestFrenchTypography::englishWordCheckFindsLeaksButNotCode()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const QStringList found = englishWords(text);
    if (word.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('|'))));
    else
        QVERIFY2(found.join(QLatin1Char('|')).contains(word + QStringLiteral(" in")),
                 qPrintable(found.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestFrenchTypography)
#include "tst_french_typography.moc"
