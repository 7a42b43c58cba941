#include "TestServer.h"

#include "common/AppInfo.h"
#include "connection/ConnectionUrl.h"
#include "ops/Sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>

namespace testsupport {

namespace {
std::atomic<int> s_counter{0};

mathakine::Sandbox sandbox()
{
    return mathakine::Sandbox(qEnvironmentVariable("MATHAKINE_TEST_SANDBOX"));
}
}  // namespace

bool serverRunning()
{
    return !qEnvironmentVariable("MATHAKINE_TEST_SANDBOX").isEmpty() && sandbox().status().running;
}

mathakine::ConnectionSpec spec(const QString &database)
{
    return {sandbox().profile(database), {}};
}

mathakine::ConnectionSpec productionSpec(const QString &database)
{
    mathakine::ConnectionSpec s = spec(database);
    s.profile.name = QStringLiteral("prod-") + database;
    s.profile.environment = mathakine::Environment::Production;
    return s;
}

QString url(const QString &database)
{
    return mathakine::ConnectionUrl::toUrl(sandbox().profile(database));
}

bool exec(const QString &database, const QString &sql, QString *error)
{
    auto session = mathakine::DatabaseSession::open(spec(database), QStringLiteral("test"));
    if (!session) {
        if (error)
            *error = session.error().fullText();
        return false;
    }
    auto result = session.value()->run(sql);
    if (!result && error)
        *error = result.error().fullText();
    return result.ok();
}

QVariant scalar(const QString &database, const QString &sql)
{
    auto session = mathakine::DatabaseSession::open(spec(database), QStringLiteral("test"));
    if (!session)
        return {};
    auto value = session.value()->scalar(sql);
    return value ? value.value() : QVariant();
}

QString createDatabase(const QString &prefix)
{
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(prefix)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++s_counter);
    exec(QStringLiteral("postgres"),
         QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    QString error;
    if (!exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        qWarning("cannot create test database %s: %s", qPrintable(name), qPrintable(error));
    return name;
}

void dropDatabase(const QString &name)
{
    exec(QStringLiteral("postgres"),
         QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &extraEnv, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void isolateAppData(const QString &dir)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir + QStringLiteral("/config")));
    QCoreApplication::setOrganizationName(QLatin1String(mathakine::appinfo::organization));
    QCoreApplication::setApplicationName(QLatin1String(mathakine::appinfo::application));
}

QProcessEnvironment appDataEnv(const QString &dir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    return env;
}

QString sourceDir()
{
    return qEnvironmentVariable("MATHAKINE_SOURCE_DIR");
}

}  // namespace testsupport
