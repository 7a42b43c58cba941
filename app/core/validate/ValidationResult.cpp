#include "validate/ValidationResult.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mathakine {

bool ValidationResult::passed() const
{
    return std::none_of(checks.begin(), checks.end(),
                        [](const CheckResult &c) { return c.critical && c.status == CheckStatus::Fail; });
}

int ValidationResult::count(CheckStatus status) const
{
    return static_cast<int>(std::count_if(checks.begin(), checks.end(), [status](const CheckResult &c) { return c.status == status; }));
}

QStringList ValidationResult::queriesWithoutData() const
{
    QStringList titles;
    for (const QueryBenchmarkResult &b : benchmarks) {
        if (b.ranOnNoData())
            titles << b.title;
    }
    return titles;
}

QString ValidationResult::countsText() const
{
    return tr("%n passed", nullptr, count(CheckStatus::Pass)) + tr(", %n warning(s)", nullptr, count(CheckStatus::Warning))
           + tr(", %n failed", nullptr, count(CheckStatus::Fail));
}

CheckStatus ValidationResult::worst(const QList<CheckResult> &checks)
{
    CheckStatus status = CheckStatus::Pass;
    for (const CheckResult &c : checks) {
        if (c.status == CheckStatus::Fail)
            return CheckStatus::Fail;
        if (c.status == CheckStatus::Warning)
            status = CheckStatus::Warning;
    }
    return status;
}

QList<CheckResult> ValidationResult::family(CheckFamily which) const
{
    QList<CheckResult> list;
    for (const CheckResult &c : checks) {
        if (c.family == which)
            list << c;
    }
    return list;
}

QString ValidationResult::statusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warning: return QStringLiteral("warning");
    case CheckStatus::Fail: return QStringLiteral("fail");
    }
    return {};
}

std::optional<CheckStatus> ValidationResult::statusFromId(const QString &id)
{
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Warning, CheckStatus::Fail}) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString ValidationResult::statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return tr("pass");
    case CheckStatus::Warning: return tr("warning");
    case CheckStatus::Fail: return tr("fail");
    }
    return {};
}

QString ValidationResult::statusMark(CheckStatus status)
{
    return status == CheckStatus::Pass ? QStringLiteral("✓") : status == CheckStatus::Warning ? QStringLiteral("!") : QStringLiteral("✗");
}

QString ValidationResult::formatMeasure(double value, const QString &unit)
{
    const QLocale locale;
    const int decimals = std::abs(value) >= 100 || unit == QLatin1String("rows") ? 0 : (std::abs(value) >= 10 ? 1 : 2);
    const QString number = locale.toString(value, 'f', decimals);
    if (unit == QLatin1String("ms"))
        return tr("%1 ms").arg(number);
    if (unit == QLatin1String("s"))
        return tr("%1 s").arg(number);
    if (unit == QLatin1String("rows"))
        return tr("%Ln row(s)", nullptr, static_cast<int>(std::clamp(value, -2e9, 2e9)));
    return number;
}

QList<CheckFamily> ValidationResult::families()
{
    return {CheckFamily::Schema, CheckFamily::Diff, CheckFamily::Smoke, CheckFamily::Performance, CheckFamily::Budget, CheckFamily::Data};
}

QString ValidationResult::familyId(CheckFamily family)
{
    switch (family) {
    case CheckFamily::Schema: return QStringLiteral("schema");
    case CheckFamily::Diff: return QStringLiteral("diff");
    case CheckFamily::Smoke: return QStringLiteral("smoke");
    case CheckFamily::Performance: return QStringLiteral("performance");
    case CheckFamily::Budget: return QStringLiteral("budget");
    case CheckFamily::Data: return QStringLiteral("data");
    }
    return {};
}

std::optional<CheckFamily> ValidationResult::familyFromId(const QString &id)
{
    for (CheckFamily f : families()) {
        if (familyId(f) == id)
            return f;
    }
    return std::nullopt;
}

QString ValidationResult::familyName(CheckFamily family)
{
    switch (family) {
    case CheckFamily::Schema: return tr("Required tables, columns and indexes");
    case CheckFamily::Diff: return tr("Schema compared with the migrations");
    case CheckFamily::Smoke: return tr("Smoke tests (rolled back)");
    case CheckFamily::Performance: return tr("Performance");
    case CheckFamily::Budget: return tr("Budgets");
    case CheckFamily::Data: return tr("Data: row counts");
    }
    return {};
}

} // namespace mathakine
