#include "connection/DatabaseSession.h"

#include "connection/ConnectionFailure.h"
#include "connection/ConnectionKeywords.h"
#include "log/Log.h"
#include "log/Redactor.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

#include <QCoreApplication>
#include <libpq-fe.h>

namespace mathakine {

namespace {
std::atomic<int> s_connectionCounter{0};

// Server NOTICEs (e.g. "already exists, skipping") go to the log, not raw to stderr.
void noticeToLog(void *, const char *message)
{
    log::info(QCoreApplication::translate("Journal", "server notice: %1")
                  .arg(QString::fromUtf8(message).trimmed()));
}

QString connectOptions(const ConnectionProfile &profile)
{
    QStringList options;
    options << QStringLiteral("application_name=")
            + ConnectionKeywords::quoteValue(
                   ConnectionKeywords::applicationName(qEnvironmentVariable("PGAPPNAME")))
            << QStringLiteral("connect_timeout=%1").arg(qMax(1, profile.connectTimeoutSeconds));
    if (!profile.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + profile.sslMode;
    if (!profile.options.trimmed().isEmpty())
        options << profile.options.trimmed();
    return options.join(QLatin1Char(';'));
}
}  // namespace

DatabaseSession::DatabaseSession(ConnectionSpec spec, QString connectionName)
    : m_spec(std::move(spec)), m_connectionName(std::move(connectionName))
{}

DatabaseSession::~DatabaseSession()
{
    m_prepared.clear();  // their results must go before the connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase DatabaseSession::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Outcome<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const ConnectionSpec &spec,
                                                                const QString &purpose)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        AppError error;
        error.exitCode = ExitCode::CannotConnect;
        error.message = tr("The Qt PostgreSQL driver (QPSQL) is not installed.");
        error.hint = tr("Install the package libqt6sql6-psql.");
        return error;
    }
    if (!spec.password.isEmpty())
        Redactor::registerSecret(spec.password);

    const QString name = QStringLiteral("mathakine-%1-%2").arg(purpose).arg(++s_connectionCounter);
    std::unique_ptr<DatabaseSession> session(new DatabaseSession(spec, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const ConnectionProfile &p = spec.profile;
    db.setHostName(p.host);
    db.setPort(p.port);
    db.setDatabaseName(p.database);
    db.setUserName(p.user);
    if (!spec.password.isEmpty())
        db.setPassword(spec.password);
    const QString options = connectOptions(p);
    db.setConnectOptions(options);
    QElapsedTimer timer;
    timer.start();
    if (!db.open()) {
        const qint64 elapsedMs = timer.elapsed();
        const QString text = db.lastError().text();
        log::warn(QCoreApplication::translate("Journal", "connection to %1 failed: %2")
                      .arg(p.displayTarget(), text));
        return ConnectionFailure::diagnose(spec, options, text, elapsedMs);
    }

    const QVariant handle = db.driver()->handle();
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0
            || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        PQsetNoticeProcessor(*static_cast<PGconn *const *>(handle.constData()), noticeToLog,
                             nullptr);

    // Every statement of the tool runs under both limits; a run narrows them with setTimeouts().
    if (Status limited = session->setTimeouts(kDefaultLockTimeoutMs, kDefaultStatementTimeoutMs);
        !limited)
        return limited.error();
    auto info = session->run(QStringLiteral(
        "SELECT current_setting('server_version'), current_setting('server_version_num')::int,"
        " current_database(), current_user, pg_backend_pid()"));
    if (!info)
        return info.error();
    QSqlQuery &q = info.value();
    if (q.next()) {
        session->m_server = {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toInt()};
    }
    log::debug(
        QCoreApplication::translate("Journal", "connected to %1 (PostgreSQL %2, pid %3) for %4")
            .arg(p.displayTarget(), session->m_server.version)
            .arg(session->m_server.backendPid)
            .arg(purpose));
    return session;
}

Outcome<QSqlQuery> DatabaseSession::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    bool ok = false;
    if (values.isEmpty()) {
        query.setForwardOnly(true);
        ok = query.exec(sql);
    } else {
        // A QSqlQuery copy shares its prepared statement: the cache keeps one, the caller reads
        // the other (Qt 6 deprecates the copy for that very sharing, which is the point here).
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        auto cached = m_prepared.find(sql);
        if (cached == m_prepared.end()) {
            query.setForwardOnly(true);
            ok = query.prepare(sql);
            if (ok)
                cached = m_prepared.insert(sql, query);
        } else {
            query = *cached;
            ok = true;
        }
        QT_WARNING_POP
        if (ok) {
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            ok = query.exec();
            if (!ok)
                m_prepared.remove(
                    sql);  // e.g. a plan the schema change invalidated: prepare afresh next time
        }
    }
    if (!ok)
        return statementError(query);
    return query;
}

AppError DatabaseSession::statementError(const QSqlQuery &query) const
{
    AppError error;
    error.exitCode = ExitCode::Failed;
    error.message = tr("The database refused a statement.");
    error.detail = query.lastError().databaseText();
    if (error.detail.isEmpty())
        error.detail = query.lastError().text();
    // QPSQL puts the server's SQLSTATE (PG_DIAG_SQLSTATE) in nativeErrorCode().
    error.sqlState = query.lastError().nativeErrorCode();
    error.kind = errorKindOf(error.sqlState);
    if (error.kind == ErrorKind::Other && !database().isOpen())
        error.kind = ErrorKind::ConnectionLost;
    return error;
}

Status DatabaseSession::setTimeouts(int lockTimeoutMs, int statementTimeoutMs) const
{
    // Session level (not SET LOCAL): they hold for the tool's own queries between transactions too.
    for (const QString &setting :
         {QStringLiteral("SET lock_timeout = %1").arg(lockTimeoutMs),
          QStringLiteral("SET statement_timeout = %1").arg(statementTimeoutMs)}) {
        if (auto done = run(setting); !done)
            return done.error();
    }
    return {};
}

void *DatabaseSession::nativeHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid())
        return nullptr;
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

Status DatabaseSession::prepare(const QString &sql) const
{
    if (m_prepared.contains(sql))
        return {};
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return statementError(query);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    m_prepared.insert(sql, query);  // shared with run()'s copies, as there
    QT_WARNING_POP
    return {};
}

Outcome<QVariant> DatabaseSession::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

QString DatabaseSession::quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

}  // namespace mathakine
