#include "backup/BackupCatalog.h"

#include "common/AppInfo.h"
#include "common/JsonRecordFile.h"
#include "common/SettingsKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace mathakine {

namespace {
const QString kBackups = QStringLiteral("backups");

QString canonical(const QString &file)
{
    const QFileInfo info(file);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
}  // namespace

QJsonObject BackupRecord::toJson() const
{
    QJsonObject counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {{QStringLiteral("file"), file},
            {QStringLiteral("target"), target},
            {QStringLiteral("database"), database},
            {QStringLiteral("profile"), profileName},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("dumpMs"), dumpMs},
            {QStringLiteral("verifyMs"), verifyMs},
            {QStringLiteral("sizeBytes"), sizeBytes},
            {QStringLiteral("serverVersion"), serverVersion},
            {QStringLiteral("toolVersion"), toolVersion},
            {QStringLiteral("migrationVersion"), migrationVersion},
            {QStringLiteral("verified"), true},
            {QStringLiteral("rowCounts"), counts}};
}

BackupRecord BackupRecord::fromJson(const QJsonObject &json)
{
    BackupRecord r;
    r.file = json.value(QLatin1String("file")).toString();
    r.target = json.value(QLatin1String("target")).toString();
    r.database = json.value(QLatin1String("database")).toString();
    r.profileName = json.value(QLatin1String("profile")).toString();
    r.environment = json.value(QLatin1String("environment")).toString();
    r.createdAt =
        QDateTime::fromString(json.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    r.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    r.dumpMs = json.value(QLatin1String("dumpMs")).toInteger();
    r.verifyMs = json.value(QLatin1String("verifyMs")).toInteger();
    r.sizeBytes = json.value(QLatin1String("sizeBytes")).toInteger();
    r.serverVersion = json.value(QLatin1String("serverVersion")).toString();
    r.toolVersion = json.value(QLatin1String("toolVersion")).toString();
    r.migrationVersion = json.value(QLatin1String("migrationVersion")).toString();
    const QJsonObject counts = json.value(QLatin1String("rowCounts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        r.rowCounts.insert(it.key(), it.value().toInteger());
    return r;
}

bool BackupRecord::fileIntact() const
{
    const QFileInfo info(file);
    return info.isFile() && info.size() == sizeBytes;
}

BackupCatalog::BackupCatalog(QString path) : m_path(std::move(path))
{}

QString BackupCatalog::defaultPath()
{
    return appinfo::dataLocation() + QLatin1String("/backups.json");
}

QString BackupCatalog::defaultFolder()
{
    const QString configured = QSettings().value(QLatin1String(settings::backupsFolder)).toString();
    return configured.isEmpty() ? appinfo::dataLocation() + QLatin1String("/backups") : configured;
}

QString BackupCatalog::fileNameFor(const QString &database, const QDateTime &when)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString safe = database;
    safe.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("backup_%1_%2.dump")
        .arg(safe, when.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmmss")));
}

QString BackupCatalog::targetKey(const ConnectionProfile &profile)
{
    // The local server is one server whether reached through its Unix socket or loopback TCP.
    const QString host = profile.host.trimmed();
    static const QStringList loopback = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                         QStringLiteral("::1")};
    const bool local =
        host.isEmpty() || host.startsWith(QLatin1Char('/')) || loopback.contains(host.toLower());
    return QStringLiteral("%1:%2/%3")
        .arg(local ? QStringLiteral("localhost") : host.toLower())
        .arg(profile.port)
        .arg(profile.database);
}

Outcome<QList<BackupRecord>> BackupCatalog::load() const
{
    auto list = JsonRecordFile(m_path, kBackups).load();
    if (!list)
        return list.error();
    QList<BackupRecord> records;
    for (const QJsonValue &value : list.value())
        records << BackupRecord::fromJson(value.toObject());
    return records;
}

Status BackupCatalog::add(const BackupRecord &record) const
{
    return JsonRecordFile(m_path, kBackups).append(record.toJson());
}

std::optional<BackupRecord> BackupCatalog::find(const QString &file) const
{
    auto records = load();
    if (!records)
        return std::nullopt;
    const QString wanted = canonical(file);
    for (qsizetype i = records->size() - 1; i >= 0; --i) {
        if (canonical(records->at(i).file) == wanted)
            return records->at(i);
    }
    return std::nullopt;
}

std::optional<BackupRecord> BackupCatalog::latestFor(const ConnectionProfile &profile) const
{
    auto records = load();
    if (!records)
        return std::nullopt;
    std::optional<BackupRecord> best;
    const QString key = targetKey(profile);
    for (const BackupRecord &r : records.value()) {
        if (r.target == key && r.fileIntact() && (!best || r.createdAt > best->createdAt))
            best = r;
    }
    return best;
}

}  // namespace mathakine
