#include "connection/ConnectionKeywords.h"

#include "connection/PgServiceFile.h"

#include <optional>

namespace mathakine {

namespace {

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// libpq keywords kept as given and passed through to libpq in ConnectionProfile::options
// (saved with profiles, so never a secret such as sslpassword).
const QStringList kPassThroughKeys = {QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("sslcrl"),
                                      QStringLiteral("target_session_attrs"),
                                      QStringLiteral("options"),
                                      QStringLiteral("keepalives"),
                                      QStringLiteral("keepalives_idle"),
                                      QStringLiteral("gssencmode"),
                                      QStringLiteral("channel_binding"),
                                      QStringLiteral("passfile")};

// The variables libpq reads for the keywords we hold in ConnectionProfile's fields.
const QList<std::pair<const char *, const char *>> kVariables = {
    {"PGHOST", "host"},
    {"PGPORT", "port"},
    {"PGDATABASE", "dbname"},
    {"PGUSER", "user"},
    {"PGPASSWORD", "password"},
    {"PGSSLMODE", "sslmode"},
    {"PGCONNECT_TIMEOUT", "connect_timeout"}};

void addOption(ConnectionProfile &p, const QString &key, const QString &value)
{
    p.options += (p.options.isEmpty() ? QString() : QStringLiteral(" ")) + key + QLatin1Char('=')
        + ConnectionKeywords::quoteValue(value);
}

AppError usageError(const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = message;
    return error;
}

}  // namespace

std::optional<int> ConnectionKeywords::parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return port;
}

QString ConnectionKeywords::quoteValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ConnectionKeywords::applicationName(const QString &suffix)
{
    const QString tool = QStringLiteral("mathakine-admin");
    const QString own = suffix.trimmed();
    return own.isEmpty() || own == tool ? tool : tool + QLatin1Char('/') + own;
}

QString ConnectionKeywords::apply(ConnectionSpec &spec, const QString &key, const QString &value)
{
    ConnectionProfile &p = spec.profile;
    if (key == QLatin1String("sslmode")) {
        if (!kSslModes.contains(value))
            return tr("\"%1\" is not one of %2.").arg(value, kSslModes.join(QLatin1String(", ")));
        p.sslMode = value;
    } else if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 0)
            return tr("\"%1\" is not a number of seconds.").arg(value);
        p.connectTimeoutSeconds = seconds;
    } else if (key == QLatin1String("host")) {
        if (value.contains(QLatin1Char(',')))
            return tr("several hosts are not supported; give one host.");
        p.host = value;
    } else if (key == QLatin1String("port")) {
        const auto port = parsePort(value);
        if (!port)
            return tr("\"%1\" is not a port number (1-65535).").arg(value);
        p.port = *port;
    } else if (key == QLatin1String("user")) {
        p.user = value;
    } else if (key == QLatin1String("password")) {
        spec.password = value;
    } else if (key == QLatin1String("dbname")) {
        p.database = value;
    } else if (key == QLatin1String("application_name")) {
        addOption(p, key, applicationName(value));
    } else if (kPassThroughKeys.contains(key)) {
        addOption(p, key, value);
    } else {
        return tr("not a connection keyword this tool accepts.");
    }
    return {};
}

Status ConnectionKeywords::complete(ConnectionSpec &spec, QSet<QString> given,
                                    const QString &service, const QProcessEnvironment &env)
{
    const QString serviceName =
        service.isEmpty() ? env.value(QStringLiteral("PGSERVICE")) : service;
    if (!serviceName.isEmpty()) {
        auto found = PgServiceFile::find(serviceName, env);
        if (!found)
            return found.error();
        for (const ServiceKeyword &k : found->keywords) {
            if (given.contains(k.key))
                continue;  // the connection's own keywords win, then the service's first line
            if (const QString problem = apply(spec, k.key, k.value); !problem.isEmpty())
                return usageError(tr("Service \"%1\" (%2, line %3), %4: %5")
                                      .arg(serviceName, found->file)
                                      .arg(k.line)
                                      .arg(k.key, problem));
            given.insert(k.key);
        }
    }
    for (const auto &[variable, key] : kVariables) {
        const QString value = env.value(QLatin1String(variable));
        if (value.isEmpty() || given.contains(QLatin1String(key)))
            continue;
        if (const QString problem = apply(spec, QLatin1String(key), value); !problem.isEmpty())
            return usageError(tr("%1: %2").arg(QLatin1String(variable), problem));
        given.insert(QLatin1String(key));
    }
    if (spec.profile.user.isEmpty()) {
        const QString osUser = env.value(QStringLiteral("USER"));
        spec.profile.user = osUser.isEmpty() ? QStringLiteral("postgres") : osUser;
    }
    if (spec.profile.database.isEmpty())
        spec.profile.database = spec.profile.user;  // libpq's rule
    return Status::success();
}

}  // namespace mathakine
