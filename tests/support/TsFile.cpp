#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace testsupport {

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << current;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = !type.isEmpty();
            if (xml.readNext() == QXmlStreamReader::Characters)
                current.translation = xml.text().toString().trimmed();
        } else if (name == QLatin1String("numerusform")) {
            current.plurals << xml.readElementText();
            current.translation = current.plurals.constFirst();
        }
    }
    return messages;
}

}  // namespace testsupport
