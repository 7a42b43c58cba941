#include "validate/SchemaDiffChecks.h"

#include "migrate/HistoryStore.h"
#include "schema/AcceptedDifferences.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

namespace mathakine {

SchemaDiffChecks::SchemaDiffChecks(QString migrationsDir, QString toolSchema)
    : m_migrationsDir(std::move(migrationsDir)), m_toolSchema(std::move(toolSchema))
{}

QString SchemaDiffChecks::progressLabel() const
{
    return tr("Comparing the schema with the one the migrations produce");
}

Outcome<QList<CheckResult>> SchemaDiffChecks::check(const DatabaseSession &session)
{
    auto history = HistoryStore(session, m_toolSchema).load();
    if (!history)
        return history.error();
    const QString version = history->currentVersion();
    CheckResult summary;
    summary.family = CheckFamily::Diff;
    summary.id = QStringLiteral("diff:summary");
    summary.subject = version.isEmpty() ? QStringLiteral("base") : version;
    const ExpectedSnapshotStore store(ExpectedSnapshotStore::directoryFor(m_migrationsDir));
    if (version.isEmpty() || !store.versions().contains(version)) {
        summary.status = CheckStatus::Warning;
        summary.critical = false;
        summary.message = version.isEmpty()
            ? tr("No migration is applied: there is no expected schema to compare with.")
            : tr("No expected schema snapshot for version %1 in %2: the schema was not compared.")
                  .arg(version, store.directory());
        return QList<CheckResult>{summary};
    }
    auto expected = store.load(version);
    if (!expected)
        return expected.error();
    auto actual = SchemaIntrospector(session).snapshot();
    if (!actual)
        return actual.error();
    SchemaDiff diff = SchemaComparer::compare(expected.value(), actual.value());
    // What reconcile kept on purpose (column order) is not a finding while it stays as accepted.
    auto accepted = AcceptedDifferences(session, m_toolSchema).load();
    if (!accepted)
        return accepted.error();
    AcceptedDifferences::takeAccepted(diff, accepted.value());
    QList<CheckResult> results;
    for (const SchemaDifference &d : diff.differences) {
        CheckResult r;
        r.family = CheckFamily::Diff;
        r.id =
            QStringLiteral("diff:%1:%2:%3")
                .arg(SchemaDiff::kindId(d.kind), SchemaDiff::objectTypeId(d.objectType), d.path());
        r.subject = d.path();
        r.critical = d.severity == DiffSeverity::Error;
        r.status = r.critical ? CheckStatus::Fail : CheckStatus::Warning;
        r.message = SchemaDiff::describe(d);
        r.detail = d.fixSql.join(QLatin1Char('\n'));
        results << r;
    }
    if (results.isEmpty()) {
        summary.status = CheckStatus::Pass;
        summary.message = tr("The schema matches the expected schema of version %1.").arg(version);
        results << summary;
    }
    return results;
}

}  // namespace mathakine
