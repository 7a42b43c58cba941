#include "validate/ValidationResult.h"

#include <algorithm>

namespace mathakine {

bool ValidationResult::passed() const
{
    return std::none_of(checks.begin(), checks.end(), [](const CheckResult &c) {
        return c.critical && c.status == CheckStatus::Fail;
    });
}

int ValidationResult::count(CheckStatus status) const
{
    return static_cast<int>(
        std::count_if(checks.begin(), checks.end(),
                      [status](const CheckResult &c) { return c.status == status; }));
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
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
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

QList<CheckFamily> ValidationResult::families()
{
    return {CheckFamily::Schema,      CheckFamily::Diff,   CheckFamily::Smoke,
            CheckFamily::Performance, CheckFamily::Budget, CheckFamily::Data};
}

QString ValidationResult::familyId(CheckFamily family)
{
    switch (family) {
    case CheckFamily::Schema:
        return QStringLiteral("schema");
    case CheckFamily::Diff:
        return QStringLiteral("diff");
    case CheckFamily::Smoke:
        return QStringLiteral("smoke");
    case CheckFamily::Performance:
        return QStringLiteral("performance");
    case CheckFamily::Budget:
        return QStringLiteral("budget");
    case CheckFamily::Data:
        return QStringLiteral("data");
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

}  // namespace mathakine
