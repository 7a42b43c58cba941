#pragma once

#include "connection/ConnectionProfile.h"

namespace mathakine {

// Wraps a migration run: counts every table before it and after it and stores both with
// the run (RowCountStore). Never blocks the migration: a failure is logged and skipped.
class RowCountRecorder {
public:
    RowCountRecorder(ConnectionSpec spec, const QString &action, QString toolSchema = QStringLiteral("mathakine_admin"));
    // migrationsRun: steps the run applied; a successful run that applied none is forgotten,
    // so the report keeps showing the last run that changed something.
    void finish(bool success, int migrationsRun);
    qint64 runId() const { return m_runId; }

private:
    ConnectionSpec m_spec;
    QString m_schema;
    qint64 m_runId = 0;
};

} // namespace mathakine
