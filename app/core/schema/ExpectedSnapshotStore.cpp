#include "schema/ExpectedSnapshotStore.h"

#include "schema/SnapshotJson.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace mathakine {

ExpectedSnapshotStore::ExpectedSnapshotStore(QString directory) : m_directory(std::move(directory))
{}

QString ExpectedSnapshotStore::directoryFor(const QString &migrationsDir)
{
    return QDir(migrationsDir).filePath(QStringLiteral("expected"));
}

QString ExpectedSnapshotStore::path(const QString &version) const
{
    return QDir(m_directory).filePath(version + QLatin1String(".json"));
}

QStringList ExpectedSnapshotStore::versions() const
{
    static const QRegularExpression versionFile(QStringLiteral("^(\\d+)\\.json$"));
    QStringList result;
    for (const QString &name :
         QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (const auto match = versionFile.match(name); match.hasMatch())
            result << match.captured(1);
    }
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    return result;
}

Outcome<SchemaSnapshot> ExpectedSnapshotStore::load(const QString &version) const
{
    QFile file(path(version));
    if (!file.open(QIODevice::ReadOnly)) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.file = file.fileName();
        error.message = tr("There is no expected schema snapshot for version %1.").arg(version);
        error.detail = file.errorString();
        error.hint =
            tr("Generate the snapshots from the migrations with: mathakine-admin snapshot");
        return error;
    }
    return SnapshotJson::read(file.readAll(), file.fileName());
}

Status ExpectedSnapshotStore::save(const SchemaSnapshot &snapshot) const
{
    QSaveFile file(path(snapshot.version));
    const bool ok = QDir().mkpath(m_directory) && file.open(QIODevice::WriteOnly)
        && file.write(SnapshotJson::write(snapshot)) >= 0 && file.commit();
    if (!ok) {
        AppError error;
        error.file = file.fileName();
        error.message = tr("Cannot write the expected schema snapshot.");
        error.detail = file.errorString();
        return error;
    }
    return {};
}

}  // namespace mathakine
