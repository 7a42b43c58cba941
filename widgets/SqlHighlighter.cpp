#include "SqlHighlighter.h"

namespace mathakine {

SqlHighlighter::SqlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    QTextCharFormat keyword;
    keyword.setForeground(QColor(0x15, 0x65, 0xC0));
    keyword.setFontWeight(QFont::Bold);
    const QString keywords = QStringLiteral(
        "ADD|ALTER|AND|AS|ASC|BEGIN|BY|CASCADE|CHECK|COLUMN|COMMIT|CONCURRENTLY|CONSTRAINT|CREATE|DEFAULT|DELETE|DESC|"
        "DROP|ENUM|EXISTS|FOREIGN|FROM|GROUP|IF|INDEX|INSERT|INTO|JOIN|KEY|LEFT|LIMIT|NOT|NULL|ON|OR|ORDER|PRIMARY|"
        "REFERENCES|RENAME|SELECT|SET|TABLE|TO|TYPE|UNIQUE|UPDATE|USING|VALID|VALUES|WHERE|WITH");
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords),
                                       QRegularExpression::CaseInsensitiveOption),
                    keyword};
    QTextCharFormat type;
    type.setForeground(QColor(0x6A, 0x1B, 0x9A));
    m_rules << Rule{
        QRegularExpression(
            QStringLiteral("\\b(integer|bigint|serial|boolean|text|varchar|json|jsonb|date|"
                           "timestamptz|timestamp|numeric|double precision|inet)\\b"),
            QRegularExpression::CaseInsensitiveOption),
        type};
    QTextCharFormat number;
    number.setForeground(QColor(0x00, 0x83, 0x8F));
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), number};
    QTextCharFormat string;
    string.setForeground(QColor(0x2E, 0x7D, 0x32));
    m_rules << Rule{QRegularExpression(QStringLiteral("'([^']|'')*'")), string};
    m_commentFormat.setForeground(QColor(0x75, 0x75, 0x75));
    m_commentFormat.setFontItalic(true);
    m_rules << Rule{QRegularExpression(QStringLiteral("--[^\n]*")), m_commentFormat};
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(static_cast<int>(match.capturedStart()),
                      static_cast<int>(match.capturedLength()), rule.format);
        }
    }
}

}  // namespace mathakine
