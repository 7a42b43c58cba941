#pragma once

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>
#include <utility>

namespace mathakine {

// What the validation checks, read from migrations/validation-plan.json (see the README):
// plain values, so the staff extend the checks by editing the file, not the code.

enum class Severity { Critical, Warning };

struct RequiredTable {
    QString name;
    Severity severity = Severity::Critical;
};

struct RequiredColumn {
    QString table;
    QString name;
    Severity severity = Severity::Critical;
};

struct RequiredIndex {
    QString table;
    QString name;
    Severity severity = Severity::Warning;
};

// One statement of a smoke test. Placeholders :name take values captured by earlier steps.
struct SmokeStep {
    QString sql;
    QString capture;      // keeps the first value of the first row under this name
    QString expectError;  // SQLSTATE the statement must fail with (runs in a savepoint)
    std::optional<QString> expectValue;  // text the first value of the first row must equal
};

// Statements run in one transaction that is always rolled back.
struct SmokeTest {
    QString id;
    QString title;  // French
    QString titleEn;
    Severity severity = Severity::Critical;
    QList<SmokeStep> steps;
    QString version;  // "version": also run right after this migration (StepChecks)

    QString displayTitle(const QString &language) const;
};

// A timed query; parameters are chosen by SQL run once before the timing.
struct BenchmarkQuery {
    QString id;
    QString title;  // French
    QString titleEn;
    QString sql;  // may use :name placeholders
    QList<std::pair<QString, QString>>
        parameters;               // name -> SQL returning one representative value
    QStringList expectedIndexes;  // the plan should use at least one (a warning otherwise)
    double p95BudgetMs = 0;       // 0: the plan's p95 budget
    Severity severity = Severity::Critical;  // of the p95 budget and of a failing query

    QString displayTitle(const QString &language) const;
};

// Tables whose row count a migration is allowed to change ("nothing lost" otherwise).
struct AllowedRowChange {
    QString version;
    QStringList tables;
};

struct ValidationBudgets {
    double p95Ms = 200;
    double validationSeconds = 30;
    Severity validationSeverity = Severity::Warning;
    double migrationSeconds = 300;
    Severity migrationSeverity = Severity::Critical;
    QStringList migrationVersions;  // the phase the migration budget applies to
    QString migrationLabel;         // "Phase 1"
};

struct ValidationPlan {
    QString filePath;
    QString schema = QStringLiteral("public");
    ValidationBudgets budgets;
    int warmupRuns = 3;
    int runs = 30;
    QList<RequiredTable> tables;
    QList<RequiredColumn> columns;
    QList<RequiredIndex> indexes;
    QList<SmokeTest> smokeTests;
    QList<BenchmarkQuery> queries;
    QList<AllowedRowChange> allowedRowChanges;

    // True when the migration `version` may change the row count of `table`.
    bool allowsRowChange(const QString &version, const QString &table) const;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ValidationPlan)
