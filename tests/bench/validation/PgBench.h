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
    QList<double> latencies(const QString &sql, const QList<std::pair<QString, QString>> &parameters, int runs) const;
    // pgbench -i -I dtG -s scale: seconds spent in "server-side generate", or -1.
    double initialiseSeconds(int scale) const;
    QString program() const { return m_program; }

private:
    QStringList connectionArgs() const;

    mathakine::ConnectionProfile m_profile;
    QString m_program;
};
