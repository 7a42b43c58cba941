#include "CommandArgs.h"
#include "Commands.h"

#include "connection/DatabaseSession.h"

namespace mathakine::cli {

int runStatus(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    if (!args.finish(0, 0))
        return context.fail({ExitCode::Usage, args.error(), {}, {}, {}, 0, 0});
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    auto session = DatabaseSession::open(spec.value(), QStringLiteral("status"));
    if (!session)
        return context.fail(session.error());
    const ServerInfo &server = session.value()->server();
    if (context.options().json) {
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("target"), spec->profile.displayTarget()},
                           {QStringLiteral("serverVersion"), server.version},
                           {QStringLiteral("serverVersionNumber"), server.versionNumber},
                           {QStringLiteral("database"), server.database},
                           {QStringLiteral("user"), server.user}});
        return 0;
    }
    QTextStream &out = context.out();
    out << CliContext::tr("Connected to %1").arg(spec->profile.displayTarget()) << "\n"
        << CliContext::tr("Server: PostgreSQL %1").arg(server.version) << "\n"
        << CliContext::tr("Database: %1 (user %2)").arg(server.database, server.user) << Qt::endl;
    return 0;
}

} // namespace mathakine::cli
