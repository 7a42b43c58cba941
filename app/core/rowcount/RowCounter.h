#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace mathakine {

class DatabaseSession;

using TableCounts = QList<std::pair<QString, qint64>>;  // "public.users" -> exact rows, sorted

// Exact row counts (count(*), not the planner's estimates) of every table outside the
// system schemas and the tool's own, read in one repeatable-read snapshot so the figures
// agree with each other.
class RowCounter {
    Q_DECLARE_TR_FUNCTIONS(RowCounter)

public:
    // A count that could not be taken within the run's limits (RunRowCounts).
    static constexpr qint64 kNotCounted = -2;

    static Outcome<TableCounts> count(const DatabaseSession &session, const QString &toolSchema);
    // count(*) of each (schema, table) given, in the session's current transaction.
    static Outcome<TableCounts> countTables(const DatabaseSession &session,
                                            const QList<std::pair<QString, QString>> &tables);
    // Tables whose count differs between two readings: "public.users: 10 → 11".
    static QStringList differences(const TableCounts &before, const TableCounts &after);
};

}  // namespace mathakine
