#pragma once

#include "validate/CheckProvider.h"

#include <QCoreApplication>

namespace mathakine {

// The schema diff (app/core/schema) as a family of validation checks: the actual schema
// against the expected snapshot of the version the database has applied. An error-level
// difference fails, a warning or a notice warns; one passing check when nothing differs.
class SchemaDiffChecks : public CheckProvider {
    Q_DECLARE_TR_FUNCTIONS(SchemaDiffChecks)

public:
    explicit SchemaDiffChecks(QString migrationsDir,
                              QString toolSchema = QStringLiteral("mathakine_admin"));
    CheckFamily family() const override { return CheckFamily::Diff; }
    QString progressLabel() const override;
    Outcome<QList<CheckResult>> check(const DatabaseSession &session) override;

private:
    QString m_migrationsDir;
    QString m_toolSchema;
};

}  // namespace mathakine
