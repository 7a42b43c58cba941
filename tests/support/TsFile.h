#pragma once

#include <QList>
#include <QString>

// A Qt Linguist .ts file read for checks: every message with its translation state.
namespace testsupport {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString translation;  // first form for plurals
    QStringList plurals;
    bool unfinished = false;  // type="unfinished", "vanished" or "obsolete"
    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
};

QList<TsMessage> readTs(const QString &path);

}  // namespace testsupport
