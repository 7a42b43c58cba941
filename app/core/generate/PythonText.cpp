#include "generate/PythonText.h"

#include <QStringList>

namespace mathakine::python {

QString stringLiteral(const QString &text)
{
    const bool multiLine = text.contains(QLatin1Char('\n'));
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\n':
            out += multiLine ? QStringLiteral("\n") : QStringLiteral("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    // Every quote inside is escaped, so """ cannot end the literal early.
    return multiLine ? QStringLiteral("\"\"\"") + out + QStringLiteral("\"\"\"")
                     : QLatin1Char('"') + out + QLatin1Char('"');
}

QString className(const QString &tableName)
{
    QString singular = tableName;
    if (singular.endsWith(QLatin1String("ies")))
        singular = singular.chopped(3) + QLatin1Char('y');
    else if (singular.endsWith(QLatin1Char('s')) && !singular.endsWith(QLatin1String("ss"))
             && !singular.endsWith(QLatin1String("us")) && !singular.endsWith(QLatin1String("is"))
             && !singular.endsWith(QLatin1String("ics")))
        singular.chop(1);
    QString out;
    for (const QString &part : singular.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(QLatin1String("T"));
    return out;
}

}  // namespace mathakine::python
