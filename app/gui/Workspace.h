#pragma once

#include "run/MigrationUseCases.h"

#include "connection/ConnectionProfile.h"
#include "connection/DatabaseSession.h"
#include "migrate/MigrationLinter.h"
#include "migrate/MigrationStatus.h"
#include "run/FailureForensics.h"

#include <QDateTime>
#include <QObject>

namespace mathakine {

// Everything the window shows about the connected database, loaded in one background pass.
struct WorkspaceSnapshot {
    ConnectionProfile profile;
    ServerInfo server;
    MigrationCatalog catalog;
    QList<AppError> catalogErrors;
    MigrationStatus status;
    History history;
    QList<LintFinding> findings;
    QString maintenance;                // the open maintenance period, empty when the flag is off
    QList<FailureForensics> forensics;  // what each failed migration left, read from the catalog

    Inspection inspection() const { return {server, history, status}; }
};

// The connected database and the migrations folder: loads snapshots off the UI thread
// and tells the pages when a new one is there.
class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);

    void setConnection(const ConnectionSpec &spec);
    void setMigrationsDir(const QString &dir);
    bool isConnected() const { return m_connected; }
    const ConnectionSpec &connection() const { return m_spec; }
    QString migrationsDir() const { return m_migrationsDir; }
    const WorkspaceSnapshot &snapshot() const { return m_snapshot; }
    // When the snapshot shown was read (local time); invalid before the first one.
    QDateTime readAt() const { return m_readAt; }
    QString language() const;

public slots:
    void refresh();

signals:
    // Another database (or profile) was chosen: what the pages show of the previous one goes.
    void connectionChanged();
    void snapshotChanged(const mathakine::WorkspaceSnapshot &snapshot);
    void refreshFailed(const mathakine::AppError &error);
    void busyChanged(bool busy);

private:
    ConnectionSpec m_spec;
    QString m_migrationsDir;
    bool m_connected = false;
    WorkspaceSnapshot m_snapshot;
    QDateTime m_readAt;
    quint64 m_generation = 0;  // drops results of a refresh superseded by a newer one
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::WorkspaceSnapshot)
