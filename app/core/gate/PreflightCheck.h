#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"
#include "gate/PreflightReport.h"
#include "gate/PreflightTargets.h"
#include "migrate/MigrationPlan.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

struct PreflightRequest {
    ConnectionSpec spec;
    QString target;  // as for upgrade / downgrade; empty: head
    bool upgrade = true;
    QString historySchema = QStringLiteral("mathakine_admin");
    QString language = QStringLiteral("en");
    QString backupsFolder;  // empty: BackupCatalog::defaultFolder()
};

// The checks of the seed's troubleshooting, run before a migration and read-only:
// connection and server version, pg_dump able to back it up, privileges (with the GRANTs),
// objects the pending migrations create that already exist (with the evidence for stamp),
// free disk space for the backup, and other sessions holding locks on the tables to alter.
class PreflightCheck {
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)

public:
    static Outcome<PreflightReport> run(const PreflightRequest &request,
                                        const MigrationCatalog &catalog);

private:
    static Outcome<PreflightItem> connection(const DatabaseSession &session);
    static PreflightItem tools(const DatabaseSession &session);
    static QList<PreflightItem> existingObjects(const DatabaseSession &session,
                                                const MigrationPlan &plan,
                                                const MigrationStatus &status,
                                                const QString &language);
    static Outcome<PreflightItem> diskSpace(const DatabaseSession &session, const QString &folder);
    static Outcome<QList<PreflightItem>> locks(const DatabaseSession &session,
                                               const QList<TableRef> &tables);
};

}  // namespace mathakine
