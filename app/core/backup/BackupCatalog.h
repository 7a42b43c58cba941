#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace mathakine {

// One verified backup: where it is, what it holds and how it was made.
struct BackupRecord {
    QString file;    // absolute path of the .dump
    QString target;  // BackupCatalog::targetKey of the source database
    QString database;
    QString profileName;  // empty when the connection came from a URL
    QString environment;  // environmentKey() of the source profile
    QDateTime createdAt;  // UTC, when pg_dump started
    qint64 durationMs = 0;
    qint64 dumpMs = 0;    // of which pg_dump
    qint64 verifyMs = 0;  // and pg_restore reading the whole file back
    qint64 sizeBytes = 0;
    QString serverVersion;
    QString toolVersion;              // pg_dump's
    QString migrationVersion;         // newest applied migration, empty at base
    QMap<QString, qint64> rowCounts;  // "schema.table" -> rows, in the dump's snapshot

    QJsonObject toJson() const;
    static BackupRecord fromJson(const QJsonObject &json);
    // True when the file is still there with the recorded size.
    bool fileIntact() const;
};

// The list of verified backups: backups.json in the data folder (see JsonRecordFile).
class BackupCatalog {
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    explicit BackupCatalog(QString path = defaultPath());
    static QString defaultPath();
    // The backups folder: settings key backups/folder, else <data location>/backups.
    static QString defaultFolder();
    // backup_<db>_<YYYYmmdd_HHMMSS>.dump (local time), unsafe characters replaced.
    static QString fileNameFor(const QString &database, const QDateTime &when);
    // "host:port/database": how a backup is matched to the database it came from. The
    // socket directory, localhost, 127.0.0.1 and ::1 all count as "localhost".
    static QString targetKey(const ConnectionProfile &profile);

    Outcome<QList<BackupRecord>> load() const;
    Status add(const BackupRecord &record) const;
    // The record of a dump file, by path.
    std::optional<BackupRecord> find(const QString &file) const;
    // The newest backup of this database whose file is still intact.
    std::optional<BackupRecord> latestFor(const ConnectionProfile &profile) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

}  // namespace mathakine
