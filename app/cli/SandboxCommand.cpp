#include "CommandArgs.h"
#include "Commands.h"

#include "MigrationCli.h"

#include "connection/ConnectionUrl.h"
#include "ops/DemoDatabase.h"
#include "ops/Sandbox.h"

#include <QJsonObject>

namespace mathakine::cli {

namespace {
void printState(CliContext &context, const Sandbox &sandbox, const SandboxState &state)
{
    if (context.options().json) {
        context.printJson({{QStringLiteral("running"), state.running},
                           {QStringLiteral("directory"), state.rootDir},
                           {QStringLiteral("port"), state.port},
                           {QStringLiteral("socketDir"), state.socketDir},
                           {QStringLiteral("database"), state.database},
                           {QStringLiteral("url"), ConnectionUrl::toUrl(sandbox.profile())}});
        return;
    }
    QTextStream &out = context.out();
    if (!state.running) {
        out << CliContext::tr("Sandbox stopped (%1).").arg(state.rootDir) << Qt::endl;
        return;
    }
    out << CliContext::tr("Sandbox running: PostgreSQL on port %1, socket %2")
               .arg(state.port)
               .arg(state.socketDir)
        << "\n"
        << CliContext::tr("Database: %1").arg(state.database) << "\n"
        << CliContext::tr("Directory: %1").arg(state.rootDir) << "\n"
        << CliContext::tr("Connect with: psql -h %1 -p %2 -U postgres %3")
               .arg(state.socketDir)
               .arg(state.port)
               .arg(state.database)
        << Qt::endl;
}
}  // namespace

int runSandbox(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString dir = args.value(QStringLiteral("--dir")).value_or(Sandbox::defaultRoot());
    const QString database =
        args.value(QStringLiteral("--database")).value_or(QStringLiteral("mathakine"));
    const bool fresh = args.flag(QStringLiteral("--fresh"));
    const bool demo = args.flag(QStringLiteral("--demo"));
    if (!args.finish(1, 1))
        return context.fail(usageError(
            args.error(),
            CliContext::tr(
                "Usage: sandbox start|stop|status|destroy [--dir DIR] [--database NAME] [--fresh] [--demo]")));
    const QString action = args.positionals().constFirst();
    Sandbox sandbox(dir);
    if (action == QLatin1String("start")) {
        if (fresh) {
            if (Status s = sandbox.destroy(); !s)
                return context.fail(s.error());
        }
        auto state = sandbox.start(database);
        if (!state)
            return context.fail(state.error());
        if (demo) {
            auto catalog = loadCatalog(context);
            if (!catalog)
                return toInt(ExitCode::Usage);
            auto installed = DemoDatabase::install({sandbox.profile(), {}}, *catalog);
            if (!installed)
                return context.fail(installed.error());
            if (installed.value() && !context.options().json)
                context.out() << CliContext::tr(
                    "Demo database ready: Mathakine baseline and demo data; %n migration(s) left to apply.",
                    nullptr, static_cast<int>(catalog->migrations.size()) - 1)
                              << Qt::endl;
        }
        printState(context, sandbox, state.value());
        return 0;
    }
    if (action == QLatin1String("stop") || action == QLatin1String("destroy")) {
        Status s = action == QLatin1String("stop") ? sandbox.stop() : sandbox.destroy();
        if (!s)
            return context.fail(s.error());
        if (!context.options().json)
            context.out() << (action == QLatin1String("stop") ? CliContext::tr("Sandbox stopped.")
                                                              : CliContext::tr("Sandbox deleted."))
                          << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("status")) {
        printState(context, sandbox, sandbox.status());
        return 0;
    }
    return context.fail(usageError(
        CliContext::tr("Unknown sandbox action \"%1\"; use start, stop, status or destroy.")
            .arg(action)));
}

}  // namespace mathakine::cli
