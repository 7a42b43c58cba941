#pragma once

#include "migrate/Migration.h"

namespace mathakine {

// Every migration of a folder, validated and ordered by version.
struct MigrationCatalog {
    QString directory;
    QList<Migration> migrations;

    int indexOf(const QString &version) const;
    const Migration *find(const QString &version) const;
    QString headVersion() const
    {
        return migrations.isEmpty() ? QString() : migrations.constLast().version;
    }
    // Resolves "head", "base", a version ("2" or "0002") or an Alembic revision id.
    // Returns the index of the migration, -1 for base, or nullopt when unknown.
    std::optional<int> resolveTarget(const QString &target) const;
};

// Loads a migrations folder; every problem found (duplicate or unordered versions, a file
// name that does not match its header, parse errors, empty files…) is reported, and the
// catalog is unusable when there is any.
class MigrationCatalogLoader {
    Q_DECLARE_TR_FUNCTIONS(MigrationCatalogLoader)

public:
    struct Result {
        MigrationCatalog catalog;
        QList<AppError> errors;
        bool ok() const { return errors.isEmpty(); }
    };
    static Result load(const QString &directory);
};

}  // namespace mathakine
