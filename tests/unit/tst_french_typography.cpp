#include "TsFile.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QTest>

using namespace testsupport;

// French typography of every finished translation (issue 17, item 3):
// - « guillemets » with a no-break space (U+00A0) inside, never "straight quotes" around words;
// - a narrow no-break space (U+202F) before : ; ? ! and before a percent sign;
// - one kind of apostrophe: the straight ' (the majority of the file), never ’;
// - no "(s)" plural hacks: %n messages have plural forms, others are worded without plurals;
// - decimal commas: no number written with a decimal point.
// Exceptions, all for text the user types or reads verbatim rather than French prose:
// - HTML tags (<span style='font-size:15pt; color:%1'>);
// - placeholders (%1, %L1, %n) are not percent signs;
// - punctuation followed by a letter or digit is not punctuation (12:30, ::, -- migrate:down, URLs);
// - a shell argument keeps its straight quotes: --override-gate "incident 42: hotfix";
// - an SQL statement ends with a bare ';': DROP DATABASE %1; (SELECT, DROP, ALTER, GRANT, CREATE, REVOKE);
// - inside « », a ':' ';' '?' '!' glued to a word is quoted text (« transactional: false »);
// - a punctuation sign quoted alone: « : »;
// - dotted numbers with three parts or more are versions or addresses (15.4.1, 127.0.0.1).
class TestFrenchTypography : public QObject {
    Q_OBJECT

private slots:
    void everyFrenchTranslationFollowsFrenchTypography();
    void theCheckCatchesEachKindOfMistake_data();
    void theCheckCatchesEachKindOfMistake();
    void theCheckAcceptsCodeAndPlaceholders_data();
    void theCheckAcceptsCodeAndPlaceholders();
};

namespace {

const QChar nbsp(0x00A0);
const QChar narrow(0x202F);

// Marks the characters that belong to code or markup, where French typography does not apply.
QList<bool> codeMask(const QString &text)
{
    QList<bool> code(text.size(), false);
    static const QRegularExpression codeSpans(
        QStringLiteral(R"(<[^<>]*>|--[a-z][a-z-]* "[^"]*"|\b(?:SELECT|DROP|ALTER|GRANT|CREATE|REVOKE)\b[^;:«»"]*[^\s\x{a0}\x{202f};];)"));
    for (auto it = codeSpans.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            code[i] = true;
    }
    return code;
}

bool endsPunctuation(QChar next)
{
    return next.isNull() || next.isSpace() || QStringLiteral(")».,\"").contains(next);
}

// The typography mistakes in one translated text, described for the failure message.
QStringList typographyMistakes(const QString &text)
{
    QStringList mistakes;
    const QList<bool> code = codeMask(text);
    int guillemetDepth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QChar(0x00AB))
            ++guillemetDepth;
        if (c == QChar(0x00BB))
            guillemetDepth = std::max(0, guillemetDepth - 1);
        if (code[i])
            continue;
        const QString where = QStringLiteral(" at %1").arg(i);
        if (c == QLatin1Char('"'))
            mistakes << QStringLiteral("straight double quote") + where + QStringLiteral(" (use « » with U+00A0)");
        else if (c == QChar(0x2019))
            mistakes << QStringLiteral("typographic apostrophe ’") + where + QStringLiteral(" (the file uses ')");
        else if (c == QChar(0x00AB) && next != nbsp)
            mistakes << QStringLiteral("« not followed by U+00A0") + where;
        else if (c == QChar(0x00BB) && prev != nbsp)
            mistakes << QStringLiteral("» not preceded by U+00A0") + where;
        else if (QStringLiteral(":;?!").contains(c)) {
            if (i == 0 || prev == QLatin1Char('\n') || !endsPunctuation(next) || prev == c)
                continue;
            if (guillemetDepth > 0 && prev.isLetterOrNumber())
                continue; // quoted text: « key: value »
            if (prev == nbsp && i >= 2 && text.at(i - 2) == QChar(0x00AB))
                continue; // the sign quoted alone: « : »
            if (prev != narrow)
                mistakes << QStringLiteral("'%1'").arg(c) + where + QStringLiteral(" not preceded by U+202F");
        } else if (c == QLatin1Char('%')) {
            static const QRegularExpression placeholder(QStringLiteral(R"(\G%(?:L?[0-9n]|%))"));
            if (placeholder.match(text, i).hasMatch() || prev == QLatin1Char('%'))
                continue;
            if (prev != narrow)
                mistakes << QStringLiteral("'%'") + where + QStringLiteral(" not preceded by U+202F");
        }
    }
    if (text.contains(QLatin1String("(s)")))
        mistakes << QStringLiteral("\"(s)\" plural hack (use %n plural forms, or word it without a plural)");
    static const QRegularExpression decimalPoint(QStringLiteral(R"((?<![\w.%])\d+\.\d+(?![\w.]))"));
    for (auto it = decimalPoint.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!code[m.capturedStart()])
            mistakes << QStringLiteral("decimal point in %1 (use a decimal comma)").arg(m.captured());
    }
    return mistakes;
}

} // namespace

void TestFrenchTypography::everyFrenchTranslationFollowsFrenchTypography()
{
    const auto messages = readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts"));
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
                offending << QStringLiteral("%1: %2\n    -> %3\n    %4").arg(m.context, m.source, form, mistakes.join(QStringLiteral("; ")));
        }
    }
    QVERIFY(checked > 100);
    QVERIFY2(offending.isEmpty(), qPrintable(QStringLiteral("%1 translations break French typography:\n").arg(offending.size())
                                              + offending.join(QLatin1Char('\n'))));
}

void TestFrenchTypography::theCheckCatchesEachKindOfMistake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mistake");
    QTest::newRow("straight quotes") << QStringLiteral("Profil \"%1\" enregistré.") << QStringLiteral("straight double quote");
    QTest::newRow("guillemet without no-break space") << QStringLiteral("Profil « %1 » enregistré.") << QStringLiteral("« not followed");
    QTest::newRow("plain space before a colon") << QStringLiteral("Base de données : %1") << QStringLiteral("':'");
    QTest::newRow("glued semicolon") << QStringLiteral("Annulée; rien n'a changé.") << QStringLiteral("';'");
    QTest::newRow("question mark") << QStringLiteral("Continuer ?") << QStringLiteral("'?'");
    QTest::newRow("percent sign") << QStringLiteral("%1 % des lignes") << QStringLiteral("'%'");
    QTest::newRow("curly apostrophe") << QStringLiteral("L’option") << QStringLiteral("apostrophe");
    QTest::newRow("plural hack") << QStringLiteral("%1 erreur(s)") << QStringLiteral("(s)");
    QTest::newRow("decimal point") << QStringLiteral("p95 0.036 ms") << QStringLiteral("decimal point in 0.036");
}

void TestFrenchTypography::theCheckCatchesEachKindOfMistake()
{
    QFETCH(QString, text);
    QFETCH(QString, mistake);
    const QStringList mistakes = typographyMistakes(text);
    QVERIFY2(mistakes.join(QLatin1Char('|')).contains(mistake), qPrintable(mistakes.join(QLatin1Char('|'))));
}

void TestFrenchTypography::theCheckAcceptsCodeAndPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    const QString nn(narrow);
    const QString nb(nbsp);
    QTest::newRow("well typeset") << QStringLiteral("Profil «%1%2%1» enregistré%3; continuer%3? 50%3%").arg(nb, QStringLiteral("x"), nn);
    QTest::newRow("placeholders") << QStringLiteral("%1%2%n %L1 %Ln");
    QTest::newRow("times and scopes") << QStringLiteral("à 12:30, mathakine::Foo, -- migrate:down, http://x");
    QTest::newRow("shell argument") << QStringLiteral("par exemple --override-gate \"incident 42: hotfix\".");
    QTest::newRow("sql statement") << QStringLiteral("Supprimez-la%1: DROP DATABASE %2;").arg(nn, QStringLiteral("%1"));
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

QTEST_GUILESS_MAIN(TestFrenchTypography)
#include "tst_french_typography.moc"
