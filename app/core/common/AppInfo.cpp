#include "common/AppInfo.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace mathakine::appinfo {

QString dataLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QLatin1String("/.local/share/") + QLatin1String(application);
    QDir().mkpath(dir);
    return dir;
}

QString osUserAtHost()
{
    // Written with every history and audit row: read once per process.
    static const QString value = [] {
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty()) {
            if (const passwd *pw = getpwuid(geteuid()))
                user = QString::fromLocal8Bit(pw->pw_name);
        }
        return user + QLatin1Char('@') + QSysInfo::machineHostName();
    }();
    return value;
}

}  // namespace mathakine::appinfo
