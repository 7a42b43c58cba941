#pragma once

#include "validate/ValidationResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>

namespace mathakine {

// One line of the migration history shown in the report.
struct ReportMigration {
    QString version;
    QString title;
    QString state;        // applied, failed
    QString execution;    // run, stamp
    QDateTime appliedAt;
    qint64 durationMs = 0;
    QString appliedBy;

    bool operator==(const ReportMigration &) const = default;
};

// Everything a validation report shows, as one value: rendered to JSON (ReportJson), to PDF
// (app/report) and on screen from the same data.
struct ValidationReport {
    Q_DECLARE_TR_FUNCTIONS(ValidationReport)

public:
    QString language = QStringLiteral("en");
    QDateTime generatedAt;        // UTC
    QString database;
    QString target;               // user@host:port/database
    QString serverVersion;
    QString profileName;          // empty for a URL or PG* variables
    QString environment;          // development, test, production
    QString migrationVersion;     // newest applied, empty at base
    QString headVersion;          // newest in the migrations folder
    QString operatorName;         // os user@host / database role
    QString appVersion;
    QString planFile;
    ValidationResult result;
    QList<ReportMigration> migrations;

    bool passed() const { return result.passed(); }
    // Translated: "PASSED", "FAILED", or "NO DATA" when it passed but benchmark queries ran on
    // empty tables (their timings measure nothing; issue 17 item 7).
    QString verdictText() const;
    // The sentence under the verdict: why it passed, failed, or measured nothing (and what to do).
    QString verdictExplanation() const;

    bool operator==(const ValidationReport &) const = default;
};

} // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ValidationReport)
