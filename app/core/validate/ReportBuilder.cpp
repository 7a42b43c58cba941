#include "validate/ReportBuilder.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"

namespace mathakine {

Outcome<ValidationReport> ReportBuilder::build(const Inputs &in)
{
    auto opened = DatabaseSession::open(in.spec, QStringLiteral("report"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    auto history = HistoryStore(session, in.toolSchema).load();
    if (!history)
        return history.error();

    ValidationReport report;
    report.language = in.language;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.database = session.server().database;
    report.target = in.spec.profile.displayTarget();
    report.serverVersion = session.server().version;
    report.profileName = in.spec.profile.name;
    report.environment = environmentKey(in.spec.profile.environment);
    report.operatorName = appinfo::osUserAtHost() + QLatin1String(" / ") + session.server().user;
    report.appVersion = QLatin1String(appinfo::version);
    report.planFile = in.planFile;
    report.headVersion = in.catalog ? in.catalog->headVersion() : QString();
    report.result = in.result;
    for (const AppliedMigration &m : history.value()) {
        const Migration *file = in.catalog ? in.catalog->find(m.version) : nullptr;
        report.migrations << ReportMigration{m.version,
                                             file ? file->displayTitle(in.language) : m.title,
                                             m.stateKey(),
                                             m.executionKey(),
                                             m.appliedAt.toUTC(),
                                             m.durationMs,
                                             m.appliedByDb + QLatin1String(" / ") + m.appliedByOs};
        if (m.isApplied())
            report.migrationVersion = m.version;
    }
    return report;
}

}  // namespace mathakine
