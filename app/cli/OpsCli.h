#pragma once

#include "CliContext.h"
#include "CommandArgs.h"

#include "gate/PreflightReport.h"
#include "run/RunTypes.h"

#include <QJsonValue>

namespace mathakine {
class DatabaseSession;
}  // namespace mathakine

namespace mathakine::cli {

// Shared by the backup, pre-flight, gate and maintenance commands and by upgrade/downgrade.

// --confirm DBNAME, --override-gate "reason", --maintenance-reason TEXT.
std::optional<GuardOptions> guardOptions(CommandArgs &args, QString *error);
// Each gate condition's state, on stderr (not with --json).
void printGate(CliContext &context, const GateReport &report);
// The pre-flight findings; all of them, or only warnings and problems when brief.
void printPreflight(CliContext &context, const PreflightReport &report, bool brief);
// The maintenance line of `status`, and its JSON form.
QString maintenanceText(const DatabaseSession &session);
QJsonValue maintenanceJson(const DatabaseSession &session);

}  // namespace mathakine::cli
