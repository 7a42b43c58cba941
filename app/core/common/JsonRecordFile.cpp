#include "common/JsonRecordFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace mathakine {

namespace {
constexpr int kLockWaitMs = 10000;
}  // namespace

JsonRecordFile::JsonRecordFile(QString path, QString listKey)
    : m_path(std::move(path)), m_key(std::move(listKey))
{}

Outcome<QJsonArray> JsonRecordFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonArray();
    if (!file.open(QIODevice::ReadOnly))
        return AppError{.exitCode = ExitCode::Failed,
                        .message = tr("Cannot read %1.").arg(QFileInfo(m_path).fileName()),
                        .detail = file.errorString(),
                        .file = m_path};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(m_key).isArray())
        return AppError{
            .exitCode = ExitCode::Failed,
            .message = tr("%1 is not valid JSON with a \"%2\" list.")
                           .arg(QFileInfo(m_path).fileName(), m_key),
            .detail = parseError.errorString(),
            .hint = tr("Fix the file or move it away; a new one is started on the next write."),
            .file = m_path};
    return doc.object().value(m_key).toArray();
}

Status JsonRecordFile::append(const QJsonObject &record) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(kLockWaitMs))
        return AppError{
            .exitCode = ExitCode::Failed,
            .message = tr("%1 is locked by another process.").arg(QFileInfo(m_path).fileName()),
            .file = m_path};
    auto records = load();
    if (!records)
        return records.error();
    QJsonArray list = records.value();
    list.append(record);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{m_key, list}}).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return AppError{.exitCode = ExitCode::Failed,
                        .message = tr("Cannot write %1.").arg(QFileInfo(m_path).fileName()),
                        .detail = file.errorString(),
                        .file = m_path};
    return {};
}

}  // namespace mathakine
