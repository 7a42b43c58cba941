#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mathakine {

// Exact row count of one table before and after a migration run; -1 when the table is absent.
struct TableRowCount {
    QString table;  // "public.users"
    qint64 before = -1;
    qint64 after = -1;

    bool operator==(const TableRowCount &) const = default;
};

// The counts recorded with one upgrade or downgrade (mathakine_admin.row_count_runs).
struct RowCountRun {
    qint64 id = 0;
    QString action;  // upgrade, downgrade
    QString fromVersion;
    QString toVersion;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool success = false;
    QString operatorName;
    QList<TableRowCount> tables;

    bool operator==(const RowCountRun &) const = default;
};

}  // namespace mathakine
