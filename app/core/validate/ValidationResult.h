#pragma once

#include "rowcount/RowCountRun.h"
#include "validate/LatencyStats.h"

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
    QString id;       // stable, for scripts: "column:users.jedi_rank"
    QString subject;  // what it is about: "users.jedi_rank"
    CheckStatus status = CheckStatus::Pass;
    bool critical = true;  // a failed critical check fails the validation
    QString message;       // translated sentence
    std::optional<double> measured;
    std::optional<double> threshold;
    QString unit;    // "ms", "s", "rows" or empty
    QString detail;  // server text, plan excerpt…; untranslated, may be empty

    bool operator==(const CheckResult &) const = default;
};

// The timings and plan of one benchmark query.
struct QueryBenchmarkResult {
    QString id;
    QString title;
    QString sql;
    QStringList parameters;  // "user_id = 42", as bound
    LatencyStats client;     // round trip seen by the client
    LatencyStats server;     // planning + execution reported by EXPLAIN ANALYZE
    double budgetMs = 0;
    bool critical = true;  // over budget (or failing) fails the validation; else warns
    QStringList expectedIndexes;
    QStringList usedIndexes;
    QString planExcerpt;          // EXPLAIN ANALYZE outline, first lines
    QString error;                // the server's message when the query failed
    QStringList emptyParameters;  // parameters whose query found no row (empty tables): nothing was
                                  // measured

    // True when the query ran with a parameter that found no row: its figures measure empty tables.
    bool ranOnNoData() const { return !emptyParameters.isEmpty(); }

    bool operator==(const QueryBenchmarkResult &) const = default;
};

// Every check and benchmark of one validation; its texts for people: ResultText (core's
// sentences) and app/presentation/CheckText (the front ends).
struct ValidationResult {
    QDateTime startedAt;
    qint64 durationMs = 0;
    QList<CheckResult> checks;
    QList<QueryBenchmarkResult> benchmarks;
    std::optional<RowCountRun> rowCounts;

    // Every critical check passed (warnings allowed).
    bool passed() const;
    int count(CheckStatus status) const;
    // The titles of the benchmark queries that ran on empty tables (see
    // QueryBenchmarkResult::ranOnNoData).
    QStringList queriesWithoutData() const;
    // The worst of the given statuses: Fail over Warning over Pass; Pass for none.
    static CheckStatus worst(const QList<CheckResult> &checks);
    QList<CheckResult> family(CheckFamily family) const;

    static QString statusId(CheckStatus status);  // "pass", "warning", "fail"
    static std::optional<CheckStatus> statusFromId(const QString &id);
    static QString familyId(CheckFamily family);  // "schema", "diff", …
    static std::optional<CheckFamily> familyFromId(const QString &id);
    static QList<CheckFamily> families();

    bool operator==(const ValidationResult &) const = default;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ValidationResult)
