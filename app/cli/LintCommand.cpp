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
    // Files are named under the folder as the user gave it (--migrations ../x shows ../x/…).
    const QString given = context.options().migrationsDir;
    const bool local = given.isEmpty() && QDir(QStringLiteral("migrations")).exists();
    const auto loaded = MigrationCatalogLoader::load(!given.isEmpty() ? given : local ? QStringLiteral("migrations") : context.migrationsDir());
    const QList<LintFinding> findings = MigrationLinter::lint(loaded.catalog);

    const bool failed = !loaded.errors.isEmpty() || MigrationLinter::hasErrors(findings);
    if (context.options().json) {
        QJsonArray list;
        for (const AppError &e : loaded.errors)
            list.append(QJsonObject{{QStringLiteral("rule"), QStringLiteral("invalid-file")}, {QStringLiteral("severity"), QStringLiteral("error")},
                                    {QStringLiteral("file"), e.file}, {QStringLiteral("line"), e.line}, {QStringLiteral("message"), e.message}});
        for (const LintFinding &f : findings)
            list.append(QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("severity"), QString(MigrationLinter::severityId(f.severity))},
                                    {QStringLiteral("file"), f.file}, {QStringLiteral("line"), f.line},
                                    {QStringLiteral("version"), f.version}, {QStringLiteral("message"), f.message},
                                    {QStringLiteral("statement"), f.statement}});
        context.printJson({{QStringLiteral("ok"), !failed}, {QStringLiteral("findings"), list}});
        return failed ? toInt(ExitCode::Failed) : 0;
    }
    QTextStream &out = context.out();
    for (const AppError &e : loaded.errors)
        out << CliContext::tr("%1 [invalid-file] (error)").arg(e.located()) << "\n";
    for (const LintFinding &f : findings) {
        out << QStringLiteral("%1:%2: ").arg(f.file).arg(f.line)
            << CliContext::tr("%1 [%2]: %3").arg(MigrationLinter::severityName(f.severity), f.rule, f.message) << "\n";
        if (!f.statement.isEmpty())
            out << "    " << f.statement << "\n";
    }
    out << CliContext::tr("%n migration(s) checked", nullptr, static_cast<int>(loaded.catalog.migrations.size())) << ", "
        << CliContext::tr("%n finding(s).", nullptr, static_cast<int>(findings.size() + loaded.errors.size())) << Qt::endl;
    return failed ? toInt(ExitCode::Failed) : 0;
}

} // namespace mathakine::cli
