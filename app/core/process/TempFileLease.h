#pragma once

#include <QString>
#include <QStringList>

namespace mathakine {

// A temporary file or folder the tool writes and must not outlive it: a dump's .partial,
// the folder of a passfile holding a password. While it exists, a lease in
// <data location>/leases names its path and its owner (pid and the process's start time,
// so that a recycled pid is not taken for the owner). A kill -9 leaves the lease behind;
// the next start of the tool sweeps the paths of leases whose owner is gone.
class TempFileLease {
public:
    TempFileLease() = default;
    // Records path (absolute) as owned by this process; an empty lease when the leases folder
    // cannot be written (the path is then only removed by its owner).
    static TempFileLease claim(const QString &path, const QString &leaseFolder = defaultFolder());
    ~TempFileLease();  // drops the lease, not the path: the owner removes or renames the path first
    TempFileLease(TempFileLease &&other) noexcept;
    TempFileLease &operator=(TempFileLease &&other) noexcept;
    TempFileLease(const TempFileLease &) = delete;
    TempFileLease &operator=(const TempFileLease &) = delete;

    bool isValid() const { return !m_leaseFile.isEmpty(); }

    // Removes the paths (files or whole folders) of leases whose owner process is gone, and
    // those leases; returns the paths removed. Called at start-up.
    static QStringList sweep(const QString &leaseFolder = defaultFolder());
    static QString defaultFolder();
    // "<pid>-<start time in clock ticks>" of this process (from /proc/self/stat).
    static QString ownerTag();
    static bool ownerAlive(const QString &tag);
    // The name passfile folders start with; the sweep removes nothing else than these and
    // files ending in ".partial".
    static QString passFolderPrefix() { return QStringLiteral("mathakine-admin-pass-"); }

private:
    QString m_leaseFile;
};

}  // namespace mathakine
