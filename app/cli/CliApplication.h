#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace mathakine::cli {

// The command line front end: parses the global options, picks the command, runs it.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // Global options and the command; an error message for bad global options.
    static GlobalOptions parseGlobals(const QStringList &arguments, QString *error);
    // True when these arguments ask for the CLI (a command, --help or --version).
    static bool wantsCli(const QStringList &arguments);
    // Runs with an existing QCoreApplication; returns the process exit code. renderer writes
    // validate --pdf's report (a QApplication must exist when needsGuiApplication() says so).
    static int run(const QStringList &arguments, const ReportRenderer &renderer);

private:
    static void printHelp(QTextStream &out);
};

}  // namespace mathakine::cli
