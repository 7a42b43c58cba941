#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"
#include "migrate/MigrationCatalog.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mathakine {

// One validation run, as the production gate reads it (validations.json in the data
// folder). The migration set is a fingerprint of the versions and checksums of the
// migrations the validated database had applied.
struct ValidationRecord {
    QString profileName;
    QString environment;   // environmentKey(): the gate only counts "test"
    QString target;        // BackupCatalog::targetKey of the validated database
    QString migrationSet;  // ValidationRecords::fingerprint
    QStringList versions;  // the versions in the set, for display
    bool passed = false;
    QDateTime at;     // UTC
    QString summary;  // one line, e.g. "42 checks, 0 failed; p95 38 ms"
    QString appVersion;

    QJsonObject toJson() const;
    static ValidationRecord fromJson(const QJsonObject &json);
};

// Where validation results meet the production gate. The validator calls
// recordValidation() after each run, passed or not; the gate asks latestFor().
class ValidationRecords {
public:
    explicit ValidationRecords(QString path = defaultPath());
    static QString defaultPath();  // <data location>/validations.json

    // SHA-256 over "version:checksum\n" of the catalog's migrations up to upToVersion
    // (all when empty), in version order.
    static QString fingerprint(const MigrationCatalog &catalog, const QString &upToVersion = {});
    static QStringList versions(const MigrationCatalog &catalog, const QString &upToVersion = {});

    // Records a validation of the database behind profile, which has the catalog's
    // migrations applied up to appliedVersion.
    Status recordValidation(const ConnectionProfile &profile, const MigrationCatalog &catalog,
                            const QString &appliedVersion, bool passed,
                            const QString &summary) const;
    Status add(const ValidationRecord &record) const;
    Outcome<QList<ValidationRecord>> load() const;
    // The newest validation, passed or failed, on a test-tagged profile for this migration
    // set: a failure after a pass means the set is not validated any more.
    std::optional<ValidationRecord> latestFor(const QString &migrationSet) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

}  // namespace mathakine
