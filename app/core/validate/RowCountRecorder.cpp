#include "validate/RowCountRecorder.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "migrate/HistoryStore.h"
#include "validate/RowCountStore.h"

namespace mathakine {

namespace {
QString newestApplied(const DatabaseSession &session, const QString &schema)
{
    auto rows = HistoryStore(session, schema).load();
    QString version;
    if (rows) {
        for (const AppliedMigration &m : rows.value()) {
            if (m.state == QLatin1String("applied"))
                version = m.version;
        }
    }
    return version;
}
} // namespace

RowCountRecorder::RowCountRecorder(ConnectionSpec spec, const QString &action, QString toolSchema)
    : m_spec(std::move(spec)), m_schema(std::move(toolSchema))
{
    auto session = DatabaseSession::open(m_spec, QStringLiteral("row-counts"));
    if (!session) {
        log::warn(QStringLiteral("row counts before %1 skipped: %2").arg(action, session.error().fullText()));
        return;
    }
    auto counts = RowCounter::count(*session.value(), m_schema);
    auto id = counts ? RowCountStore(*session.value(), m_schema).begin(action, newestApplied(*session.value(), m_schema), counts.value())
                     : Outcome<qint64>(counts.error());
    if (!id) {
        log::warn(QStringLiteral("row counts before %1 skipped: %2").arg(action, id.error().fullText()));
        return;
    }
    m_runId = id.value();
    log::info(QStringLiteral("row counts before %1 recorded (%2 tables, run %3)").arg(action).arg(counts->size()).arg(m_runId));
}

void RowCountRecorder::finish(bool success, int migrationsRun)
{
    if (m_runId == 0)
        return;
    auto session = DatabaseSession::open(m_spec, QStringLiteral("row-counts"));
    if (session && success && migrationsRun == 0) {
        RowCountStore(*session.value(), m_schema).discard(m_runId);
        m_runId = 0;
        return;
    }
    auto counts = session ? RowCounter::count(*session.value(), m_schema) : Outcome<TableCounts>(session.error());
    Status stored = counts ? RowCountStore(*session.value(), m_schema).finish(m_runId, newestApplied(*session.value(), m_schema), success, counts.value())
                           : Status(counts.error());
    if (!stored)
        log::warn(QStringLiteral("row counts after the run skipped: %1").arg(stored.error().fullText()));
    m_runId = 0;
}

} // namespace mathakine
