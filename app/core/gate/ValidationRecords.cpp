#include "gate/ValidationRecords.h"

#include "backup/BackupCatalog.h"
#include "common/AppInfo.h"
#include "common/JsonRecordFile.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace mathakine {

namespace {
const QString kValidations = QStringLiteral("validations");

bool inSet(const Migration &m, const QString &upToVersion)
{
    return upToVersion.isEmpty() || m.version.toLongLong() <= upToVersion.toLongLong();
}
}  // namespace

QJsonObject ValidationRecord::toJson() const
{
    return {{QStringLiteral("profile"), profileName},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("target"), target},
            {QStringLiteral("migrationSet"), migrationSet},
            {QStringLiteral("versions"), QJsonArray::fromStringList(versions)},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("appVersion"), appVersion}};
}

ValidationRecord ValidationRecord::fromJson(const QJsonObject &json)
{
    ValidationRecord r;
    r.profileName = json.value(QLatin1String("profile")).toString();
    r.environment = json.value(QLatin1String("environment")).toString();
    r.target = json.value(QLatin1String("target")).toString();
    r.migrationSet = json.value(QLatin1String("migrationSet")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("versions")).toArray())
        r.versions << v.toString();
    r.passed = json.value(QLatin1String("passed")).toBool();
    r.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    r.summary = json.value(QLatin1String("summary")).toString();
    r.appVersion = json.value(QLatin1String("appVersion")).toString();
    return r;
}

ValidationRecords::ValidationRecords(QString path) : m_path(std::move(path))
{}

QString ValidationRecords::defaultPath()
{
    return appinfo::dataLocation() + QLatin1String("/validations.json");
}

QString ValidationRecords::fingerprint(const MigrationCatalog &catalog, const QString &upToVersion)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Migration &m : catalog.migrations) {
        if (inSet(m, upToVersion))
            hash.addData(QStringLiteral("%1:%2\n").arg(m.version, m.checksum).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QStringList ValidationRecords::versions(const MigrationCatalog &catalog, const QString &upToVersion)
{
    QStringList list;
    for (const Migration &m : catalog.migrations) {
        if (inSet(m, upToVersion))
            list << m.version;
    }
    return list;
}

Status ValidationRecords::recordValidation(const ConnectionProfile &profile,
                                           const MigrationCatalog &catalog,
                                           const QString &appliedVersion, bool passed,
                                           const QString &summary) const
{
    ValidationRecord record;
    record.profileName = profile.name;
    record.environment = environmentKey(profile.environment);
    record.target = BackupCatalog::targetKey(profile);
    record.migrationSet = fingerprint(catalog, appliedVersion);
    record.versions = versions(catalog, appliedVersion);
    record.passed = passed;
    record.at = QDateTime::currentDateTimeUtc();
    record.summary = summary;
    record.appVersion = QLatin1String(appinfo::version);
    return add(record);
}

Status ValidationRecords::add(const ValidationRecord &record) const
{
    return JsonRecordFile(m_path, kValidations).append(record.toJson());
}

Outcome<QList<ValidationRecord>> ValidationRecords::load() const
{
    auto list = JsonRecordFile(m_path, kValidations).load();
    if (!list)
        return list.error();
    QList<ValidationRecord> records;
    for (const QJsonValue &value : list.value())
        records << ValidationRecord::fromJson(value.toObject());
    return records;
}

std::optional<ValidationRecord> ValidationRecords::latestFor(const QString &migrationSet) const
{
    auto records = load();
    if (!records)
        return std::nullopt;
    std::optional<ValidationRecord> best;
    for (const ValidationRecord &r : records.value()) {
        if (r.migrationSet == migrationSet && r.environment == environmentKey(Environment::Test)
            && (!best || r.at > best->at))
            best = r;
    }
    return best;
}

}  // namespace mathakine
