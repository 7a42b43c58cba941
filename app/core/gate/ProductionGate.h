#pragma once

#include "common/Outcome.h"
#include "connection/ConnectionProfile.h"
#include "migrate/MigrationCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>

namespace mathakine {

struct GateSettings {
    int backupMaxAgeHours = 24;
    int validationMaxAgeHours = 24;
    // From settings keys gate/backupMaxAgeHours and gate/validationMaxAgeHours.
    static GateSettings fromSettings();
};

// One rule of the written procedure and whether it holds now, with its evidence.
struct GateCondition {
    enum class Kind { Backup, Validation, Confirmation };
    Kind kind = Kind::Backup;
    bool satisfied = false;
    QString title;       // translated, e.g. "Verified backup younger than 24 h"
    QString detail;      // translated: the evidence, or what is missing
    QString fix;         // translated: what to do when not satisfied
    QString backupFile;  // Backup, satisfied: the verified backup file the gate accepted
};

struct GateReport {
    QString database;
    QList<GateCondition> conditions;
    QString overrideReason;  // non-empty: backup and validation may be missing (audited)

    // Confirmation always holds; backup and validation hold or are overridden.
    bool passed() const;
    bool overridden() const;  // passed only thanks to the override
    QStringList unmetTitles() const;
    // The verified backup file the gate accepted; empty when none was (overridden).
    QString acceptedBackup() const;
    // The refusal: names every unmet condition with its reason and fix.
    AppError refusal() const;
};

// What the gate needs to know about the run it guards.
struct GateInput {
    QString currentVersion;  // the database's newest applied migration, empty at base
    QString setVersion;      // the highest migration the run involves (the migration set)
    QString confirmation;    // what the operator typed (--confirm)
    QString overrideReason;  // --override-gate
};

// The production gate of the written procedure: before an upgrade or downgrade of a
// database tagged production, (a) a verified backup of it, taken at its current migration
// version, younger than N hours; (b) a passed validation of the same migration set on a
// test-tagged profile within N hours; (c) the database name typed by the operator.
// Pure: reads the two JSON records, never the database.
class ProductionGate {
    Q_DECLARE_TR_FUNCTIONS(ProductionGate)

public:
    explicit ProductionGate(GateSettings settings = GateSettings::fromSettings(),
                            QString backupCatalogPath = {}, QString validationsPath = {});
    GateReport evaluate(const ConnectionProfile &profile, const MigrationCatalog &catalog,
                        const GateInput &input,
                        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // (c) alone: the database name typed by the operator (input.confirmation). Also asked by
    // restore-production, which replaces the database rather than migrating it.
    GateCondition confirmationCondition(const ConnectionProfile &profile,
                                        const GateInput &input) const;

private:
    GateCondition backupCondition(const ConnectionProfile &profile, const GateInput &input,
                                  const QDateTime &now) const;
    GateCondition validationCondition(const MigrationCatalog &catalog, const GateInput &input,
                                      const QDateTime &now) const;

    GateSettings m_settings;
    QString m_backupCatalogPath;
    QString m_validationsPath;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::GateReport)
