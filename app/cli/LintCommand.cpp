#include "CommandArgs.h"
#include "Commands.h"

#include "migrate/MigrationLinter.h"

#include <QDir>
#include <QJsonArray>

namespace mathakine::cli {

int runLint(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    if (!args.finish(0, 0))
        return context.fail(usageError(args.error(), CliContext::tr("Usage: lint")));
    const auto loaded = MigrationCatalogLoader::load(context.migrationsDir());
    const QList<LintFinding> findings = MigrationLinter::lint(loaded.catalog);
    const QDir base = QDir::current();
    auto shown = [&base](const QString &path) { return path.isEmpty() ? path : base.relativeFilePath(path); };

    const bool failed = !loaded.errors.isEmpty() || MigrationLinter::hasErrors(findings);
    if (context.options().json) {
        QJsonArray list;
        for (const AppError &e : loaded.errors)
            list.append(QJsonObject{{QStringLiteral("rule"), QStringLiteral("invalid-file")}, {QStringLiteral("severity"), QStringLiteral("error")},
                                    {QStringLiteral("file"), shown(e.file)}, {QStringLiteral("line"), e.line}, {QStringLiteral("message"), e.message}});
        for (const LintFinding &f : findings)
            list.append(QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("severity"), QString(MigrationLinter::severityId(f.severity))},
                                    {QStringLiteral("file"), shown(f.file)}, {QStringLiteral("line"), f.line},
                                    {QStringLiteral("version"), f.version}, {QStringLiteral("message"), f.message},
                                    {QStringLiteral("statement"), f.statement}});
        context.printJson({{QStringLiteral("ok"), !failed}, {QStringLiteral("findings"), list}});
        return failed ? toInt(ExitCode::Failed) : 0;
    }
    QTextStream &out = context.out();
    for (AppError e : loaded.errors) {
        e.file = shown(e.file);
        out << CliContext::tr("%1 [invalid-file] (error)").arg(e.located()) << "\n";
    }
    for (const LintFinding &f : findings) {
        out << QStringLiteral("%1:%2: ").arg(shown(f.file)).arg(f.line)
            << CliContext::tr("%1 [%2]: %3").arg(MigrationLinter::severityName(f.severity), f.rule, f.message) << "\n";
        if (!f.statement.isEmpty())
            out << "    " << f.statement << "\n";
    }
    out << CliContext::tr("%n migration(s) checked", nullptr, static_cast<int>(loaded.catalog.migrations.size())) << ", "
        << CliContext::tr("%n finding(s).", nullptr, static_cast<int>(findings.size() + loaded.errors.size())) << Qt::endl;
    return failed ? toInt(ExitCode::Failed) : 0;
}

} // namespace mathakine::cli
