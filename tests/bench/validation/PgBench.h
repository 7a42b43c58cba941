#pragma once

#include "connection/ConnectionProfile.h"

#include <QList>
#include <QString>

// Runs PostgreSQL's own pgbench against a database, as the reference our figures are
// compared with (same server, same run).
class PgBench {
public:
    explicit PgBench(mathakine::ConnectionProfile profile);

    // Per-transaction latencies (ms) of `runs` executions of sql with pgbench -n -M extended
    // -f, one client; parameters become \set lines. Empty on failure (reason on stderr).
    QList<double> latencies(const QString &sql,
                            const QList<std::pair<QString, QString>> &parameters, int runs) const;
    struct InitTimes {
        double generate = -1;     // "server-side generate" seconds
        double primaryKeys = -1;  // "primary keys" seconds
    };
    // pgbench -i -I dtGp -s scale: rows made by INSERT … SELECT generate_series, then keys.
    InitTimes initialise(int scale) const;
    QString program() const { return m_program; }

private:
    QStringList connectionArgs() const;

    mathakine::ConnectionProfile m_profile;
    QString m_program;
};
