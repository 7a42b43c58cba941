#include "CliContext.h"

#include "connection/ConnectionResolver.h"
#include "log/Log.h"
#include "ops/Sandbox.h"

#include <QDir>
#include <QJsonDocument>

#include <cstdio>

namespace mathakine::cli {

CliContext::CliContext(GlobalOptions options, const ReportRenderer *renderer)
    : m_options(std::move(options)), m_renderer(renderer), m_out(stdout), m_err(stderr)
{}

Outcome<ConnectionSpec> CliContext::resolveConnection()
{
    return ConnectionResolver::resolve(m_options.url, m_options.profile, &Sandbox::runningDefault);
}

QString CliContext::migrationsDir() const
{
    if (!m_options.migrationsDir.isEmpty())
        return QDir(m_options.migrationsDir).absolutePath();
    if (QDir(QStringLiteral("migrations")).exists())
        return QDir(QStringLiteral("migrations")).absolutePath();
    const QString shipped = QCoreApplication::applicationDirPath()
        + QLatin1String("/../share/mathakine-admin/migrations");
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
                   {QStringLiteral("hint"), error.hint},
                   {QStringLiteral("sqlState"), error.sqlState},
                   {QStringLiteral("remedy"), error.remedy.option}});
    } else {
        m_err << tr("error: %1").arg(error.located()) << Qt::endl;
        if (!error.detail.isEmpty())
            m_err << "  "
                  << error.detail.trimmed().replace(QLatin1Char('\n'), QLatin1String("\n  "))
                  << Qt::endl;
        if (!error.hint.isEmpty())
            m_err << tr("hint: %1").arg(error.hint) << Qt::endl;
        if (!error.remedy.isEmpty())
            m_err << (error.remedy.needsReason
                          ? tr("way out: run again with %1 (audited)").arg(error.remedy.option)
                          : tr("way out: run again with %1").arg(error.remedy.option))
                  << Qt::endl;
    }
    log::error(error.fullText());
    return toInt(error.exitCode);
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

}  // namespace mathakine::cli
