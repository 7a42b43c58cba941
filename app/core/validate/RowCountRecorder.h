#pragma once

#include "connection/ConnectionProfile.h"

namespace mathakine {

// Wraps a migration run: counts every table before it and after it and stores both with
// the run (RowCountStore). Never blocks the migration: a failure is logged and skipped.
class RowCountRecorder {
public:
    RowCountRecorder(ConnectionSpec spec, const QString &action, QString toolSchema = QStringLiteral("mathakine_admin"));
    void finish(bool success);
    qint64 runId() const { return m_runId; }

private:
    ConnectionSpec m_spec;
    QString m_schema;
    qint64 m_runId = 0;
};

} // namespace mathakine
