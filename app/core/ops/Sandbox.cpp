#include "ops/Sandbox.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "process/ToolProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QCoreApplication>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mathakine {

namespace {

const QString kServerUser = QStringLiteral("postgres");
constexpr int kMaxSocketPathLength = 90;  // sun_path holds 107 bytes, plus ".s.PGSQL.NNNNN"

AppError sandboxError(const QString &message, const QString &detail = {})
{
    AppError error;
    error.exitCode = ExitCode::Failed;
    error.message = message;
    error.detail = detail;
    return error;
}

// Asks the kernel for a free TCP port on the loopback address.
// The postgres user must be able to enter every parent directory.
QString firstUnreachableParent(const QString &path)
{
    if (!ToolProcess::runningAsRoot())
        return {};
    QDir dir(QFileInfo(path).absoluteFilePath());
    while (dir.cdUp()) {
        const QFileInfo info(dir.absolutePath());
        if (!(info.permissions() & QFileDevice::ExeOther) && info.owner() != kServerUser)
            return dir.absolutePath();
        if (dir.isRoot())
            break;
    }
    return {};
}

}  // namespace

Sandbox::Sandbox(QString rootDir) : m_root(QDir(rootDir).absolutePath())
{}

QString Sandbox::defaultRoot()
{
    // Root's home is usually closed to the postgres user, so root keeps its sandbox in /var/tmp.
    if (ToolProcess::runningAsRoot())
        return QStringLiteral("/var/tmp/mathakine-admin-sandbox");
    return appinfo::dataLocation() + QLatin1String("/sandbox");
}

Outcome<QString> Sandbox::findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("MATHAKINE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : found) {
        const QString bin = versions.filePath(version + QLatin1String("/bin"));
        if (QFileInfo::exists(bin + QLatin1String("/initdb"))
            && QFileInfo::exists(bin + QLatin1String("/pg_ctl")))
            return bin;
    }
    return sandboxError(tr("No PostgreSQL server binaries found in /usr/lib/postgresql."),
                        tr("Install the postgresql package, or set MATHAKINE_PG_BINDIR."));
}

QString Sandbox::stateFile() const
{
    return m_root + QLatin1String("/sandbox.json");
}

SandboxState Sandbox::status() const
{
    SandboxState state;
    state.rootDir = m_root;
    state.dataDir = m_root + QLatin1String("/data");
    state.logFile = m_root + QLatin1String("/postgresql.log");
    QFile file(stateFile());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        state.port = json.value(QLatin1String("port")).toInt();
        state.socketDir = json.value(QLatin1String("socketDir")).toString();
        state.database = json.value(QLatin1String("database")).toString();
        state.binDir = json.value(QLatin1String("binDir")).toString();
    }
    QFile pidFile(state.dataDir + QLatin1String("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly)) {
        state.pid = pidFile.readLine().trimmed().toLongLong();
        state.running = state.pid > 0 && ::kill(static_cast<pid_t>(state.pid), 0) == 0;
    }
    return state;
}

void Sandbox::saveState(const SandboxState &state) const
{
    QJsonObject json{{QStringLiteral("port"), state.port},
                     {QStringLiteral("socketDir"), state.socketDir},
                     {QStringLiteral("database"), state.database},
                     {QStringLiteral("binDir"), state.binDir}};
    QFile file(stateFile());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(json).toJson());
}

Status Sandbox::prepareDirectories(SandboxState &state) const
{
    if (!QDir().mkpath(m_root))
        return sandboxError(tr("Cannot create the sandbox directory %1.").arg(m_root));
    if (const QString closed = firstUnreachableParent(m_root); !closed.isEmpty())
        return sandboxError(
            tr("The postgres user cannot enter %1; choose a sandbox directory it can reach.")
                .arg(closed));
    state.socketDir = m_root + QLatin1String("/run");
    if (state.socketDir.size() > kMaxSocketPathLength) {
        QTemporaryDir shortDir(QDir::tempPath() + QLatin1String("/mathakine-sock-XXXXXX"));
        shortDir.setAutoRemove(false);
        state.socketDir = shortDir.path();
    }
    QDir().mkpath(state.socketDir);
    if (!Sandbox::giveToServerUser(m_root) || !Sandbox::giveToServerUser(state.socketDir))
        return sandboxError(tr("Cannot give %1 to the postgres user.").arg(m_root));
    return {};
}

Status Sandbox::initCluster(const SandboxState &state) const
{
    if (QFileInfo::exists(state.dataDir + QLatin1String("/PG_VERSION")))
        return {};
    log::info(QCoreApplication::translate("Journal", "initialising sandbox cluster in %1")
                  .arg(state.dataDir));
    const ToolResult result = ToolProcess::run(
        state.binDir + QLatin1String("/initdb"),
        {QStringLiteral("-D"), state.dataDir, QStringLiteral("-U"), kServerUser,
         QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
         QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
         QStringLiteral("--no-sync")},
        120000, kServerUser);
    if (!result.ok())
        return sandboxError(tr("initdb failed in %1.").arg(state.dataDir), result.output);
    return {};
}

Status Sandbox::startServer(SandboxState &state) const
{
    ToolResult result;
    for (int attempt = 0; attempt < 3; ++attempt) {
        state.port = Sandbox::freeLoopbackPort();
        const QString serverOptions =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                .arg(state.port)
                .arg(state.socketDir);
        result = ToolProcess::run(state.binDir + QLatin1String("/pg_ctl"),
                                  {QStringLiteral("-D"), state.dataDir, QStringLiteral("-l"),
                                   state.logFile, QStringLiteral("-w"), QStringLiteral("-t"),
                                   QStringLiteral("60"), QStringLiteral("-o"), serverOptions,
                                   QStringLiteral("start")},
                                  90000, kServerUser);
        if (result.ok())
            return {};
        log::warn(QCoreApplication::translate("Journal", "sandbox start on port %1 failed: %2")
                      .arg(state.port)
                      .arg(result.output));
    }
    QFile serverLog(state.logFile);
    QString tail;
    if (serverLog.open(QIODevice::ReadOnly))
        tail = QString::fromUtf8(serverLog.readAll().right(2000));
    return sandboxError(tr("The sandbox server did not start (log: %1).").arg(state.logFile),
                        result.output + tail);
}

Status Sandbox::createDatabase(const SandboxState &state) const
{
    ConnectionSpec spec{profile(QStringLiteral("postgres")), {}};
    spec.profile.port = state.port;
    spec.profile.host = state.socketDir;
    auto session = DatabaseSession::open(spec, QStringLiteral("sandbox"));
    if (!session)
        return session.error();
    auto exists = session.value()->scalar(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {state.database});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0) {
        auto created =
            session.value()->run(QStringLiteral("CREATE DATABASE %1")
                                     .arg(DatabaseSession::quoteIdentifier(state.database)));
        if (!created)
            return created.error();
    }
    return {};
}

Outcome<SandboxState> Sandbox::start(const QString &database)
{
    SandboxState state = status();
    if (state.running && (database.isEmpty() || database == state.database))
        return state;
    if (state.running)
        return sandboxError(
            tr("The sandbox is already running with database %1.").arg(state.database));
    auto binDir = findBinDir();
    if (!binDir)
        return binDir.error();
    state.binDir = binDir.value();
    state.database = database;
    if (Status s = prepareDirectories(state); !s)
        return s.error();
    if (Status s = initCluster(state); !s)
        return s.error();
    if (Status s = startServer(state); !s)
        return s.error();
    saveState(state);
    if (Status s = createDatabase(state); !s)
        return s.error();
    log::info(QCoreApplication::translate("Journal", "sandbox running on port %1, socket %2")
                  .arg(state.port)
                  .arg(state.socketDir));
    return status();
}

Status Sandbox::stop()
{
    const SandboxState state = status();
    if (!state.running)
        return {};
    auto binDir = findBinDir();
    if (!binDir)
        return binDir.error();
    const ToolResult result =
        ToolProcess::run(binDir.value() + QLatin1String("/pg_ctl"),
                         {QStringLiteral("-D"), state.dataDir, QStringLiteral("-m"),
                          QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                         60000, kServerUser);
    if (!result.ok())
        return sandboxError(tr("The sandbox server did not stop."), result.output);
    return {};
}

Status Sandbox::destroy()
{
    if (Status s = stop(); !s)
        return s;
    const SandboxState state = status();
    if (!state.socketDir.isEmpty() && !state.socketDir.startsWith(m_root))
        QDir(state.socketDir).removeRecursively();
    if (QFileInfo::exists(m_root) && !QDir(m_root).removeRecursively())
        return sandboxError(tr("Cannot delete %1.").arg(m_root));
    return {};
}

std::optional<ConnectionSpec> Sandbox::runningDefault()
{
    Sandbox sandbox;
    if (!sandbox.status().running)
        return std::nullopt;
    log::info(
        QCoreApplication::translate("Journal", "no connection given; using the running sandbox"));
    return ConnectionSpec{sandbox.profile(), {}};
}

ConnectionProfile Sandbox::profile(const QString &database) const
{
    const SandboxState state = status();
    ConnectionProfile p;
    p.name = QStringLiteral("sandbox");
    p.environment = Environment::Development;
    p.host = state.socketDir;
    p.port = state.port;
    p.database = database.isEmpty() ? state.database : database;
    p.user = kServerUser;
    p.sslMode = QStringLiteral("disable");
    return p;
}

int Sandbox::freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool Sandbox::giveToServerUser(const QString &path)
{
    if (!ToolProcess::runningAsRoot())
        return true;
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

}  // namespace mathakine
