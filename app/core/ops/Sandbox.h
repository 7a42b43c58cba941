#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>

#include <optional>

namespace mathakine {

struct SandboxState {
    QString rootDir;
    QString dataDir;
    QString socketDir;
    QString logFile;
    QString binDir;
    QString database;
    int port = 0;
    qint64 pid = 0;
    bool running = false;
};

// A throwaway local PostgreSQL cluster from Debian's binaries, for trying the tool and
// for the tests. Listens on a Unix socket (trust) and 127.0.0.1 (passwords required).
// As root the server runs as the postgres user.
class Sandbox {
    Q_DECLARE_TR_FUNCTIONS(Sandbox)

public:
    explicit Sandbox(QString rootDir = defaultRoot());
    static QString defaultRoot();

    // Starts the cluster (initialising it on first use) and creates the database.
    Outcome<SandboxState> start(const QString &database = QStringLiteral("mathakine"));
    Status stop();
    // Stops the server and deletes the whole directory.
    Status destroy();
    SandboxState status() const;
    // A profile reaching the sandbox's database through its socket, as superuser.
    ConnectionProfile profile(const QString &database = {}) const;

    static Outcome<QString> findBinDir();
    // The default sandbox's database when it runs (no password: its socket trusts), else
    // nullopt; the front ends' last resort when no connection is given (ConnectionResolver).
    static std::optional<ConnectionSpec> runningDefault();
    // A TCP port on 127.0.0.1 that nothing listens on right now (the kernel's pick), 0 on error.
    static int freeLoopbackPort();
    // Gives `path` to the postgres user when we are root, since the server refuses to run as
    // root (PostgreSQL docs §19.1); true when nothing was needed or the chown worked.
    static bool giveToServerUser(const QString &path);

private:
    QString stateFile() const;
    void saveState(const SandboxState &state) const;
    Status prepareDirectories(SandboxState &state) const;
    Status initCluster(const SandboxState &state) const;
    Status startServer(SandboxState &state) const;
    Status createDatabase(const SandboxState &state) const;

    QString m_root;
};

}  // namespace mathakine
