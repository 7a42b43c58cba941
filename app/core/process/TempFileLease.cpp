#include "process/TempFileLease.h"

#include "common/AppInfo.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <atomic>
#include <utility>

namespace mathakine {

namespace {
std::atomic<int> s_leaseCounter{0};

// Field 22 of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces).
QString startTime(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); field 22 is fields[19]. A zombie is gone for our purpose.
    if (fields.size() < 20 || fields.at(0) == "Z")
        return {};
    return QString::fromLatin1(fields.at(19));
}

// Only what the tool itself leases, whatever a lease file says: a dump being written or a
// passfile's private folder.
bool sweepable(const QString &path)
{
    return path.endsWith(QLatin1String(".partial"))
        || QFileInfo(path).fileName().startsWith(TempFileLease::passFolderPrefix());
}

bool removePath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isAbsolute() || !sweepable(path))
        return false;
    if (!info.exists() && !info.isSymLink())
        return false;
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}
}  // namespace

QString TempFileLease::defaultFolder()
{
    return appinfo::dataLocation() + QLatin1String("/leases");
}

QString TempFileLease::ownerTag()
{
    static const QString tag = [] {
        const QString pid = QString::number(QCoreApplication::applicationPid());
        return pid + QLatin1Char('-') + startTime(pid);
    }();
    return tag;
}

bool TempFileLease::ownerAlive(const QString &tag)
{
    const QString pid = tag.section(QLatin1Char('-'), 0, 0);
    const QString started = tag.section(QLatin1Char('-'), 1);
    return !pid.isEmpty() && !started.isEmpty() && startTime(pid) == started;
}

TempFileLease TempFileLease::claim(const QString &path, const QString &leaseFolder)
{
    TempFileLease lease;
    if (!QDir().mkpath(leaseFolder))
        return lease;
    const QString file =
        QDir(leaseFolder)
            .filePath(QStringLiteral("%1-%2.lease").arg(ownerTag()).arg(++s_leaseCounter));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QFileInfo(path).absoluteFilePath().toUtf8()) < 0 || !out.commit()) {
        log::warn(QCoreApplication::translate("Journal", "cannot write the lease %1 for %2")
                      .arg(file, path));
        return lease;
    }
    lease.m_leaseFile = file;
    return lease;
}

TempFileLease::~TempFileLease()
{
    if (!m_leaseFile.isEmpty())
        QFile::remove(m_leaseFile);
}

TempFileLease::TempFileLease(TempFileLease &&other) noexcept
    : m_leaseFile(std::exchange(other.m_leaseFile, QString()))
{}

TempFileLease &TempFileLease::operator=(TempFileLease &&other) noexcept
{
    if (this != &other) {
        if (!m_leaseFile.isEmpty())
            QFile::remove(m_leaseFile);
        m_leaseFile = std::exchange(other.m_leaseFile, QString());
    }
    return *this;
}

QStringList TempFileLease::sweep(const QString &leaseFolder)
{
    QStringList removed;
    const QDir folder(leaseFolder);
    for (const QString &name : folder.entryList({QStringLiteral("*.lease")}, QDir::Files)) {
        // "<pid>-<start>-<n>.lease": the owner tag is everything before the last dash.
        const QString tag = name.chopped(6).section(QLatin1Char('-'), 0, 1);
        if (ownerAlive(tag))
            continue;
        QFile lease(folder.filePath(name));
        const QString path = lease.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(lease.readAll()).trimmed()
            : QString();
        lease.close();
        if (!path.isEmpty() && removePath(path)) {
            removed << path;
            log::warn(
                QCoreApplication::translate(
                    "Journal",
                    "removed %1, left by mathakine-admin process %2 that did not end normally")
                    .arg(path, tag.section(QLatin1Char('-'), 0, 0)));
        }
        QFile::remove(folder.filePath(name));
    }
    return removed;
}

}  // namespace mathakine
