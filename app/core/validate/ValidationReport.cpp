#include "validate/ValidationReport.h"

namespace mathakine {

QString ValidationReport::verdictText() const
{
    if (!passed())
        return tr("FAILED");
    return result.queriesWithoutData().isEmpty() ? tr("PASSED") : tr("NO DATA");
}

QString ValidationReport::verdictExplanation() const
{
    if (!passed())
        return tr("At least one critical check failed.");
    const QStringList empty = result.queriesWithoutData();
    if (!empty.isEmpty())
        return tr("No data to measure: %n benchmark query(s) ran on empty tables, so their timings prove nothing. "
                  "Seed a test database (mathakine-admin seed) and validate again.", nullptr, static_cast<int>(empty.size()));
    return tr("Every critical check passed.");
}

} // namespace mathakine
