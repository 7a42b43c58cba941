#pragma once

#include "common/Outcome.h"
#include "rowcount/RowCountRun.h"
#include "rowcount/RowCounter.h"

#include <QCoreApplication>

#include <optional>

namespace mathakine {

class DatabaseSession;

// Row counts kept with each migration run, in the tool's schema (tables row_count_runs and
// row_counts, created by ToolSchema), for the report's "nothing lost" table.
class RowCountStore {
    Q_DECLARE_TR_FUNCTIONS(RowCountStore)

public:
    explicit RowCountStore(const DatabaseSession &session,
                           QString schema = QStringLiteral("mathakine_admin"));

    // Starts a run with the counts taken before it; returns the run id.
    Outcome<qint64> begin(const QString &action, const QString &fromVersion,
                          const TableCounts &before) const;
    Status finish(qint64 runId, const QString &toVersion, bool success,
                  const TableCounts &after) const;
    Status discard(qint64 runId) const;
    // The newest finished run, or nullopt when none was recorded.
    Outcome<std::optional<RowCountRun>> latest() const;

private:
    QString table(const char *name) const;
    Status insertCounts(qint64 runId, const QString &phase, const TableCounts &counts) const;

    const DatabaseSession &m_session;
    QString m_schema;
};

}  // namespace mathakine
