#pragma once

#include "common/Outcome.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>

namespace mathakine {

// The expected snapshots shipped with the migrations: <migrations>/expected/<version>.json,
// one canonical JSON file per migration version (see SnapshotJson).
class ExpectedSnapshotStore {
    Q_DECLARE_TR_FUNCTIONS(ExpectedSnapshotStore)

public:
    explicit ExpectedSnapshotStore(QString directory);
    static QString directoryFor(const QString &migrationsDir);

    QString directory() const { return m_directory; }
    QString path(const QString &version) const;
    // The versions that have a file, in order.
    QStringList versions() const;
    Outcome<SchemaSnapshot> load(const QString &version) const;
    // Writes snapshot.version's file (creating the folder), replacing it atomically.
    Status save(const SchemaSnapshot &snapshot) const;

private:
    QString m_directory;
};

}  // namespace mathakine
