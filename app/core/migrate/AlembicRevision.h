#pragma once

#include "common/Outcome.h"
#include "migrate/MigrationCatalog.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;
struct History;
struct MigrationStatus;

// What public.alembic_version says of a database that has no history of this tool (issue 15,
// item 4): the backend's Alembic, or an `export alembic` project, may have managed it.
struct AlembicRevisionState {
    enum class Kind {
        Ours,      // a revision one of the migration files declares (e.g. upgraded by the export)
        Replaced,  // a foreign revision a file names in its replaces_revisions header
        Foreign,   // a revision no file knows (e.g. the backend's own 20250513_baseline)
    };
    QString revision;
    Kind kind = Kind::Foreign;
    QString version;  // Ours, Replaced: the migration that declares or replaces the revision

    QString kindKey() const;  // "ours", "replaced", "foreign": the JSON form
    // One translated sentence for `status` and the window's header.
    QString describe() const;
    // Why upgrade refuses to start from base on this database, with the way to adopt it.
    AppError upgradeRefusal() const;
};

class AlembicRevision {
    Q_DECLARE_TR_FUNCTIONS(AlembicRevision)

public:
    // The revision in public.alembic_version, empty when the table or its row is missing
    // (one query; the table is Alembic's: one row, version_num varchar(32)). Errors: the server's.
    static Outcome<QString> read(const DatabaseSession &session);
    // A declared revision wins over a replaced one (a file cannot both be and replace it).
    static AlembicRevisionState classify(const MigrationCatalog &catalog, const QString &revision);
    // Sets status.alembic when history is empty and alembic_version holds a revision (one or
    // two queries then, none otherwise). Errors: the server's.
    static Status attach(const DatabaseSession &session, const MigrationCatalog &catalog,
                         const History &history, MigrationStatus &status);
};

}  // namespace mathakine
