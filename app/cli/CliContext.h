#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace mathakine::cli {

class ReportRenderer;

// The global options of DESIGN.md §5 and the output streams, shared by every command.
struct GlobalOptions {
    QString url;
    QString profile;
    QString migrationsDir;
    QString lang;
    QString logFile;
    bool json = false;
    int verbosity = 0;  // -1 with -q, +1 per -v
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArgs;
};

class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // renderer: validate --pdf's, given by the executable (null where no command runs).
    explicit CliContext(GlobalOptions options, const ReportRenderer *renderer = nullptr);

    const GlobalOptions &options() const { return m_options; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Only in the context of CliApplication::run, which always has one.
    const ReportRenderer &reportRenderer() const { return *m_renderer; }

    // --url, then --profile, then DATABASE_URL / PG*, then a running default sandbox.
    Outcome<ConnectionSpec> resolveConnection();
    // The migrations folder: --migrations, else ./migrations, else the one shipped with the app.
    QString migrationsDir() const;

    // Prints an error (and its hint) on stderr, or as JSON on stdout with --json; returns its exit
    // code.
    int fail(const AppError &error);
    void printJson(const QJsonObject &object);

private:
    GlobalOptions m_options;
    const ReportRenderer *m_renderer;
    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace mathakine::cli
