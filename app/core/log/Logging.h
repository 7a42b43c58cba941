#pragma once

#include <QString>

namespace mathakine {

struct LogOptions {
    QString file;              // empty: logs/database_migration.log in the data location
    bool console = false;      // CLI: messages to stderr
    int consoleVerbosity = 0;  // <= 0 nothing, 1 info, 2 debug
};

// Sets up spdlog once per process: rotating file, optional console, the LogBus for the
// GUI, Qt's own messages routed in, and redaction of secrets on every path.
class Logging {
public:
    static void init(const LogOptions &options);
    static QString defaultLogFile();
    static QString currentLogFile();
    static void shutdown();
};

}  // namespace mathakine
