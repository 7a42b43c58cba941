#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>

namespace mathakine {

// The pg_dump / pg_restore pair to use against one server, with its major version.
struct ClientTools {
    QString pgDump;
    QString pgRestore;
    int major = 0;    // 15 for pg_dump 15.x
    QString version;  // "15.18 (Debian 15.18-0+deb12u1)"
};

// Finds PostgreSQL's client tools: $MATHAKINE_PG_BINDIR, else the newest
// /usr/lib/postgresql/N/bin (Debian installs several side by side), else PATH.
// pg_dump refuses a server newer than itself, so that is checked before it runs.
class BackupTools {
    Q_DECLARE_TR_FUNCTIONS(BackupTools)

public:
    // The tools for a server (server_version_num, e.g. 150018); refused when too old.
    static Outcome<ClientTools> forServer(int serverVersionNumber);
    // The newest tools available, for a dump file whose server is unknown.
    static Outcome<ClientTools> newest();
    // Ok when a pg_dump of major version toolMajor can dump this server.
    static Status checkCompatible(int toolMajor, const QString &toolVersion,
                                  int serverVersionNumber);
    // "pg_dump (PostgreSQL) 15.18 (Debian …)" -> 15, or 0 when unreadable.
    static int parseMajor(const QString &versionOutput);
    static int serverMajor(int serverVersionNumber);

private:
    static Outcome<ClientTools> probe(const QString &binDir);
};

}  // namespace mathakine
