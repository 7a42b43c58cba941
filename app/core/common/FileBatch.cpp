#include "common/FileBatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <filesystem>

namespace mathakine {

namespace {
AppError writeError(const QString &path, const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.file = path;
    error.message = message;
    return error;
}
}  // namespace

void FileBatch::add(const QString &relativePath, const QByteArray &content, bool replace)
{
    m_files << File{relativePath, content, replace};
}

bool FileBatch::exists(const QString &relativePath) const
{
    return QFileInfo::exists(QDir(m_directory).filePath(relativePath));
}

Outcome<QStringList> FileBatch::commit() const
{
    const QDir dir(QDir(m_directory).absolutePath());
    if (QFileInfo(dir.path()).exists() && !QFileInfo(dir.path()).isDir())
        return writeError(dir.path(), tr("Not a folder: the files are written into a folder."));
    if (!dir.mkpath(QStringLiteral(".")))
        return writeError(
            dir.path(),
            tr("Cannot create the folder (check that its parent exists and is writable)."));
    for (const File &f : m_files) {
        const QFileInfo target(dir.filePath(f.relativePath));
        if (!f.replace && target.exists())
            return writeError(target.filePath(),
                              tr("The file exists already; it is never overwritten."));
        if (target.exists() && !target.isFile())  // checked now: a rename must not fail half-way
            return writeError(
                target.filePath(),
                tr("Something other than a file has this name (a folder?); it is not replaced."));
    }
    // The staging folder sits in the target folder: same file system, so rename is atomic.
    QTemporaryDir staging(dir.filePath(QStringLiteral(".mathakine-write-XXXXXX")));
    if (!staging.isValid())
        return writeError(dir.path(),
                          tr("Cannot write in the folder: %1.").arg(staging.errorString()));
    for (const File &f : m_files) {
        const QString staged = staging.filePath(f.relativePath);
        QDir().mkpath(QFileInfo(staged).path());
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size()
            || !file.flush())
            return writeError(dir.filePath(f.relativePath),
                              tr("Cannot write the file: %1.").arg(file.errorString()));
    }
    QStringList written;
    for (const File &f : m_files) {
        const QString target = dir.filePath(f.relativePath);
        if (!dir.mkpath(QFileInfo(target).path()))
            return writeError(QFileInfo(target).path(), tr("Cannot create the folder."));
        // rename(2) replaces a file in one step; QFile::rename refuses an existing one.
        std::error_code failed;
        if (f.replace)
            std::filesystem::rename(
                QFile::encodeName(staging.filePath(f.relativePath)).toStdString(),
                QFile::encodeName(target).toStdString(), failed);
        if (failed || (!f.replace && !QFile::rename(staging.filePath(f.relativePath), target)))
            return writeError(target, tr("Cannot move the written file into place."));
        written << target;
    }
    return written;
}

}  // namespace mathakine
