#pragma once

#include "CliContext.h"

#include <QList>

namespace mathakine::cli {

using CommandFunction = int (*)(CliContext &context);

struct CommandInfo {
    const char *name;
    const char *synopsis;  // untranslated argument pattern, e.g. "[TARGET]"
    QString summary;       // translated one-liner for --help
    CommandFunction run;
};

// Every command the CLI knows, in --help order.
QList<CommandInfo> allCommands();

int runStatus(CliContext &context);
int runHistory(CliContext &context);
int runUpgrade(CliContext &context);
int runDowngrade(CliContext &context);
int runStamp(CliContext &context);
int runSql(CliContext &context);
int runLint(CliContext &context);
int runSandbox(CliContext &context);
int runPreflight(CliContext &context);
int runBackup(CliContext &context);
int runRestore(CliContext &context);
int runClone(CliContext &context);
int runRestoreProduction(CliContext &context);
int runMaintenance(CliContext &context);
int runDiff(CliContext &context);
int runSnapshot(CliContext &context);
int runValidate(CliContext &context);
int runSeed(CliContext &context);
int runRepair(CliContext &context);
int runNew(CliContext &context);
int runExport(CliContext &context);
int runReconcile(CliContext &context);
int runGenerate(CliContext &context);

// True for `validate --pdf`: Qt Charts needs a QApplication, which main() then creates (offscreen).
bool needsGuiApplication(const GlobalOptions &options);

}  // namespace mathakine::cli
