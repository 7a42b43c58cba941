#include "Commands.h"

namespace mathakine::cli {

QList<CommandInfo> allCommands()
{
    return {
        {"status", "", QCoreApplication::translate("Commands", "Server version, current migration version, pending count, drift, lock holder"), runStatus},
        {"history", "", QCoreApplication::translate("Commands", "Every migration and its state on this database"), runHistory},
        {"upgrade", "[TARGET]", QCoreApplication::translate("Commands", "Apply pending migrations up to TARGET (default: head)"), runUpgrade},
        {"downgrade", "TARGET|base", QCoreApplication::translate("Commands", "Revert applied migrations down to TARGET"), runDowngrade},
        {"stamp", "TARGET|base", QCoreApplication::translate("Commands", "Mark as applied without running (adopting an existing database)"), runStamp},
        {"sql", "[TARGET]", QCoreApplication::translate("Commands", "Print the SQL that upgrade (or downgrade with --down) would run"), runSql},
        {"lint", "", QCoreApplication::translate("Commands", "Check the migration files (parse errors, dangerous operations)"), runLint},
        {"sandbox", "start|stop|status|destroy", QCoreApplication::translate("Commands", "A throwaway local PostgreSQL for trying the tool"), runSandbox},
    };
}

} // namespace mathakine::cli
