#pragma once

#include "common/Outcome.h"
#include "gate/PreflightReport.h"
#include "gate/PreflightTargets.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// The privileges a run needs, checked with has_*_privilege / pg_has_role as the connected
// user: CREATE on the database and on the schemas objects are created in, USAGE, ownership
// of the tables it alters or indexes, table privileges for data changes and foreign keys,
// and what the bookkeeping needs. Each missing one comes with the exact GRANT to run.
class PreflightPrivileges {
    Q_DECLARE_TR_FUNCTIONS(PreflightPrivileges)

public:
    PreflightPrivileges(const DatabaseSession &session, QString historySchema);
    Outcome<QList<PreflightItem>> check(const PreflightTargets &targets);

private:
    Status checkDatabase(bool needsCreate);
    Status checkSchema(const QString &schema, const QStringList &privileges, const QString &reason);
    Status checkOwnership(const TableRef &table);
    Status checkRelation(const TableRef &table, const QSet<QString> &privileges,
                         bool sequence = false);
    Status checkBookkeeping();
    // PostgreSQL's own quote_ident, so the GRANTs read as people write them.
    QString ident(const QString &name) const;
    QString relationIdent(const TableRef &table) const;
    void missing(const QString &title, const QString &detail, const QString &grant);

    const DatabaseSession &m_session;
    QString m_historySchema;
    QString m_user;  // quoted current_user
    QList<PreflightItem> m_items;
};

}  // namespace mathakine
