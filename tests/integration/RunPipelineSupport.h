#pragma once

// Helpers shared by the run pipeline's integration tests (tst_run_pipeline, tst_run_records).
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "run/MigrationRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace testsupport::run {
inline mathakine::RunOptions quick(int lockTimeoutMs = 2000)
{
    mathakine::RunOptions o;
    o.lockTimeoutMs = lockTimeoutMs;
    return o;
}

inline QStringList cli(const QString &db, const QString &dir, const QStringList &command)
{
    return QStringList{u"--url"_s, url(db), u"--migrations"_s, dir} + command;
}

inline QString historyOf(const QString &db, const QString &version)
{
    return scalar(
               db,
               u"SELECT state || ':' || direction || ':' || statements_done FROM mathakine_admin.schema_history WHERE version = '%1'"_s
                   .arg(version))
        .toString();
}

inline int auditCount(const QString &db, const QString &action)
{
    return scalar(
               db,
               u"SELECT count(*) FROM mathakine_admin.audit_log WHERE action = '%1'"_s.arg(action))
        .toInt();
}

// Waits up to 10 s for the run's backend to be running a statement containing fragment.
inline bool waitForQuery(const QString &db, const QString &fragment)
{
    for (int i = 0; i < 200; ++i) {
        if (scalar(
                db,
                u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'mathakine-admin' AND state = 'active'"
                " AND query LIKE '%%1%' AND pid <> pg_backend_pid()"_s.arg(fragment))
                .toInt()
            > 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

// pg_ctl on the test server's data folder, as the user that owns it (postgres when root).
inline bool pgCtl(const QStringList &action)
{
    QString pgCtl = qEnvironmentVariable("MATHAKINE_PG_BINDIR") + u"/pg_ctl"_s;
    if (!QFile::exists(pgCtl)) {
        const QStringList versions =
            QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        pgCtl = u"/usr/lib/postgresql/%1/bin/pg_ctl"_s.arg(versions.value(versions.size() - 1));
    }
    const QStringList args =
        QStringList{pgCtl, u"-D"_s, qEnvironmentVariable("MATHAKINE_TEST_SANDBOX") + u"/data"_s,
                    u"-w"_s}
        + action;
    QProcess p;
    if (geteuid() == 0)
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + args);
    else
        p.start(args.constFirst(), args.mid(1));
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

// A session holding a table lock in an open transaction until it is destroyed.
inline std::unique_ptr<mathakine::DatabaseSession> lockTable(const QString &db,
                                                             const QString &table)
{
    auto session = mathakine::DatabaseSession::open(spec(db), u"blocker"_s);
    if (!session || !session.value()->database().transaction())
        return nullptr;
    if (!session.value()->run(u"LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE"_s.arg(table)))
        return nullptr;
    return std::move(session.value());
}
}  // namespace testsupport::run
