#include "gate/ProductionGate.h"

#include "backup/BackupCatalog.h"
#include "common/SettingsKeys.h"
#include "gate/ValidationRecords.h"

#include <QLocale>
#include <QSettings>

namespace mathakine {

namespace {
constexpr int kDefaultMaxAgeHours = 24;

// "12 min", "5 h", "3 days": the unit a reader expects, not "0.2 h".
QString ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 minutes = qMax<qint64>(0, then.secsTo(now) / 60);
    if (minutes < 60)
        return ProductionGate::tr("%n min", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60)
        return ProductionGate::tr("%n h", nullptr, static_cast<int>(minutes / 60));
    return ProductionGate::tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
}

bool youngerThan(const QDateTime &then, const QDateTime &now, int maxHours)
{
    return then.isValid() && then.secsTo(now) <= qint64(maxHours) * 3600;
}

QString versionText(const QString &version)
{
    return version.isEmpty() ? ProductionGate::tr("base") : version;
}
}  // namespace

GateSettings GateSettings::fromSettings()
{
    const QSettings settings;
    GateSettings s;
    s.backupMaxAgeHours =
        qMax(1,
             settings.value(QLatin1String(settings::gateBackupMaxAgeHours), kDefaultMaxAgeHours)
                 .toInt());
    s.validationMaxAgeHours =
        qMax(1,
             settings.value(QLatin1String(settings::gateValidationMaxAgeHours), kDefaultMaxAgeHours)
                 .toInt());
    return s;
}

bool GateReport::passed() const
{
    for (const GateCondition &c : conditions) {
        if (!c.satisfied
            && (c.kind == GateCondition::Kind::Confirmation || overrideReason.trimmed().isEmpty()))
            return false;
    }
    return true;
}

bool GateReport::overridden() const
{
    return passed() && !unmetTitles().isEmpty();
}

QStringList GateReport::unmetTitles() const
{
    QStringList titles;
    for (const GateCondition &c : conditions) {
        if (!c.satisfied)
            titles << c.title;
    }
    return titles;
}

AppError GateReport::refusal() const
{
    AppError error;
    error.exitCode = ExitCode::Failed;
    error.message =
        ProductionGate::tr("The production gate refuses to migrate %1: %n condition(s) not met.",
                           nullptr, static_cast<int>(unmetTitles().size()))
            .arg(database);
    QStringList lines;
    for (const GateCondition &c : conditions) {
        if (!c.satisfied)
            lines << ProductionGate::tr("missing: %1 — %2").arg(c.title, c.detail)
                    + QLatin1Char('\n') + ProductionGate::tr("  to do: %1").arg(c.fix);
    }
    error.detail = lines.join(QLatin1Char('\n'));
    error.hint = ProductionGate::tr(
        "In an emergency only: --override-gate \"reason\" skips the backup and validation "
        "conditions (recorded in the audit log); --confirm is always required.");
    return error;
}

ProductionGate::ProductionGate(GateSettings settings, QString backupCatalogPath,
                               QString validationsPath)
    : m_settings(settings),
      m_backupCatalogPath(backupCatalogPath.isEmpty() ? BackupCatalog::defaultPath()
                                                      : std::move(backupCatalogPath)),
      m_validationsPath(validationsPath.isEmpty() ? ValidationRecords::defaultPath()
                                                  : std::move(validationsPath))
{}

GateReport ProductionGate::evaluate(const ConnectionProfile &profile,
                                    const MigrationCatalog &catalog, const GateInput &input,
                                    const QDateTime &now) const
{
    GateReport report;
    report.database = profile.database;
    report.overrideReason = input.overrideReason.trimmed();
    report.conditions << backupCondition(profile, input, now)
                      << validationCondition(catalog, input, now)
                      << confirmationCondition(profile, input);
    return report;
}

QString GateReport::acceptedBackup() const
{
    for (const GateCondition &c : conditions) {
        if (c.kind == GateCondition::Kind::Backup && c.satisfied)
            return c.backupFile;
    }
    return {};
}

GateCondition ProductionGate::backupCondition(const ConnectionProfile &profile,
                                              const GateInput &input, const QDateTime &now) const
{
    GateCondition c;
    c.kind = GateCondition::Kind::Backup;
    c.title = tr("Verified backup younger than %n h", nullptr, m_settings.backupMaxAgeHours);
    // Said for both front ends: the window's step and the command.
    c.fix = profile.name.isEmpty()
        ? tr(
            "Back up now (step 1 Preparation), or run: mathakine-admin backup (with the same connection)")
        : tr("Back up now (step 1 Preparation), or run: mathakine-admin --profile \"%1\" backup")
              .arg(profile.name);
    const auto latest = BackupCatalog(m_backupCatalogPath).latestFor(profile);
    if (!latest) {
        c.detail = tr("no verified backup of %1 is recorded (or its file is gone).")
                       .arg(BackupCatalog::targetKey(profile));
    } else if (!youngerThan(latest->createdAt, now, m_settings.backupMaxAgeHours)) {
        c.detail =
            tr("the newest one, %1, is %2 old.").arg(latest->file, ageText(latest->createdAt, now));
    } else if (latest->migrationVersion != input.currentVersion) {
        c.detail =
            tr("the newest one, %1, was taken at migration version %2; the database is now at %3.")
                .arg(latest->file, versionText(latest->migrationVersion),
                     versionText(input.currentVersion));
    } else {
        c.satisfied = true;
        c.backupFile = latest->file;
        c.detail = tr("%1, %2 old, read back by pg_restore, at migration version %3.")
                       .arg(latest->file, ageText(latest->createdAt, now),
                            versionText(latest->migrationVersion));
    }
    return c;
}

GateCondition ProductionGate::validationCondition(const MigrationCatalog &catalog,
                                                  const GateInput &input,
                                                  const QDateTime &now) const
{
    GateCondition c;
    c.kind = GateCondition::Kind::Validation;
    c.title = tr("Validation passed on a test profile within %n h", nullptr,
                 m_settings.validationMaxAgeHours);
    c.fix =
        tr("Clone production into a test database (step 1 Preparation, or mathakine-admin clone), upgrade the copy to %1 "
           "and validate it there (step 4 Validation, or mathakine-admin validate).")
            .arg(versionText(input.setVersion));
    const QString set = ValidationRecords::fingerprint(catalog, input.setVersion);
    const auto latest = ValidationRecords(m_validationsPath).latestFor(set);
    if (!latest) {
        c.detail = tr("no validation of the migrations up to %1 (set %2) on a test-tagged profile.")
                       .arg(versionText(input.setVersion), set.left(12));
    } else if (!latest->passed) {
        c.detail = tr("the last validation of this migration set, on profile %1 %2 ago, failed: %3")
                       .arg(latest->profileName, ageText(latest->at, now), latest->summary);
    } else if (!youngerThan(latest->at, now, m_settings.validationMaxAgeHours)) {
        c.detail = tr("the last one, on profile %1, is %2 old.")
                       .arg(latest->profileName, ageText(latest->at, now));
    } else {
        c.satisfied = true;
        c.detail = tr("passed on profile %1 (%2), %3 ago: %4")
                       .arg(latest->profileName, latest->target, ageText(latest->at, now),
                            latest->summary);
    }
    return c;
}

GateCondition ProductionGate::confirmationCondition(const ConnectionProfile &profile,
                                                    const GateInput &input) const
{
    GateCondition c;
    c.kind = GateCondition::Kind::Confirmation;
    c.title = tr("Database name typed by the operator");
    c.fix = tr("Add --confirm %1").arg(profile.database);
    if (input.confirmation.isEmpty()) {
        c.detail = tr("not given.");
    } else if (input.confirmation != profile.database) {
        c.detail = tr("\"%1\" does not match the database name %2.")
                       .arg(input.confirmation, profile.database);
    } else {
        c.satisfied = true;
        c.detail = tr("%1 confirmed.").arg(profile.database);
    }
    return c;
}

}  // namespace mathakine
