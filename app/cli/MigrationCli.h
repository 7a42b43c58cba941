#pragma once

#include "CliContext.h"
#include "CommandArgs.h"

#include "migrate/MigrationCatalog.h"
#include "migrate/MigrationRunner.h"

namespace mathakine::cli {

// Shared by the migration commands: the catalog (every problem printed), runner options
// from --lock-timeout / --statement-timeout / --accept-drift, and result printing.
std::optional<MigrationCatalog> loadCatalog(CliContext &context);
std::optional<MigrationRunner::Options> runnerOptions(CliContext &context, CommandArgs &args, QString *error);
int printRunReport(CliContext &context, const Outcome<RunReport> &report, const QString &action);
QString formatDuration(qint64 ms);

} // namespace mathakine::cli
