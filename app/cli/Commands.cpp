#include "Commands.h"

namespace mathakine::cli {

QList<CommandInfo> allCommands()
{
    return {
        {"status", "",
         QCoreApplication::translate(
             "Commands",
             "Server version, current migration version, pending count, drift, lock holder"),
         runStatus},
        {"history", "",
         QCoreApplication::translate("Commands", "Every migration and its state on this database"),
         runHistory},
        {"upgrade", "[TARGET]",
         QCoreApplication::translate("Commands",
                                     "Apply pending migrations up to TARGET (default: head)"),
         runUpgrade},
        {"downgrade", "TARGET|base",
         QCoreApplication::translate("Commands", "Revert applied migrations down to TARGET"),
         runDowngrade},
        {"repair", "VERSION [--choose ID]",
         QCoreApplication::translate(
             "Commands",
             "Ways out of a failed migration, each with its SQL and the diff it would leave; --choose applies one"),
         runRepair},
        {"stamp", "TARGET|base",
         QCoreApplication::translate(
             "Commands", "Mark as applied without running (adopting an existing database)"),
         runStamp},
        {"sql", "[TARGET]",
         QCoreApplication::translate(
             "Commands", "Print the SQL that upgrade (or downgrade with --down) would run"),
         runSql},
        {"lint", "",
         QCoreApplication::translate(
             "Commands", "Check the migration files (parse errors, dangerous operations)"),
         runLint},
        {"preflight", "[TARGET] [--down]",
         QCoreApplication::translate(
             "Commands",
             "Check privileges, existing objects, disk space and locks before migrating"),
         runPreflight},
        {"backup", "[--out F] | --list",
         QCoreApplication::translate("Commands", "pg_dump in custom format, verified and recorded"),
         runBackup},
        {"restore", "F --into DBNAME",
         QCoreApplication::translate("Commands",
                                     "Restore a dump into a new database and compare row counts"),
         runRestore},
        {"clone", "--into DBNAME",
         QCoreApplication::translate(
             "Commands",
             "Back up this database and restore it as a test database with a test profile"),
         runClone},
        {"restore-production", "F --confirm DBNAME",
         QCoreApplication::translate(
             "Commands",
             "Last resort: restore a verified backup beside the live database and swap it into place, keeping the old one"),
         runRestoreProduction},
        {"maintenance", "status|on|off",
         QCoreApplication::translate(
             "Commands", "The maintenance flag the backend reads during production migrations"),
         runMaintenance},
        {"sandbox", "start|stop|status|destroy",
         QCoreApplication::translate("Commands",
                                     "A throwaway local PostgreSQL for trying the tool"),
         runSandbox},
        {"diff", "[--at VERSION] [--sql]",
         QCoreApplication::translate(
             "Commands", "Compare the actual schema with the one the migrations produce"),
         runDiff},
        {"reconcile", "[--to VERSION] [--sql]",
         QCoreApplication::translate(
             "Commands",
             "Adopt a drifted database: add what the expected schema lacks without losing data, then record the migrations as applied"),
         runReconcile},
        {"generate", "--from-url URL \"title\"",
         QCoreApplication::translate(
             "Commands",
             "Write a new migration from the differences between the expected schema at head and another database"),
         runGenerate},
        {"snapshot", "[--check] [--actual]",
         QCoreApplication::translate(
             "Commands", "Regenerate the expected schema snapshots from the migrations"),
         runSnapshot},
        {"validate", "[--pdf F] [--json F]",
         QCoreApplication::translate(
             "Commands",
             "Validate the database: required objects, smoke tests, benchmark, budgets, row counts; report as PDF/JSON"),
         runValidate},
        {"new", "\"TITLE\" [--title-en T]",
         QCoreApplication::translate(
             "Commands",
             "Write the next migration file from a template (empty up and down sections)"),
         runNew},
        {"export", "alembic|models DIR",
         QCoreApplication::translate(
             "Commands",
             "Write the migrations as an Alembic project, or the expected schema as SQLAlchemy models"),
         runExport},
        {"seed", "[--users N ...]",
         QCoreApplication::translate(
             "Commands",
             "Fill a test database with synthetic data for benchmarks (refused on production profiles)"),
         runSeed},
    };
}

}  // namespace mathakine::cli
