#pragma once

#include "common/Outcome.h"

#include <QMap>

namespace mathakine {

class DatabaseSession;

struct RowCountDifference {
    QString table;         // "schema.table"
    qint64 expected = -1;  // -1: the table is not in the recorded counts
    qint64 actual = -1;    // -1: the table is missing from the database
};

// Exact row counts of every ordinary table outside the system schemas: recorded with a
// backup (in the dump's own snapshot) and compared after a restore.
class BackupRowCounts {
public:
    // Tables only, without counting (for progress totals).
    static Outcome<QStringList> tables(const DatabaseSession &session);
    static Outcome<QMap<QString, qint64>> count(const DatabaseSession &session);
    static QList<RowCountDifference> compare(const QMap<QString, qint64> &expected,
                                             const QMap<QString, qint64> &actual);
};

}  // namespace mathakine
