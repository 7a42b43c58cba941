#include "connection/PgPassFile.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mathakine {

namespace {
const char *const kDefaultSocketDir = "/var/run/postgresql";  // Debian's DEFAULT_PGSOCKET_DIR

QString escapeField(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String(":"), QLatin1String("\\:"));
    return escaped;
}

// Splits on unescaped ':' and unescapes the fields.
QStringList splitFields(const QString &line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == QLatin1Char(':') && fields.size() < 4) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

// libpq matches both no host and its default socket directory as "localhost".
QString hostKey(const ConnectionProfile &p)
{
    return p.host.isEmpty() || p.host == QLatin1String(kDefaultSocketDir)
        ? QStringLiteral("localhost")
        : p.host;
}

bool matches(const QString &pattern, const QString &value)
{
    return pattern == QLatin1String("*") || pattern == value;
}

bool sameEntry(const QStringList &fields, const ConnectionProfile &p)
{
    return fields.size() == 5 && fields[0] == hostKey(p) && fields[1] == QString::number(p.port)
        && fields[2] == p.database && fields[3] == p.user;
}
}  // namespace

PgPassFile::PgPassFile(QString path) : m_path(std::move(path))
{}

QString PgPassFile::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("PGPASSFILE");
    return fromEnv.isEmpty() ? QDir::homePath() + QLatin1String("/.pgpass") : fromEnv;
}

QStringList PgPassFile::readLines() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

bool PgPassFile::writeLines(const QStringList &lines)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString text = lines.join(QLatin1Char('\n'));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    file.write(text.toUtf8());
    return file.commit();
}

std::optional<QString> PgPassFile::lookup(const ConnectionProfile &p) const
{
    const QFileDevice::Permissions open = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if (QFile::exists(m_path) && (QFile::permissions(m_path) & open)) {
        // libpq ignores such a file with a warning; so do we, so both agree.
        log::warn(
            QCoreApplication::translate(
                "Journal", "password file %1 has group or world access; ignored (chmod 0600 it)")
                .arg(m_path));
        return std::nullopt;
    }
    for (const QString &line : readLines()) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = splitFields(line);
        if (f.size() == 5 && matches(f[0], hostKey(p)) && matches(f[1], QString::number(p.port))
            && matches(f[2], p.database) && matches(f[3], p.user))
            return f[4];
    }
    return std::nullopt;
}

bool PgPassFile::store(const ConnectionProfile &p, const QString &password)
{
    QStringList lines;
    for (const QString &line : readLines()) {
        if (!line.isEmpty() && !sameEntry(splitFields(line), p))
            lines << line;
    }
    lines << QStringList{escapeField(hostKey(p)), QString::number(p.port), escapeField(p.database),
                         escapeField(p.user), escapeField(password)}
                 .join(QLatin1Char(':'));
    return writeLines(lines);
}

bool PgPassFile::remove(const ConnectionProfile &p)
{
    QStringList lines;
    for (const QString &line : readLines()) {
        if (!line.isEmpty() && !sameEntry(splitFields(line), p))
            lines << line;
    }
    return writeLines(lines);
}

}  // namespace mathakine
