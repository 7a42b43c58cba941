#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace mathakine {

// SQL colouring for the migration viewer: keywords, strings, numbers, comments.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_commentFormat;
};

}  // namespace mathakine
