#include "Commands.h"
#include "InterruptGuard.h"
#include "MigrationCli.h"

#include "connection/ConnectionResolver.h"
#include "connection/DatabaseSession.h"
#include "generate/GenerateJob.h"

#include <QJsonArray>

namespace mathakine::cli {

namespace {
QString synopsis()
{
    return CliContext::tr("Usage: generate --from-url URL \"title\" [--title-en TITLE]");
}

void printResult(CliContext &context, const GeneratedMigration &result)
{
    if (context.options().json) {
        QJsonArray findings;
        for (const LintFinding &f : result.findings)
            findings.append(QJsonObject{
                {QStringLiteral("rule"), f.rule},
                {QStringLiteral("severity"), QString(MigrationLinter::severityId(f.severity))},
                {QStringLiteral("line"), f.line},
                {QStringLiteral("message"), f.message}});
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("path"), result.path},
                           {QStringLiteral("version"), result.version},
                           {QStringLiteral("upStatements"), result.upStatements},
                           {QStringLiteral("reviewed"), result.reviewed},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
                           {QStringLiteral("lint"), findings}});
        return;
    }
    QTextStream &out = context.out();
    out << result.path << "\n";  // first, alone: scripts read it
    for (const QString &line : GenerateJob::summary(result).mid(1))
        out << line << "\n";
    out.flush();
}
}  // namespace

int runGenerate(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const auto fromUrl = args.value(QStringLiteral("--from-url"));
    const auto titleEn = args.value(QStringLiteral("--title-en"));
    if (!args.finish(1, 1))
        return context.fail(usageError(args.error(), synopsis()));
    if (!fromUrl || fromUrl->isEmpty())
        return context.fail(usageError(
            CliContext::tr(
                "--from-url URL is required: the database whose schema the migration reaches."),
            synopsis()));
    auto reference = ConnectionResolver::resolve(*fromUrl, {});
    if (!reference)
        return context.fail(reference.error());
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    auto target = DatabaseSession::open(spec, QStringLiteral("generate-target"));
    if (!target)
        return context.fail(target.error());
    const int targetMajor = target.value()->server().versionNumber / 10000;
    target.value().reset();

    GenerateJob job(reference.value(), targetMajor);
    const bool verbose = !context.options().json && context.options().verbosity >= 0;
    job.setProgressHandler([&context, verbose](int step, int steps, const QString &what) {
        if (verbose)
            context.err() << QStringLiteral("[%1/%2] %3…").arg(step).arg(steps).arg(what)
                          << Qt::endl;
    });
    const InterruptGuard interrupt([&job] { job.cancel(); });
    auto result = job.run(catalog, args.positionals().constFirst(), titleEn.value_or(QString()));
    if (!result)
        return context.fail(result.error());
    printResult(context, result.value());
    return MigrationLinter::hasErrors(result->findings) ? toInt(ExitCode::Usage) : 0;
}

}  // namespace mathakine::cli
