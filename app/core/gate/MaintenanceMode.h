#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mathakine {

class DatabaseSession;

// One maintenance period: a row of <schema>.maintenance with ended_at still NULL while on.
struct MaintenanceState {
    qint64 id = 0;
    QString reason;
    QString action;  // upgrade, downgrade or manual
    QString targetVersion;
    QString operatorName;  // user@host of the operator's machine
    QString dbUser;
    QDateTime startedAt;
};

// The maintenance flag the Mathakine backend reads while a production migration runs.
// The backend checks it with checkSql() (documented in the README). Rows are never
// deleted: ending a period sets ended_at and the outcome, so the table is also a log.
class MaintenanceMode {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceMode)

public:
    explicit MaintenanceMode(const DatabaseSession &session,
                             QString schema = QStringLiteral("mathakine_admin"));

    // Creates the schema and table when missing (ToolSchema::ensure under the migration lock).
    Status ensure() const;
    bool tableExists() const;
    // Starts a period (committed at once, so the backend sees it); returns its id.
    Outcome<qint64> begin(const QString &reason, const QString &action,
                          const QString &targetVersion) const;
    // Ends one period with an outcome: success, failed, canceled.
    Status end(qint64 id, const QString &outcome) const;
    // Ends every open period (after a crash left one open); returns how many.
    Outcome<int> endAll(const QString &outcome) const;
    // The operator's own switch (CLI `maintenance on|off`): ensures the table under the
    // migration lock, starts or ends the periods, and writes the audit row.
    Outcome<qint64> switchOn(const QString &reason) const;
    Outcome<int> switchOff() const;
    // The open periods; empty when the table does not exist.
    Outcome<QList<MaintenanceState>> active() const;

    // The query the backend runs: one row, in_maintenance boolean, plus reason and since.
    static QString checkSql(const QString &schema = QStringLiteral("mathakine_admin"));

private:
    QString table() const;

    const DatabaseSession &m_session;
    QString m_schema;
};

}  // namespace mathakine
