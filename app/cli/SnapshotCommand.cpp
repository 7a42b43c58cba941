#include "CommandArgs.h"
#include "Commands.h"
#include "MigrationCli.h"

#include "connection/DatabaseSession.h"
#include "run/ExpectedSnapshotBuilder.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SnapshotJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace mathakine::cli {

namespace {
AppError usage(const QString &message)
{
    return usageError(
        message,
        CliContext::tr(
            "Usage: snapshot [--check] [--out DIR] [--schema LIST] | snapshot --actual [--out FILE] [--schema LIST]"));
}

SchemaIntrospector::Options introspectionOptions(const std::optional<QString> &schemas)
{
    SchemaIntrospector::Options options;
    if (schemas)
        options.schemas = schemas->split(QLatin1Char(','), Qt::SkipEmptyParts);
    return options;
}

QString shown(const QString &path)
{
    const QString relative = QDir::current().relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) ? path : relative;
}

// The connected database's own schema, as canonical JSON on stdout or in a file.
int writeActual(CliContext &context, const SchemaIntrospector::Options &options,
                const std::optional<QString> &out)
{
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    auto session = DatabaseSession::open(spec.value(), QStringLiteral("snapshot"));
    if (!session)
        return context.fail(session.error());
    auto snapshot = SchemaIntrospector(*session.value(), options).snapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const QByteArray json = SnapshotJson::write(snapshot.value());
    if (!out) {
        context.out() << QString::fromUtf8(json);
        context.out().flush();
        return 0;
    }
    QFile file(*out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return context.fail({.exitCode = ExitCode::Failed,
                             .message = CliContext::tr("Cannot write %1.").arg(*out),
                             .detail = file.errorString()});
    return 0;
}
}  // namespace

int runSnapshot(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const bool actual = args.flag(QStringLiteral("--actual"));
    const bool check = args.flag(QStringLiteral("--check"));
    const auto out = args.value(QStringLiteral("--out"));
    const auto schemas = args.value(QStringLiteral("--schema"));
    if (!args.finish(0, 0))
        return context.fail(usage(args.error()));
    if (actual && check)
        return context.fail(usage(CliContext::tr("--actual and --check do not go together.")));
    const SchemaIntrospector::Options options = introspectionOptions(schemas);
    if (actual)
        return writeActual(context, options, out);

    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    ExpectedSnapshotBuilder builder(spec, options);
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    builder.setProgressHandler([&context, verbose](int index, int count, const QString &version) {
        if (verbose)
            context.err()
                << CliContext::tr("[%1/%2] replaying %3…").arg(index).arg(count).arg(version)
                << Qt::endl;
    });
    auto snapshots = builder.build(catalog);
    if (!snapshots)
        return context.fail(snapshots.error());

    const ExpectedSnapshotStore store(out ? *out
                                          : ExpectedSnapshotStore::directoryFor(catalog.directory));
    QJsonArray report;
    bool stale = false;
    for (const SchemaSnapshot &snapshot : snapshots.value()) {
        const QString path = store.path(snapshot.version);
        const QByteArray json = SnapshotJson::write(snapshot);
        QFile existing(path);
        const bool present = existing.open(QIODevice::ReadOnly);
        const bool same = present && existing.readAll() == json;
        QString state = same ? QStringLiteral("unchanged")
            : present        ? QStringLiteral("differs")
                             : QStringLiteral("missing");
        if (!check && !same) {
            if (Status saved = store.save(snapshot); !saved)
                return context.fail(saved.error());
            state = QStringLiteral("written");
        }
        stale = stale || (check && !same);
        report.append(QJsonObject{{QStringLiteral("version"), snapshot.version},
                                  {QStringLiteral("file"), shown(path)},
                                  {QStringLiteral("state"), state}});
        if (!context.options().json) {
            if (state == QLatin1String("written"))
                context.out() << CliContext::tr("%1: written").arg(shown(path)) << "\n";
            else if (state == QLatin1String("unchanged"))
                context.out() << CliContext::tr("%1: up to date").arg(shown(path)) << "\n";
            else if (state == QLatin1String("differs"))
                context.out() << CliContext::tr("%1: differs from what the migrations produce")
                                     .arg(shown(path))
                              << "\n";
            else
                context.out() << CliContext::tr("%1: missing").arg(shown(path)) << "\n";
        }
    }
    if (context.options().json)
        context.printJson({{QStringLiteral("ok"), !stale}, {QStringLiteral("snapshots"), report}});
    else if (stale)
        context.out() << CliContext::tr(
            "The expected snapshots are out of date; regenerate them with: mathakine-admin snapshot")
                      << Qt::endl;
    context.out().flush();
    return stale ? toInt(ExitCode::Failed) : 0;
}

}  // namespace mathakine::cli
