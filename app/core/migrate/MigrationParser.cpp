#include "migrate/Migration.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace mathakine {

namespace {

const QString kUpMarker = QStringLiteral("-- migrate:up");
const QString kDownMarker = QStringLiteral("-- migrate:down");

AppError fileError(const QString &file, int line, const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.file = file;
    error.line = line;
    error.message = message;
    return error;
}

QStringList normalisedLines(const QString &text)
{
    QString unified = text;
    unified.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = unified.split(QLatin1Char('\n'));
    static const QRegularExpression trailing(QStringLiteral("\\s+$"));
    for (QString &line : lines)
        line.remove(trailing);
    return lines;
}

// Applies one "-- key: value" header line; returns an error message or an empty string.
QString applyHeader(Migration &m, const QString &key, const QString &value)
{
    if (key == QLatin1String("version")) {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
        if (!digits.match(value).hasMatch())
            return MigrationParser::tr("Header version: \"%1\" is not a number.").arg(value);
        m.version = value;
    } else if (key == QLatin1String("title")) {
        m.title = value;
    } else if (key == QLatin1String("title_en")) {
        m.titleEn = value;
    } else if (key == QLatin1String("revision")) {
        static const QRegularExpression revision(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
        if (!revision.match(value).hasMatch())
            return MigrationParser::tr("Header revision: \"%1\" must be 1 to 32 letters, digits or underscores (Alembic's version_num).").arg(value);
        m.revision = value;
    } else if (key == QLatin1String("transactional")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return MigrationParser::tr("Header transactional: \"%1\" must be true or false.").arg(value);
        m.transactional = value == QLatin1String("true");
    } else if (key == QLatin1String("lint_ignore")) {
        for (const QString &rule : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m.lintIgnore << rule.trimmed();
    } else {
        return MigrationParser::tr("Unknown header key \"%1\" (known: %2).").arg(key, MigrationParser::knownHeaderKeys().join(QLatin1String(", ")));
    }
    return {};
}

} // namespace

QString Migration::displayTitle(const QString &language) const
{
    return language == QLatin1String("en") && !titleEn.isEmpty() ? titleEn : title;
}

QStringList MigrationParser::knownHeaderKeys()
{
    return {QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("title_en"),
            QStringLiteral("revision"), QStringLiteral("transactional"), QStringLiteral("lint_ignore")};
}

QString MigrationParser::checksum(const QString &text)
{
    const QByteArray normalised = normalisedLines(text).join(QLatin1Char('\n')).trimmed().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex());
}

Outcome<Migration> MigrationParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, 0, tr("Cannot read the file: %1").arg(file.errorString()));
    return parseText(file.readAll(), path);
}

Outcome<Migration> MigrationParser::parseText(const QByteArray &content, const QString &fileName)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(content);
    if (decoder.hasError()) {
        // Find the first line that does not decode, to point at it.
        const QList<QByteArray> rawLines = content.split('\n');
        for (int i = 0; i < rawLines.size(); ++i) {
            auto lineDecoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decodedLine = lineDecoder.decode(rawLines.at(i));  // decoding happens on conversion
            Q_UNUSED(decodedLine)
            if (lineDecoder.hasError())
                return fileError(fileName, i + 1, tr("The file is not valid UTF-8."));
        }
        return fileError(fileName, 0, tr("The file is not valid UTF-8."));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return fileError(fileName, 0, tr("The file is empty."));

    Migration m;
    m.filePath = fileName;
    m.fileName = QFileInfo(fileName).fileName();
    m.checksum = checksum(text);
    m.text = text;
    const QStringList lines = normalisedLines(text);
    static const QRegularExpression headerLine(QStringLiteral("^--\\s*([A-Za-z_]+)\\s*:\\s*(.*)$"));

    int upLine = 0, downLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == kUpMarker) {
            if (upLine)
                return fileError(fileName, i + 1, tr("A second \"%1\" marker.").arg(kUpMarker));
            upLine = i + 1;
        } else if (line == kDownMarker) {
            if (downLine)
                return fileError(fileName, i + 1, tr("A second \"%1\" marker.").arg(kDownMarker));
            if (!upLine)
                return fileError(fileName, i + 1, tr("\"%1\" comes before \"%2\".").arg(kDownMarker, kUpMarker));
            downLine = i + 1;
        } else if (!upLine && !line.isEmpty()) {
            const auto match = headerLine.match(line);
            if (!match.hasMatch())
                return fileError(fileName, i + 1, tr("Before \"%1\" only \"-- key: value\" header lines are allowed.").arg(kUpMarker));
            if (const QString problem = applyHeader(m, match.captured(1), match.captured(2).trimmed()); !problem.isEmpty())
                return fileError(fileName, i + 1, problem);
        }
    }
    if (!upLine)
        return fileError(fileName, 0, tr("No \"%1\" section.").arg(kUpMarker));
    if (m.version.isEmpty())
        return fileError(fileName, 1, tr("The header has no version."));
    if (m.title.isEmpty())
        return fileError(fileName, 1, tr("The header has no title."));

    auto section = [&](int markerLine, int endLine) -> Outcome<MigrationSection> {
        MigrationSection s;
        s.present = true;
        s.firstLine = markerLine + 1;
        const QString sql = lines.mid(markerLine, endLine - markerLine).join(QLatin1Char('\n'));
        auto statements = SqlScript::parse(sql, fileName, s.firstLine);
        if (!statements)
            return statements.error();
        s.statements = statements.value();
        return s;
    };
    auto up = section(upLine, downLine ? downLine - 1 : static_cast<int>(lines.size()));
    if (!up)
        return up.error();
    m.up = up.value();
    if (m.up.statements.isEmpty())
        return fileError(fileName, upLine, tr("The up section has no statement."));
    if (downLine) {
        auto down = section(downLine, static_cast<int>(lines.size()));
        if (!down)
            return down.error();
        m.down = down.value();
    }
    return m;
}

} // namespace mathakine
