#pragma once

#include "CliContext.h"
#include "CommandArgs.h"

#include "migrate/MigrationCatalog.h"
#include "run/RunTypes.h"

namespace mathakine::cli {

// Shared by the migration commands: the catalog (every problem printed), run options
// (--lock-timeout, --statement-timeout, --accept-drift, --out-of-order, --allow-missing,
// --override-preflight REASON), and result printing.
std::optional<MigrationCatalog> loadCatalog(CliContext &context);
// What most commands start with: the migrations folder, then the database to work on.
struct CommandTarget {
    MigrationCatalog catalog;
    ConnectionSpec spec;
};
// On failure, prints why and sets *exitCode (usage for a broken folder, else the error's).
std::optional<CommandTarget> loadTarget(CliContext &context, int *exitCode);
std::optional<RunOptions> runOptions(CommandArgs &args, QString *error);
int printRunReport(CliContext &context, const Outcome<RunReport> &report, const QString &action);
QString formatDuration(qint64 ms);

}  // namespace mathakine::cli
