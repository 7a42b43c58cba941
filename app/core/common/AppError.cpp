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

}  // namespace mathakine

namespace mathakine {

ErrorKind errorKindOf(const QString &sqlState, bool cancelRequested)
{
    if (sqlState == QLatin1String("55P03"))
        return ErrorKind::LockTimeout;
    if (sqlState == QLatin1String("57014"))
        return cancelRequested ? ErrorKind::Canceled : ErrorKind::StatementTimeout;
    if (sqlState == QLatin1String("42P07") || sqlState == QLatin1String("42710")
        || sqlState == QLatin1String("42701") || sqlState == QLatin1String("42P06")
        || sqlState == QLatin1String("42723"))
        return ErrorKind::ObjectExists;
    if (sqlState == QLatin1String("23505"))
        return ErrorKind::DuplicateData;
    if (sqlState == QLatin1String("42501"))
        return ErrorKind::Permission;
    if (sqlState.startsWith(QLatin1String("57P")) || sqlState.startsWith(QLatin1String("08")))
        return ErrorKind::ConnectionLost;
    return ErrorKind::Other;
}

}  // namespace mathakine
