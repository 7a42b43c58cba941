#pragma once

#include "rowcount/RowCountRun.h"
#include "validate/LatencyStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace mathakine {

enum class CheckStatus { Pass, Warning, Fail };
// Families group the checks in the report; Diff is the schema diff of app/core/schema.
enum class CheckFamily { Schema, Diff, Smoke, Performance, Budget, Data };

// One verdict: what was checked, how it went, the figures behind it, in the report's language.
struct CheckResult {
    CheckFamily family = CheckFamily::Schema;
    QString id;                     // stable, for scripts: "column:users.jedi_rank"
    QString subject;                // what it is about: "users.jedi_rank"
    CheckStatus status = CheckStatus::Pass;
    bool critical = true;           // a failed critical check fails the validation
    QString message;                // translated sentence
    std::optional<double> measured;
    std::optional<double> threshold;
    QString unit;                   // "ms", "s", "rows" or empty
    QString detail;                 // server text, plan excerpt…; untranslated, may be empty

    bool operator==(const CheckResult &) const = default;
};

// The timings and plan of one benchmark query.
struct QueryBenchmarkResult {
    QString id;
    QString title;
    QString sql;
    QStringList parameters;         // "user_id = 42", as bound
    LatencyStats client;            // round trip seen by the client
    LatencyStats server;            // planning + execution reported by EXPLAIN ANALYZE
    double budgetMs = 0;
    bool critical = true;           // over budget (or failing) fails the validation; else warns
    QStringList expectedIndexes;
    QStringList usedIndexes;
    QString planExcerpt;            // EXPLAIN ANALYZE outline, first lines
    QString error;                  // the server's message when the query failed

    bool operator==(const QueryBenchmarkResult &) const = default;
};

struct ValidationResult {
    Q_DECLARE_TR_FUNCTIONS(ValidationResult)

public:
    QDateTime startedAt;
    qint64 durationMs = 0;
    QList<CheckResult> checks;
    QList<QueryBenchmarkResult> benchmarks;
    std::optional<RowCountRun> rowCounts;

    // Every critical check passed (warnings allowed).
    bool passed() const;
    int count(CheckStatus status) const;
    QList<CheckResult> family(CheckFamily family) const;

    static QString statusId(CheckStatus status);        // "pass", "warning", "fail"
    static std::optional<CheckStatus> statusFromId(const QString &id);
    static QString statusName(CheckStatus status);      // translated
    static QString familyId(CheckFamily family);        // "schema", "diff", …
    static std::optional<CheckFamily> familyFromId(const QString &id);
    static QString familyName(CheckFamily family);      // translated
    static QList<CheckFamily> families();
    // A figure in the current locale with its unit: "12.3 ms", "1 234 rows" (French spacing).
    static QString formatMeasure(double value, const QString &unit);

    bool operator==(const ValidationResult &) const = default;
};

} // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ValidationResult)
