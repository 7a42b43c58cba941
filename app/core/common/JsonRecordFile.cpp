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
}

JsonRecordFile::JsonRecordFile(QString path, QString listKey) : m_path(std::move(path)), m_key(std::move(listKey)) {}

Outcome<QJsonArray> JsonRecordFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonArray();
    if (!file.open(QIODevice::ReadOnly))
        return AppError{ExitCode::Failed, tr("Cannot read %1.").arg(QFileInfo(m_path).fileName()), file.errorString(), {}, m_path, 0, 0};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(m_key).isArray())
        return AppError{ExitCode::Failed, tr("%1 is not valid JSON with a \"%2\" list.").arg(QFileInfo(m_path).fileName(), m_key),
                        parseError.errorString(), tr("Fix the file or move it away; a new one is started on the next write."),
                        m_path, 0, 0};
    return doc.object().value(m_key).toArray();
}

Status JsonRecordFile::append(const QJsonObject &record) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(kLockWaitMs))
        return AppError{ExitCode::Failed, tr("%1 is locked by another process.").arg(QFileInfo(m_path).fileName()), {}, {}, m_path, 0, 0};
    auto records = load();
    if (!records)
        return records.error();
    QJsonArray list = records.value();
    list.append(record);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(QJsonObject{{m_key, list}}).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return AppError{ExitCode::Failed, tr("Cannot write %1.").arg(QFileInfo(m_path).fileName()), file.errorString(), {}, m_path, 0, 0};
    return {};
}

} // namespace mathakine
