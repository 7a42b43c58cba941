#include "connection/PgServiceFile.h"

#include <QDir>
#include <QFile>

#include <optional>

namespace mathakine {

namespace {
// Debian's libpq is built with this SYSCONFDIR (pg_config --sysconfdir).
const char *const kDefaultSysconfDir = "/etc/postgresql-common";

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// "[name]" → name, or nullopt when the line is not a section header.
std::optional<QString> sectionName(const QString &line)
{
    if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
        return line.mid(1, line.size() - 2);
    return std::nullopt;
}

AppError serviceError(const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = message;
    return error;
}

// The service's lines in one file; nullopt when the file does not define it.
Outcome<std::optional<PgService>> findInFile(const QString &name, const QString &path)
{
    const QStringList lines = readLines(path);
    std::optional<PgService> found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (const auto section = sectionName(line)) {
            if (found)
                break;  // the next section ends ours
            if (*section == name)
                found = PgService{name, path, {}};
            continue;
        }
        if (!found)
            continue;
        const int lineNumber = static_cast<int>(i) + 1;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return serviceError(
                PgServiceFile::tr(
                    "Syntax error in service file %1, line %2: expected keyword=value.")
                    .arg(path)
                    .arg(lineNumber));
        const QString key = line.left(eq);
        if (key == QLatin1String("service"))
            return serviceError(
                PgServiceFile::tr(
                    "Service file %1, line %2: nested service specifications are not supported.")
                    .arg(path)
                    .arg(lineNumber));
        found->keywords.append({key, line.mid(eq + 1), lineNumber});
    }
    return found;
}
}  // namespace

QStringList PgServiceFile::searchPath(const QProcessEnvironment &env)
{
    QString user = env.value(QStringLiteral("PGSERVICEFILE"));
    if (user.isEmpty())
        user = QDir::homePath() + QLatin1String("/.pg_service.conf");
    QString sysconf = env.value(QStringLiteral("PGSYSCONFDIR"));
    if (sysconf.isEmpty())
        sysconf = QString::fromLatin1(kDefaultSysconfDir);
    return {user, sysconf + QLatin1String("/pg_service.conf")};
}

Outcome<PgService> PgServiceFile::find(const QString &name, const QProcessEnvironment &env)
{
    const QStringList files = searchPath(env);
    for (const QString &path : files) {
        auto found = findInFile(name, path);
        if (!found)
            return found.error();
        if (found.value())
            return *found.value();
    }
    AppError error =
        serviceError(tr("Service \"%1\" is not defined in %2.").arg(name, files.join(tr(" or "))));
    error.hint =
        tr("Define it in a [%1] section of the service file, or set PGSERVICEFILE.").arg(name);
    return error;
}

QStringList PgServiceFile::names(const QProcessEnvironment &env)
{
    QStringList names;
    for (const QString &path : searchPath(env)) {
        for (const QString &raw : readLines(path)) {
            const auto section = sectionName(raw.trimmed());
            if (section && !section->isEmpty() && !names.contains(*section))
                names << *section;
        }
    }
    names.sort();
    return names;
}

}  // namespace mathakine
