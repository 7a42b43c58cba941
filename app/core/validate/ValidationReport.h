#pragma once

#include "validate/ValidationResult.h"

#include <QDateTime>
#include <QMetaType>

namespace mathakine {

// One line of the migration history shown in the report.
struct ReportMigration {
    QString version;
    QString title;
    QString state;      // applied, failed
    QString execution;  // run, stamp
    QDateTime appliedAt;
    qint64 durationMs = 0;
    QString appliedBy;

    bool operator==(const ReportMigration &) const = default;
};

// Everything a validation report shows, as one value: rendered to JSON (ReportJson), to PDF
// (app/report) and on screen from the same data; its verdict in words: app/presentation/CheckText.
struct ValidationReport {
    QString language = QStringLiteral("en");
    QDateTime generatedAt;  // UTC
    QString database;
    QString target;  // user@host:port/database
    QString serverVersion;
    QString profileName;       // empty for a URL or PG* variables
    QString environment;       // development, test, production
    QString migrationVersion;  // newest applied, empty at base
    QString headVersion;       // newest in the migrations folder
    QString operatorName;      // os user@host / database role
    QString appVersion;
    QString planFile;
    ValidationResult result;
    QList<ReportMigration> migrations;

    bool passed() const { return result.passed(); }

    bool operator==(const ValidationReport &) const = default;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ValidationReport)
