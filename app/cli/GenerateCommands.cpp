// `new` and `export` (issue 15): files for the migrations folder and for the Python backend.
#include "CommandArgs.h"
#include "Commands.h"
#include "MigrationCli.h"

#include "generate/AlembicExport.h"
#include "generate/MigrationTemplate.h"
#include "generate/ModelsExport.h"
#include "schema/ExpectedSnapshotStore.h"

#include <QJsonArray>

namespace mathakine::cli {

namespace {
int printWritten(CliContext &context, const Outcome<QStringList> &written)
{
    if (!written)
        return context.fail(written.error());
    if (context.options().json) {
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("files"), QJsonArray::fromStringList(written.value())}});
        return 0;
    }
    for (const QString &path : written.value())
        context.out() << path << "\n";
    context.out().flush();
    return 0;
}
}  // namespace

int runNew(CliContext &context)
{
    const QString synopsis =
        CliContext::tr("Usage: new \"TITLE\" [--title-en \"TITLE\"] [--non-transactional]");
    CommandArgs args(context.options().commandArgs);
    NewMigration request;
    request.titleEn = args.value(QStringLiteral("--title-en")).value_or(QString());
    request.transactional = !args.flag(QStringLiteral("--non-transactional"));
    if (!args.finish(1, 1))
        return context.fail(usageError(args.error(), synopsis));
    request.title = args.positionals().constFirst();
    auto path = MigrationTemplate::create(context.migrationsDir(), request);
    if (!path)
        return context.fail(path.error());
    return printWritten(context, QStringList{path.value()});
}

int runExport(CliContext &context)
{
    const QString synopsis = CliContext::tr("Usage: export alembic DIR | export models DIR");
    CommandArgs args(context.options().commandArgs);
    if (!args.finish(2, 2))
        return context.fail(usageError(args.error(), synopsis));
    const QString kind = args.positionals().at(0);
    const QString directory = args.positionals().at(1);
    if (kind != QLatin1String("alembic") && kind != QLatin1String("models"))
        return context.fail(usageError(
            CliContext::tr("export: \"%1\" is neither alembic nor models.").arg(kind), synopsis));
    auto catalog = loadCatalog(context);
    if (!catalog)
        return toInt(ExitCode::Usage);
    if (kind == QLatin1String("alembic"))
        return printWritten(context, AlembicExport::write(*catalog, directory));
    if (catalog->migrations.isEmpty())
        return context.fail(usageError(CliContext::tr(
            "export models: the migrations folder has no migration, so no schema to model.")));
    auto head = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(catalog->directory))
                    .load(catalog->headVersion());
    if (!head)
        return context.fail(head.error());
    return printWritten(context, ModelsExport::write(head.value(), directory));
}

}  // namespace mathakine::cli
