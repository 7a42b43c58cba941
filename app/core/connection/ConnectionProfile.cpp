#include "connection/ConnectionProfile.h"

#include "connection/ConnectionKeywords.h"

#include <QStringList>

namespace mathakine {

QString ConnectionProfile::displayTarget() const
{
    QString hostPart = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (hostPart.contains(QLatin1Char(':')))
        hostPart = QLatin1Char('[') + hostPart + QLatin1Char(']');
    return QStringLiteral("%1@%2:%3/%4").arg(user, hostPart, QString::number(port), database);
}

QString ConnectionProfile::conninfo() const
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + ConnectionKeywords::quoteValue(value);
    };
    add("host", host);
    add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("sslmode", sslMode);
    add("connect_timeout", QString::number(connectTimeoutSeconds));
    QString info = parts.join(QLatin1Char(' '));
    if (!options.trimmed().isEmpty())
        info += QLatin1Char(' ') + options.trimmed();
    return info;
}

QString environmentKey(Environment env)
{
    switch (env) {
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Test:
        return QStringLiteral("test");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return QStringLiteral("development");
}

std::optional<Environment> environmentFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("development") || k == QLatin1String("dev"))
        return Environment::Development;
    if (k == QLatin1String("test"))
        return Environment::Test;
    if (k == QLatin1String("production") || k == QLatin1String("prod"))
        return Environment::Production;
    return std::nullopt;
}

}  // namespace mathakine
