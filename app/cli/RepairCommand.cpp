#include "Commands.h"
#include "MigrationCli.h"

#include "run/MigrationObjects.h"
#include "run/MigrationRepair.h"

#include <QJsonArray>

namespace mathakine::cli {

namespace {
QJsonObject optionJson(const RepairOption &o)
{
    QJsonArray left;
    for (const SchemaDifference &d : o.diffLeft.differences)
        left.append(SchemaDiff::describe(d));
    return {{QStringLiteral("choice"), RepairOption::id(o.choice)},
            {QStringLiteral("title"), o.title()},
            {QStringLiteral("available"), o.available},
            {QStringLiteral("refusal"), o.refusal},
            {QStringLiteral("sql"), QJsonArray::fromStringList(o.sql)},
            {QStringLiteral("bookkeeping"), o.bookkeeping},
            {QStringLiteral("targetVersion"), o.targetVersion},
            {QStringLiteral("hasSnapshot"), o.hasSnapshot},
            {QStringLiteral("diffLeft"), left}};
}

void printOption(QTextStream &out, const RepairOption &o)
{
    out << QStringLiteral("[%1] %2").arg(RepairOption::id(o.choice), o.title());
    if (!o.available)
        out << "  " << CliContext::tr("(not possible: %1)").arg(o.refusal);
    out << "\n";
    out << "    " << CliContext::tr("SQL:")
        << (o.sql.isEmpty() ? QLatin1String(" ") + CliContext::tr("none") : QString()) << "\n";
    for (const QString &statement : o.sql)
        out << "      " << QString(statement).replace(QLatin1Char('\n'), QLatin1String("\n      "))
            << ";\n";
    out << "    " << CliContext::tr("History: %1").arg(o.bookkeeping) << "\n";
    const QString target = o.targetVersion.isEmpty() ? QStringLiteral("base") : o.targetVersion;
    if (!o.hasSnapshot)
        out << "    "
            << CliContext::tr("Diff it would leave: unknown (no expected snapshot at %1)")
                   .arg(target)
            << "\n";
    else if (o.diffLeft.isEmpty())
        out << "    "
            << CliContext::tr("Diff it would leave if it succeeds (against %1): none").arg(target)
            << "\n";
    else
        out << "    "
            << CliContext::tr("Diff it would leave if it succeeds (against %1):").arg(target)
            << "\n      "
            << MigrationObjectsDiff::describe(o.diffLeft)
                   .replace(QLatin1Char('\n'), QLatin1String("\n      "))
            << "\n";
}
}  // namespace

// repair VERSION: the ways out of a failed migration, each with its SQL and the diff it
// would leave; repair VERSION --choose ID applies one (audited with its SQL).
int runRepair(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString synopsis = CliContext::tr(
        "Usage: repair VERSION [--choose resume|undo|mark-applied|mark-not-applied] [--lock-timeout MS] [--statement-timeout MS]");
    const auto chosen = args.value(QStringLiteral("--choose"));
    QString optionError;
    auto options = runOptions(args, &optionError);
    if (!options || !args.finish(1, 1))
        return context.fail(
            usageError(optionError.isEmpty() ? args.error() : optionError, synopsis));
    std::optional<RepairChoice> choice;
    if (chosen) {
        choice = RepairOption::fromId(*chosen);
        if (!choice)
            return context.fail(usageError(
                CliContext::tr(
                    "--choose: \"%1\" is not a repair (resume, undo, mark-applied, mark-not-applied).")
                    .arg(*chosen),
                synopsis));
    }
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    const QString version = args.positionals().constFirst();
    MigrationRepair repair(spec, *options);
    if (!choice) {
        auto offered = repair.options(catalog, version);
        if (!offered)
            return context.fail(offered.error());
        if (context.options().json) {
            QJsonArray list;
            for (const RepairOption &o : offered.value())
                list.append(optionJson(o));
            context.printJson({{QStringLiteral("ok"), true},
                               {QStringLiteral("version"), version},
                               {QStringLiteral("options"), list}});
            return 0;
        }
        QTextStream &out = context.out();
        out << CliContext::tr("Ways out for migration %1 (apply one with --choose ID):")
                   .arg(version)
            << "\n\n";
        for (const RepairOption &o : offered.value()) {
            printOption(out, o);
            out << "\n";
        }
        out.flush();
        return 0;
    }
    auto result = repair.apply(catalog, version, *choice, std::nullopt);
    if (!result)
        return context.fail(result.error());
    const bool clean = result->diffLeft && result->diffLeft->isEmpty();
    if (context.options().json) {
        QJsonArray left;
        for (const SchemaDifference &d :
             result->diffLeft ? result->diffLeft->differences : QList<SchemaDifference>())
            left.append(SchemaDiff::describe(d));
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("choice"), RepairOption::id(*choice)},
                           {QStringLiteral("ran"), QJsonArray::fromStringList(result->ran)},
                           {QStringLiteral("diffLeft"), left}});
        return 0;
    }
    QTextStream &out = context.out();
    out << CliContext::tr(
               "Repair \"%1\" of %2 done: %n statement(s) run, recorded in the audit log.", nullptr,
               static_cast<int>(result->ran.size()))
               .arg(RepairOption{.choice = *choice}.title(), version)
        << "\n";
    if (!result->diffLeft)
        out << CliContext::tr("No expected snapshot to compare its objects with.") << "\n";
    else if (clean)
        out << CliContext::tr("Its objects now match the expected snapshot.") << "\n";
    else
        out << CliContext::tr("Its objects still differ from the expected snapshot:") << "\n  "
            << MigrationObjectsDiff::describe(*result->diffLeft)
                   .replace(QLatin1Char('\n'), QLatin1String("\n  "))
            << "\n";
    out.flush();
    return 0;
}

}  // namespace mathakine::cli
