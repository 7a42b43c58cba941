#pragma once

#include "connection/ConnectionProfile.h"
#include "migrate/MigrationCatalog.h"
#include "schema/SchemaIntrospector.h"

#include <functional>

namespace mathakine {

// Computes the expected snapshots by replaying the migrations, one version at a time, into
// a throwaway database created on the given server (needs CREATEDB; the sandbox has it),
// snapshotting after each version; the database is dropped whatever happens.
class ExpectedSnapshotBuilder {
    Q_DECLARE_TR_FUNCTIONS(ExpectedSnapshotBuilder)

public:
    using ProgressHandler = std::function<void(int index, int count, const QString &version)>;

    explicit ExpectedSnapshotBuilder(ConnectionSpec server,
                                     SchemaIntrospector::Options options = {});
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // One snapshot per migration of the catalog, in order, each with its version set.
    Outcome<QList<SchemaSnapshot>> build(const MigrationCatalog &catalog);

private:
    Outcome<QList<SchemaSnapshot>> replay(const MigrationCatalog &catalog,
                                          const ConnectionSpec &scratch);

    ConnectionSpec m_server;
    SchemaIntrospector::Options m_options;
    ProgressHandler m_progress;
};

}  // namespace mathakine
