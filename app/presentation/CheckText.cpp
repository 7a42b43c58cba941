#include "CheckText.h"

namespace mathakine {

QString CheckText::statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("pass");
    case CheckStatus::Warning:
        return tr("warning");
    case CheckStatus::Fail:
        return tr("fail");
    }
    return {};
}

QString CheckText::statusMark(CheckStatus status)
{
    return status == CheckStatus::Pass   ? QStringLiteral("✓")
        : status == CheckStatus::Warning ? QStringLiteral("!")
                                         : QStringLiteral("✗");
}

QString CheckText::familyName(CheckFamily family)
{
    switch (family) {
    case CheckFamily::Schema:
        return tr("Required tables, columns and indexes");
    case CheckFamily::Diff:
        return tr("Schema compared with the migrations");
    case CheckFamily::Smoke:
        return tr("Smoke tests (rolled back)");
    case CheckFamily::Performance:
        return tr("Performance");
    case CheckFamily::Budget:
        return tr("Budgets");
    case CheckFamily::Data:
        return tr("Data: row counts");
    }
    return {};
}

QString CheckText::verdict(const ValidationReport &report)
{
    if (!report.passed())
        return tr("FAILED");
    return report.result.queriesWithoutData().isEmpty() ? tr("PASSED") : tr("NO DATA");
}

QString CheckText::verdictExplanation(const ValidationReport &report)
{
    if (!report.passed())
        return tr("At least one critical check failed.");
    const QStringList empty = report.result.queriesWithoutData();
    if (!empty.isEmpty())
        return tr("No data to measure: %n benchmark query(s) ran on empty tables, so their "
                  "timings prove nothing. Seed a test database (mathakine-admin seed) and "
                  "validate again.",
                  nullptr, static_cast<int>(empty.size()));
    return tr("Every critical check passed.");
}

}  // namespace mathakine
