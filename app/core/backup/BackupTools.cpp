#include "backup/BackupTools.h"

#include "process/ToolProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace mathakine {

namespace {
AppError toolError(const QString &message, const QString &detail = {}, const QString &hint = {})
{
    return AppError{
        .exitCode = ExitCode::Failed, .message = message, .detail = detail, .hint = hint};
}

// Every directory that may hold pg_dump, best first.
QStringList candidateDirs()
{
    const QString fromEnv = qEnvironmentVariable("MATHAKINE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return {fromEnv};
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    QStringList dirs;
    for (const QString &version : found) {
        if (QFileInfo::exists(versions.filePath(version + QLatin1String("/bin/pg_dump"))))
            dirs << versions.filePath(version + QLatin1String("/bin"));
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (!onPath.isEmpty())
        dirs << QFileInfo(onPath).absolutePath();
    return dirs;
}
}  // namespace

int BackupTools::parseMajor(const QString &versionOutput)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"));
    const auto match = pattern.match(versionOutput);
    if (!match.hasMatch())
        return 0;
    const int first = match.captured(1).toInt();
    // Before PostgreSQL 10 the major version had two parts (9.6).
    return first >= 10 ? first : first * 100 + match.captured(2).toInt();
}

int BackupTools::serverMajor(int serverVersionNumber)
{
    return serverVersionNumber >= 100000 ? serverVersionNumber / 10000 : serverVersionNumber / 100;
}

namespace {
// Majors on server_version_num's scale: 15 -> 150000, 906 (9.6) -> 90600.
int majorLevel(int major)
{
    return major >= 100 ? major * 100 : major * 10000;
}
}  // namespace

Status BackupTools::checkCompatible(int toolMajor, const QString &toolVersion,
                                    int serverVersionNumber)
{
    const int server = serverMajor(serverVersionNumber);
    if (majorLevel(toolMajor) >= majorLevel(server))
        return {};
    return toolError(
        tr("pg_dump %1 is older than the server (PostgreSQL %2): it would refuse to dump it.")
            .arg(toolVersion)
            .arg(server),
        {},
        tr("Install the client tools of version %1 or newer (apt-get install postgresql-client-%1), "
           "or point MATHAKINE_PG_BINDIR at their bin folder.")
            .arg(server));
}

Outcome<ClientTools> BackupTools::probe(const QString &binDir)
{
    ClientTools tools;
    tools.pgDump = binDir + QLatin1String("/pg_dump");
    tools.pgRestore = binDir + QLatin1String("/pg_restore");
    if (!QFileInfo(tools.pgRestore).isExecutable())
        return toolError(tr("pg_restore is missing next to %1.").arg(tools.pgDump));
    const ToolResult result = ToolProcess::run(tools.pgDump, {QStringLiteral("--version")}, 10000);
    tools.major = parseMajor(result.output);
    if (!result.ok() || tools.major == 0)
        return toolError(tr("Cannot read the version of %1.").arg(tools.pgDump), result.output);
    tools.version = result.output.section(QStringLiteral(") "), 1).trimmed();
    return tools;
}

Outcome<ClientTools> BackupTools::newest()
{
    const QStringList dirs = candidateDirs();
    if (dirs.isEmpty())
        return toolError(tr("pg_dump was not found."), {},
                         tr("Install the postgresql-client package, or set MATHAKINE_PG_BINDIR."));
    return probe(dirs.constFirst());
}

Outcome<ClientTools> BackupTools::forServer(int serverVersionNumber)
{
    auto tools = newest();
    if (!tools)
        return tools;
    // Prefer the tools of the server's own major version when installed (identical output).
    const QString same =
        QStringLiteral("/usr/lib/postgresql/%1/bin").arg(serverMajor(serverVersionNumber));
    if (qEnvironmentVariable("MATHAKINE_PG_BINDIR").isEmpty()
        && tools->major != serverMajor(serverVersionNumber)
        && QFileInfo::exists(same + QLatin1String("/pg_dump"))) {
        if (auto exact = probe(same))
            tools = exact;
    }
    if (Status s = checkCompatible(tools->major, tools->version, serverVersionNumber); !s)
        return s.error();
    return tools;
}

}  // namespace mathakine
