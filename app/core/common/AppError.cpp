#include "common/AppError.h"

#include <QCoreApplication>

namespace mathakine {

QString AppError::located() const
{
    if (file.isEmpty())
        return message;
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + message;
}

QString AppError::fullText() const
{
    QString text = located();
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + detail.trimmed();
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + hint;
    return text;
}

} // namespace mathakine
