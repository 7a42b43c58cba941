#include "CliContext.h"

#include "connection/ConnectionUrl.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "log/Log.h"
#include "ops/Sandbox.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <cstdio>

namespace mathakine::cli {

CliContext::CliContext(GlobalOptions options)
    : m_options(std::move(options)), m_out(stdout), m_err(stderr)
{
}

Outcome<ConnectionSpec> CliContext::resolveConnection()
{
    if (!m_options.url.isEmpty()) {
        auto spec = ConnectionUrl::parse(m_options.url);
        if (!spec) {
            AppError error = spec.error();
            error.message = tr("--url: %1").arg(error.message);
            return error;
        }
        return spec;
    }
    if (!m_options.profile.isEmpty()) {
        auto profile = ProfileStore().find(m_options.profile);
        if (!profile) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.message = tr("--profile: no saved profile is named \"%1\".").arg(m_options.profile);
            return error;
        }
        ConnectionSpec spec{*profile, SecretStore::lookup(*profile).value_or(QString())};
        if (spec.password.isEmpty())
            spec.password = qEnvironmentVariable("PGPASSWORD");
        return spec;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (ConnectionUrl::environmentHasConnection(env))
        return ConnectionUrl::fromEnvironment(env);
    Sandbox sandbox;
    if (sandbox.status().running) {
        log::info(QStringLiteral("no connection given; using the running sandbox"));
        return ConnectionSpec{sandbox.profile(), {}};
    }
    return ConnectionUrl::fromEnvironment(env);  // the "no database given" error
}

QString CliContext::migrationsDir() const
{
    if (!m_options.migrationsDir.isEmpty())
        return QDir(m_options.migrationsDir).absolutePath();
    if (QDir(QStringLiteral("migrations")).exists())
        return QDir(QStringLiteral("migrations")).absolutePath();
    const QString shipped = QCoreApplication::applicationDirPath() + QLatin1String("/../share/mathakine-admin/migrations");
    if (QDir(shipped).exists())
        return QDir(shipped).absolutePath();
    return QStringLiteral(MATHAKINE_SOURCE_MIGRATIONS);
}

int CliContext::fail(const AppError &error)
{
    if (m_options.json) {
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("exitCode"), toInt(error.exitCode)},
                   {QStringLiteral("error"), error.located()},
                   {QStringLiteral("detail"), error.detail},
                   {QStringLiteral("hint"), error.hint}});
    } else {
        m_err << tr("error: %1").arg(error.located()) << Qt::endl;
        if (!error.detail.isEmpty())
            m_err << "  " << error.detail.trimmed().replace(QLatin1Char('\n'), QLatin1String("\n  ")) << Qt::endl;
        if (!error.hint.isEmpty())
            m_err << tr("hint: %1").arg(error.hint) << Qt::endl;
    }
    log::error(error.fullText());
    return toInt(error.exitCode);
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace mathakine::cli
