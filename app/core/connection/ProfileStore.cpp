#include "connection/ProfileStore.h"

#include "common/SettingsKeys.h"

#include <QSettings>

namespace mathakine {

namespace keys = settings::profile;

QList<ConnectionProfile> ProfileStore::all() const
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    settings.beginGroup(QLatin1String(settings::profilesGroup));
    const QStringList names = settings.childGroups();
    settings.endGroup();
    for (const QString &name : names) {
        if (auto profile = find(QString::fromUtf8(QByteArray::fromPercentEncoding(name.toUtf8()))))
            profiles << *profile;
    }
    std::sort(profiles.begin(), profiles.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    return profiles;
}

namespace {
// Profile names may hold '/' or spaces; QSettings groups may not.
QString groupFor(const QString &name)
{
    return QLatin1String(settings::profilesGroup) + QLatin1Char('/')
        + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
}  // namespace

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(groupFor(name));
    if (!settings.contains(QLatin1String(keys::host))
        && !settings.contains(QLatin1String(keys::database)))
        return std::nullopt;
    ConnectionProfile p;
    p.name = name;
    p.environment = environmentFromKey(settings.value(QLatin1String(keys::environment)).toString())
                        .value_or(Environment::Development);
    p.host = settings.value(QLatin1String(keys::host)).toString();
    p.port = settings.value(QLatin1String(keys::port), 5432).toInt();
    p.database = settings.value(QLatin1String(keys::database)).toString();
    p.user = settings.value(QLatin1String(keys::user)).toString();
    p.sslMode = settings.value(QLatin1String(keys::sslMode), QStringLiteral("prefer")).toString();
    p.options = settings.value(QLatin1String(keys::options)).toString();
    p.connectTimeoutSeconds = settings.value(QLatin1String(keys::connectTimeout), 5).toInt();
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    QSettings settings;
    settings.beginGroup(groupFor(p.name));
    settings.setValue(QLatin1String(keys::environment), environmentKey(p.environment));
    settings.setValue(QLatin1String(keys::host), p.host);
    settings.setValue(QLatin1String(keys::port), p.port);
    settings.setValue(QLatin1String(keys::database), p.database);
    settings.setValue(QLatin1String(keys::user), p.user);
    settings.setValue(QLatin1String(keys::sslMode), p.sslMode);
    settings.setValue(QLatin1String(keys::options), p.options);
    settings.setValue(QLatin1String(keys::connectTimeout), p.connectTimeoutSeconds);
    settings.endGroup();
    settings.sync();
}

void ProfileStore::remove(const QString &name)
{
    QSettings settings;
    settings.remove(groupFor(name));
    settings.sync();
}

QString ProfileStore::settingsFile()
{
    return QSettings().fileName();
}

}  // namespace mathakine
