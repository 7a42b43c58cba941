#include "FrenchText.h"

#include <QRegularExpression>

namespace testsupport {

namespace {

const QChar nbsp(0x00A0);
const QChar narrow(0x202F);

// Marks the characters that belong to code or markup, where French typography does not apply.
QList<bool> codeMask(const QString &text)
{
    QList<bool> code(text.size(), false);
    static const QRegularExpression codeSpans(QStringLiteral(
        R"(<[^<>]*>|--[a-z][a-z-]* "[^"]*"|\b(?:SELECT|DROP|ALTER|GRANT|CREATE|REVOKE)\b[^;:«»"]*[^\s\x{a0}\x{202f};];)"
        R"(|\b(?:NOTICE|WARNING|ERROR|DETAIL|HINT|FATAL):.*$)"
        R"(|\b(?:PostgreSQL|pg_dump|pg_restore|psql|Debian) \d+\.\d+|\b\d+\.\d+-\S+)"));
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

}  // namespace

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
            mistakes << QStringLiteral("straight double quote") + where
                    + QStringLiteral(" (use « » with U+00A0)");
        else if (c == QChar(0x2019))
            mistakes << QStringLiteral("typographic apostrophe ’") + where
                    + QStringLiteral(" (the file uses ')");
        else if (c == QChar(0x00AB) && next != nbsp)
            mistakes << QStringLiteral("« not followed by U+00A0") + where;
        else if (c == QChar(0x00BB) && prev != nbsp)
            mistakes << QStringLiteral("» not preceded by U+00A0") + where;
        else if (QStringLiteral(":;?!").contains(c)) {
            if (i == 0 || prev == QLatin1Char('\n') || !endsPunctuation(next) || prev == c)
                continue;
            if (guillemetDepth > 0 && prev.isLetterOrNumber())
                continue;  // quoted text: « key: value »
            if (prev == nbsp && i >= 2 && text.at(i - 2) == QChar(0x00AB))
                continue;  // the sign quoted alone: « : »
            if (prev != narrow)
                mistakes << QStringLiteral("'%1'").arg(c) + where
                        + QStringLiteral(" not preceded by U+202F");
        } else if (c == QLatin1Char('%')) {
            static const QRegularExpression placeholder(QStringLiteral(R"(\G%(?:L?[0-9n]|%))"));
            if (placeholder.match(text, i).hasMatch() || prev == QLatin1Char('%'))
                continue;
            if (prev != narrow)
                mistakes << QStringLiteral("'%'") + where
                        + QStringLiteral(" not preceded by U+202F");
        }
    }
    if (text.contains(QLatin1String("(s)")))
        mistakes << QStringLiteral(
            "\"(s)\" plural hack (use %n plural forms, or word it without a plural)");
    static const QRegularExpression decimalPoint(QStringLiteral(R"((?<![\w.%])\d+\.\d+(?![\w.]))"));
    for (auto it = decimalPoint.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!code[m.capturedStart()])
            mistakes
                << QStringLiteral("decimal point in %1 (use a decimal comma)").arg(m.captured());
    }
    return mistakes;
}

QStringList englishWords(const QString &text)
{
    // Words a French sentence never contains; "up" / "down" only as words on their own, so
    // migrate:down, up.sql or --down are not counted (identifiers are masked below).
    static const QStringList words{
        QStringLiteral("checks"),    QStringLiteral("check"),    QStringLiteral("failed"),
        QStringLiteral("warnings"),  QStringLiteral("warning"),  QStringLiteral("worst"),
        QStringLiteral("running"),   QStringLiteral("restored"), QStringLiteral("finished"),
        QStringLiteral("step"),      QStringLiteral("then"),     QStringLiteral("record"),
        QStringLiteral("up"),        QStringLiteral("down"),     QStringLiteral("passed"),
        QStringLiteral("pass"),      QStringLiteral("fail"),     QStringLiteral("rows"),
        QStringLiteral("into"),      QStringLiteral("written"),  QStringLiteral("the"),
        QStringLiteral("with"),      QStringLiteral("from"),     QStringLiteral("and"),
        QStringLiteral("connected"), QStringLiteral("done"),     QStringLiteral("server"),
        QStringLiteral("none"),      QStringLiteral("query"),    QStringLiteral("mean")};
    // Code is not prose: SQL keywords' lines, identifiers with _ . : / or -, options, file names.
    QString prose = text;
    const QList<bool> masked = codeMask(text);
    for (qsizetype i = 0; i < prose.size(); ++i) {
        if (masked[i])
            prose[i] = QLatin1Char(' ');
    }
    static const QRegularExpression code(QStringLiteral(
        R"((?:\b(?:SELECT|FROM|WHERE|JOIN|ORDER BY|GROUP BY|LIMIT|AND|WITH)\b[^\n]*)|[\w-]*[_./:@=]+\w[\w./:@=-]*|--[\w-]+)"));
    prose.replace(code, QStringLiteral(" "));
    QStringList found;
    for (const QString &word : words) {
        const QRegularExpression re(
            QStringLiteral("(?<![\\w'-])%1(?![\\w'-])").arg(QRegularExpression::escape(word)),
            QRegularExpression::CaseInsensitiveOption);
        if (auto m = re.match(prose); m.hasMatch()) {
            const qsizetype at = m.capturedStart();
            found << QStringLiteral("%1 in « %2 »")
                         .arg(word, prose.mid(qMax<qsizetype>(0, at - 40), 80).simplified());
        }
    }
    return found;
}

}  // namespace testsupport
