#pragma once

#include "common/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace mathakine {

// Files the tool generates (a new migration, an Alembic or SQLAlchemy export), written all or
// none: each is staged under a temporary name in its target folder, then renamed into place,
// so a crash or a full disk never leaves a half-written file (issue 15, "Bad input").
class FileBatch {
    Q_DECLARE_TR_FUNCTIONS(FileBatch)

public:
    struct File {
        QString
            relativePath;  // under the batch's folder, "/"-separated: "versions/0001_baseline.py"
        QByteArray content;
        bool replace = true;  // false: refused when the file exists (no overwrite)
    };

    explicit FileBatch(QString directory) : m_directory(std::move(directory)) {}
    void add(const QString &relativePath, const QByteArray &content, bool replace = true);
    bool exists(const QString &relativePath) const;

    // Creates the folder (and subfolders) when missing, then writes every file. Errors (exit 2,
    // naming the folder or the file): a folder that cannot be created or written, a file that
    // exists and must not be replaced; then nothing is written. Returns the absolute paths.
    Outcome<QStringList> commit() const;

private:
    QString m_directory;
    QList<File> m_files;
};

}  // namespace mathakine
