#include "migrate/Migration.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>
#include <optional>

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

constexpr qint64 kMaxFileBytes = MigrationParser::maxFileBytes;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

// Applies one "-- key: value" header line; returns an error message or an empty string.
QString applyHeader(Migration &m, const QString &key, const QString &value)
{
    if (key == QLatin1String("version")) {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(value).hasMatch())
            return MigrationParser::tr("Header version: \"%1\" is not a number (digits only).")
                .arg(value);
        bool fits = false;
        value.toLongLong(&fits);
        if (!fits) {
            return MigrationParser::
                tr("Header version: %1 is larger than %2, the largest version (PostgreSQL bigint).")
                    .arg(value)
                    .arg(std::numeric_limits<qint64>::max());
        }
        m.version = value;
    } else if (key == QLatin1String("title")) {
        m.title = value;
    } else if (key == QLatin1String("title_en")) {
        m.titleEn = value;
    } else if (key == QLatin1String("revision")) {
        static const QRegularExpression revision(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
        if (!revision.match(value).hasMatch())
            return MigrationParser::
                tr("Header revision: \"%1\" must be 1 to 32 letters, digits or underscores (Alembic's version_num).")
                    .arg(value);
        m.revision = value;
    } else if (key == QLatin1String("replaces_revisions")) {
        // Foreign Alembic revisions (the backend's own) this version stands for (issue 15).
        static const QRegularExpression revision(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!revision.match(item.trimmed()).hasMatch())
                return MigrationParser::
                    tr("Header replaces_revisions: \"%1\" must be 1 to 32 letters, digits or underscores (Alembic's version_num).")
                        .arg(item.trimmed());
            m.replacesRevisions << item.trimmed();
        }
    } else if (key == QLatin1String("transactional")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return MigrationParser::tr("Header transactional: \"%1\" must be true or false.")
                .arg(value);
        m.transactional = value == QLatin1String("true");
    } else if (key == QLatin1String("lock_retries")) {
        bool ok = false;
        const int retries = value.toInt(&ok);
        if (!ok || retries < 0 || retries > MigrationParser::maxLockRetries)
            return MigrationParser::tr(
                       "Header lock_retries: \"%1\" must be a whole number from 0 to %2.")
                .arg(value)
                .arg(MigrationParser::maxLockRetries);
        m.lockRetries = retries;
    } else if (key == QLatin1String("lint_ignore")) {
        for (const QString &rule : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m.lintIgnore << rule.trimmed();
    } else {
        return MigrationParser::tr("Unknown header key \"%1\" (known: %2).")
            .arg(key, MigrationParser::knownHeaderKeys().join(QLatin1String(", ")));
    }
    return {};
}

// 1-based line of the first invalid UTF-8 sequence or NUL byte (a C string ends there, so
// the parser would never see what follows), 0 when the whole content is text.
int firstLineNotText(const QByteArray &content)
{
    if (content.isValidUtf8() && !content.contains('\0'))
        return 0;
    int line = 1;
    for (qsizetype start = 0; start <= content.size(); ++line) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArrayView text(content.constData() + start, end - start);
        if (!text.isValidUtf8() || text.contains('\0'))
            return line;
        start = end + 1;
    }
    return 1;
}

bool isMarker(const SqlSource &source, const SqlSource::Token &token, const QString &marker)
{
    if (token.kind != SqlSource::Token::Kind::Comment)
        return false;
    const QByteArray &bytes = source.bytes();
    for (qsizetype i = source.lineStart(source.lineAt(token.start)); i < token.start; ++i) {
        if (!isBlank(bytes.at(i)) && i >= source.begin())
            return false;  // code before it on the line: an ordinary comment
    }
    return QString::fromUtf8(bytes.mid(token.start, token.end - token.start)).trimmed() == marker;
}

using Markers = std::pair<SqlSource::Token, std::optional<SqlSource::Token>>;

// Reads the "-- key: value" comments before the up marker into m and finds both markers,
// all as tokens of PostgreSQL's scanner (a marker inside a string or a block comment is text).
Outcome<Markers> readHeaderAndMarkers(Migration &m, const SqlSource &source)
{
    static const QRegularExpression headerLine(QStringLiteral("^--\\s*([A-Za-z_]+)\\s*:\\s*(.*)$"));
    std::optional<SqlSource::Token> up, down;
    for (const SqlSource::Token &token : source.tokens()) {
        const int line = source.lineAt(token.start);
        if (isMarker(source, token, kUpMarker)) {
            if (up)
                return fileError(source.fileName(), line,
                                 MigrationParser::tr("A second \"%1\" marker.").arg(kUpMarker));
            up = token;
        } else if (isMarker(source, token, kDownMarker)) {
            if (down)
                return fileError(source.fileName(), line,
                                 MigrationParser::tr("A second \"%1\" marker.").arg(kDownMarker));
            if (!up)
                return fileError(
                    source.fileName(), line,
                    MigrationParser::tr("\"%1\" comes before \"%2\".").arg(kDownMarker, kUpMarker));
            down = token;
        } else if (!up) {
            const QString text =
                QString::fromUtf8(source.bytes().mid(token.start, token.end - token.start))
                    .trimmed();
            const auto match = headerLine.match(text);
            if (!match.hasMatch())
                return fileError(
                    source.fileName(), line,
                    MigrationParser::tr(
                        "Before \"%1\" only \"-- key: value\" header lines are allowed.")
                        .arg(kUpMarker));
            if (const QString problem =
                    applyHeader(m, match.captured(1), match.captured(2).trimmed());
                !problem.isEmpty())
                return fileError(source.fileName(), line, problem);
        }
    }
    if (!up)
        return fileError(source.fileName(), 0,
                         MigrationParser::tr("No \"%1\" section.").arg(kUpMarker));
    if (m.version.isEmpty())
        return fileError(source.fileName(), 1, MigrationParser::tr("The header has no version."));
    if (m.title.isEmpty())
        return fileError(source.fileName(), 1, MigrationParser::tr("The header has no title."));
    return Markers{*up, down};
}

}  // namespace

QString Migration::displayTitle(const QString &language) const
{
    return language == QLatin1String("en") && !titleEn.isEmpty() ? titleEn : title;
}

QStringList MigrationParser::knownHeaderKeys()
{
    return {QStringLiteral("version"),       QStringLiteral("title"),
            QStringLiteral("title_en"),      QStringLiteral("revision"),
            QStringLiteral("transactional"), QStringLiteral("lint_ignore"),
            QStringLiteral("lock_retries"),  QStringLiteral("replaces_revisions")};
}

QString MigrationParser::checksum(const SqlSource &source)
{
    // Line ends become LF and a line's trailing blanks are dropped, unless the line ends
    // inside a string: there they are data the server stores.
    const QByteArray &bytes = source.bytes();
    QByteArray normalised;
    normalised.reserve(bytes.size());
    for (int line = 1; line <= source.lineCount(); ++line) {
        const qsizetype start = std::max(source.lineStart(line), source.begin());
        qsizetype end = line < source.lineCount() ? source.lineStart(line + 1) : bytes.size();
        if (end > start && bytes.at(end - 1) == '\n')
            --end;
        if (end > start && bytes.at(end - 1) == '\r')
            --end;
        const qsizetype lineEnd = end;
        if (!source.insideCodeToken(lineEnd)) {
            while (end > start && isBlank(bytes.at(end - 1)))
                --end;
        }
        if (line > 1)
            normalised += '\n';
        normalised.append(bytes.constData() + start, end - start);
    }
    const QByteArray trimmed = QString::fromUtf8(normalised).trimmed().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(trimmed, QCryptographicHash::Sha256).toHex());
}

Outcome<Migration> MigrationParser::parseFile(const QString &path)
{
    // Checked before reading: a device or a pipe (a symlink to /dev/zero) never ends.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fileError(
            path, 0,
            tr("Not a regular file (a device, a pipe or a folder): a migration must be a plain text file."));
    if (info.size() > kMaxFileBytes)
        return fileError(path, 0,
                         tr("The file is larger than %1 MiB, the limit for a migration file.")
                             .arg(kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, 0, tr("Cannot read the file: %1").arg(file.errorString()));
    return parseText(file.read(kMaxFileBytes + 1), path);
}

Outcome<Migration> MigrationParser::parseText(const QByteArray &content, const QString &fileName)
{
    if (content.size() > kMaxFileBytes)
        return fileError(fileName, 0,
                         tr("The file is larger than %1 MiB, the limit for a migration file.")
                             .arg(kMaxFileBytes / (1024 * 1024)));
    if (const int badLine = firstLineNotText(content); badLine > 0)
        return fileError(fileName, badLine, tr("The file is not valid UTF-8 text."));
    const qsizetype from = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (QByteArrayView(content).sliced(from).trimmed().isEmpty())
        return fileError(fileName, 0, tr("The file is empty."));
    auto scanned = SqlSource::scan(content, fileName, from);
    if (!scanned)
        return scanned.error();
    const SqlSource &source = scanned.value();

    Migration m;
    m.filePath = fileName;
    m.fileName = QFileInfo(fileName).fileName();
    m.checksum = checksum(source);
    m.text = QString::fromUtf8(content.sliced(from));
    auto markers = readHeaderAndMarkers(m, source);
    if (!markers)
        return markers.error();
    const auto [up, down] = markers.value();

    auto section = [&](const SqlSource::Token &marker, qsizetype end) -> Outcome<MigrationSection> {
        MigrationSection s;
        s.present = true;
        s.firstLine = source.lineAt(marker.start) + 1;
        auto statements = SqlScript::parse(source, marker.end, end);
        if (!statements)
            return statements.error();
        s.statements = statements.value();
        return s;
    };
    auto upSection = section(up, down ? down->start : content.size());
    if (!upSection)
        return upSection.error();
    m.up = upSection.value();
    if (m.up.statements.isEmpty())
        return fileError(fileName, source.lineAt(up.start), tr("The up section has no statement."));
    if (down) {
        auto downSection = section(*down, content.size());
        if (!downSection)
            return downSection.error();
        m.down = downSection.value();
    }
    return m;
}

}  // namespace mathakine
