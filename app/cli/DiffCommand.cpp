#include "CommandArgs.h"
#include "Commands.h"
#include "EnumNames.h"
#include "MigrationCli.h"

#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationStatus.h"
#include "run/MigrationUseCases.h"
#include "schema/AcceptedDifferences.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"
#include "schema/SqlQuote.h"

#include <QDir>

namespace mathakine::cli {

namespace {
AppError usage(const QString &message)
{
    return usageError(message, CliContext::tr("Usage: diff [--at VERSION] [--sql]"));
}

// The version to compare with: --at (a version, head, base or a revision id), else the
// newest migration the database has applied. Empty means base (no migration).
std::optional<QString> expectedVersion(CliContext &context, const MigrationCatalog &catalog,
                                       const DatabaseSession &session,
                                       const std::optional<QString> &at, int *exitCode)
{
    if (at) {
        const auto index = catalog.resolveTarget(*at);
        if (!index) {
            *exitCode =
                context.fail(usage(CliContext::tr("--at: unknown version \"%1\".").arg(*at)));
            return std::nullopt;
        }
        return *index < 0 ? QString() : catalog.migrations.at(*index).version;
    }
    auto inspection = usecase::inspect(session, catalog, QStringLiteral("en"));
    if (!inspection) {
        *exitCode = context.fail(inspection.error());
        return std::nullopt;
    }
    const MigrationStatus &status = inspection->status;
    if (!status.failedVersions.isEmpty() && !context.options().json)
        context.err()
            << CliContext::tr(
                   "note: migration %1 stopped midway; some differences may come from it.")
                   .arg(status.failedVersions.join(QLatin1String(", ")))
            << Qt::endl;
    return status.currentVersion;
}

QString searchPath(const QStringList &schemas)
{
    QStringList quoted;
    for (const QString &schema : schemas)
        quoted << SqlQuote::identifier(schema);
    return QStringLiteral("SET search_path = %1;").arg(quoted.join(QLatin1String(", ")));
}

void printReport(CliContext &context, const SchemaDiff &diff, const QString &versionText,
                 const QList<SchemaDifference> &accepted)
{
    QTextStream &out = context.out();
    for (const SchemaDifference &d : accepted)
        out << CliContext::tr("accepted (kept on purpose by reconcile): %1")
                   .arg(SchemaDiff::describe(d))
            << "\n";
    if (diff.isEmpty()) {
        out << CliContext::tr("No difference: the database matches the expected schema of %1.")
                   .arg(versionText)
            << Qt::endl;
        return;
    }
    out << CliContext::tr("Compared with the expected schema of %1:").arg(versionText) << "\n";
    for (const SchemaDifference &d : diff.differences) {
        out << "  " << EnumNames::diffSeverity(d.severity).leftJustified(8) << " "
            << SchemaDiff::describe(d) << "\n";
        for (const QString &statement : d.fixSql)
            out << "           " << CliContext::tr("fix: %1").arg(statement) << "\n";
    }
    out << CliContext::tr("%n difference(s)", nullptr, static_cast<int>(diff.differences.size()))
        << ": " << CliContext::tr("%n error(s)", nullptr, diff.count(DiffSeverity::Error)) << ", "
        << CliContext::tr("%n warning(s)", nullptr, diff.count(DiffSeverity::Warning)) << ", "
        << CliContext::tr("%n notice(s)", nullptr, diff.count(DiffSeverity::Info)) << "."
        << Qt::endl;
}
}  // namespace

int runDiff(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const auto at = args.value(QStringLiteral("--at"));
    const bool sqlOnly = args.flag(QStringLiteral("--sql"));
    if (!args.finish(0, 0))
        return context.fail(usage(args.error()));
    int failed = 0;
    const auto loaded = loadTarget(context, &failed);
    if (!loaded)
        return failed;
    const auto &[catalog, spec] = *loaded;
    auto session = DatabaseSession::open(spec, QStringLiteral("diff"));
    if (!session)
        return context.fail(session.error());

    int exitCode = 0;
    const auto version = expectedVersion(context, catalog, *session.value(), at, &exitCode);
    if (!version)
        return exitCode;
    SchemaSnapshot expected;  // at base: nothing but the default schema
    expected.schemas = SchemaIntrospector::Options().schemas;
    if (!version->isEmpty()) {
        auto loaded = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(catalog.directory))
                          .load(*version);
        if (!loaded)
            return context.fail(loaded.error());
        expected = loaded.value();
    }
    SchemaIntrospector::Options options;
    options.schemas = expected.schemas;
    auto actual = SchemaIntrospector(*session.value(), options).snapshot();
    if (!actual)
        return context.fail(actual.error());
    SchemaDiff diff = SchemaComparer::compare(expected, actual.value());
    diff.expectedVersion = *version;
    auto acceptable = AcceptedDifferences(*session.value(), HistoryStore::defaultSchema()).load();
    if (!acceptable)
        return context.fail(acceptable.error());
    const QList<SchemaDifference> accepted =
        AcceptedDifferences::takeAccepted(diff, acceptable.value());

    const QString versionText = version->isEmpty() ? CliContext::tr("base (no migration)")
                                                   : CliContext::tr("version %1").arg(*version);
    if (context.options().json) {
        QJsonObject json = diff.toJson();
        json.insert(QStringLiteral("ok"), diff.isEmpty());
        SchemaDiff acceptedDiff;
        acceptedDiff.differences = accepted;
        json.insert(QStringLiteral("accepted"),
                    acceptedDiff.toJson().value(QStringLiteral("differences")));
        json.insert(QStringLiteral("target"), spec.profile.displayTarget());
        context.printJson(json);
    } else if (sqlOnly) {
        context.out()
            << CliContext::tr(
                   "-- Statements that bring %1 to the expected schema of %2 (review before running).")
                   .arg(spec.profile.displayTarget(), versionText)
            << "\n";
        // Expressions in the definitions name objects as seen from the snapshot's search path.
        if (const QString script = diff.fixScript(); !script.isEmpty())
            context.out() << searchPath(expected.schemas) << "\n" << script;
        context.out().flush();
    } else {
        printReport(context, diff, versionText, accepted);
    }
    return diff.isEmpty() ? 0 : toInt(ExitCode::Failed);
}

}  // namespace mathakine::cli
