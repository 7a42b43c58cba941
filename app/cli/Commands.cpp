#include "Commands.h"

namespace mathakine::cli {

QList<CommandInfo> allCommands()
{
    return {
        {"status", "", QCoreApplication::translate("Commands", "Server version, current migration version, pending count, drift, lock holder"), runStatus},
        {"sandbox", "start|stop|status|destroy", QCoreApplication::translate("Commands", "A throwaway local PostgreSQL for trying the tool"), runSandbox},
    };
}

} // namespace mathakine::cli
