#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mathakine {

enum class Environment { Development, Test, Production };

// One saved way to reach a database. Holds no password: see SecretStore.
struct ConnectionProfile {
    QString name;
    Environment environment = Environment::Development;
    QString host;  // name, IP address, or a Unix socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");
    QString options;  // extra libpq keywords, "key=value key2=value2"
    int connectTimeoutSeconds = 5;

    bool isProduction() const { return environment == Environment::Production; }
    // "user@host:port/database" with no secret, for headers and logs.
    QString displayTarget() const;
    // libpq keyword/value string without password (for pg_dump and logs).
    QString conninfo() const;

    bool operator==(const ConnectionProfile &) const = default;
};

// Environment tags as stored in settings ("development", "test", "production").
QString environmentKey(Environment env);
std::optional<Environment> environmentFromKey(const QString &key);

// A profile plus the password to use for this one session (kept in memory only).
struct ConnectionSpec {
    ConnectionProfile profile;
    QString password;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ConnectionProfile)
