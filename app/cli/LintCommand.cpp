#include "CommandArgs.h"
#include "Commands.h"

#include "migrate/LintFixer.h"
#include "migrate/MigrationLinter.h"

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace mathakine::cli {

namespace {
// lint --fix: the zero-stall rewrite written to the migrations folder, or shown as a diff.
int writeFix(CliContext &context, const MigrationCatalogLoader::Result &loaded, bool dryRun)
{
    if (!loaded.errors.isEmpty())
        return context.fail(loaded.errors.constFirst());
    const LintFix fix = LintFixer::fix(loaded.catalog);
    for (const QString &line : fix.notFixed)
        context.err() << line << Qt::endl;
    if (dryRun) {
        context.out() << fix.unifiedDiff(QDir::currentPath());
        context.out().flush();
        return 0;
    }
    for (const FixedFile &f : fix.files) {
        QSaveFile file(f.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.newText.toUtf8()) < 0
            || !file.commit())
            return context.fail(AppError{
                .exitCode = ExitCode::Usage,
                .message = CliContext::tr("Cannot write %1: %2").arg(f.path, file.errorString())});
        context.out() << (f.oldText.isEmpty() ? CliContext::tr("Created %1")
                                              : CliContext::tr("Rewrote %1"))
                             .arg(f.path)
                      << "\n";
    }
    context.out() << CliContext::tr(
        "%n file(s) written; run snapshot to refresh the expected schemas.", nullptr,
        static_cast<int>(fix.files.size()))
                  << Qt::endl;
    return 0;
}
}  // namespace

int runLint(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const bool fix = args.flag(QStringLiteral("--fix"));
    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    if (!args.finish(0, 0) || (dryRun && !fix))
        return context.fail(
            usageError(args.error(), CliContext::tr("Usage: lint [--fix [--dry-run]]")));
    // Files are named under the folder as the user gave it (--migrations ../x shows ../x/…).
    const QString given = context.options().migrationsDir;
    const bool local = given.isEmpty() && QDir(QStringLiteral("migrations")).exists();
    const auto loaded = MigrationCatalogLoader::load(!given.isEmpty() ? given
                                                         : local      ? QStringLiteral("migrations")
                                                                      : context.migrationsDir());
    if (fix)
        return writeFix(context, loaded, dryRun);
    const QList<LintFinding> findings = MigrationLinter::lint(loaded.catalog);

    const bool failed = !loaded.errors.isEmpty() || MigrationLinter::hasErrors(findings);
    if (context.options().json) {
        QJsonArray list;
        for (const AppError &e : loaded.errors)
            list.append(QJsonObject{{QStringLiteral("rule"), QStringLiteral("invalid-file")},
                                    {QStringLiteral("severity"), QStringLiteral("error")},
                                    {QStringLiteral("file"), e.file},
                                    {QStringLiteral("line"), e.line},
                                    {QStringLiteral("message"), e.message}});
        for (const LintFinding &f : findings)
            list.append(QJsonObject{
                {QStringLiteral("rule"), f.rule},
                {QStringLiteral("severity"), QString(MigrationLinter::severityId(f.severity))},
                {QStringLiteral("file"), f.file},
                {QStringLiteral("line"), f.line},
                {QStringLiteral("version"), f.version},
                {QStringLiteral("message"), f.message},
                {QStringLiteral("statement"), f.statement}});
        context.printJson({{QStringLiteral("ok"), !failed}, {QStringLiteral("findings"), list}});
        return failed ? toInt(ExitCode::Failed) : 0;
    }
    QTextStream &out = context.out();
    for (const AppError &e : loaded.errors)
        out << CliContext::tr("%1 [invalid-file] (error)").arg(e.located()) << "\n";
    for (const LintFinding &f : findings) {
        out << QStringLiteral("%1:%2: ").arg(f.file).arg(f.line)
            << CliContext::tr("%1 [%2]: %3")
                   .arg(MigrationLinter::severityName(f.severity), f.rule, f.message)
            << "\n";
        if (!f.statement.isEmpty())
            out << "    " << f.statement << "\n";
    }
    out << CliContext::tr("%n migration(s) checked", nullptr,
                          static_cast<int>(loaded.catalog.migrations.size()))
        << ", "
        << CliContext::tr("%n finding(s).", nullptr,
                          static_cast<int>(findings.size() + loaded.errors.size()))
        << Qt::endl;
    return failed ? toInt(ExitCode::Failed) : 0;
}

}  // namespace mathakine::cli
