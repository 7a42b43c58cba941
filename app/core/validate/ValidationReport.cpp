#include "validate/ValidationReport.h"

namespace mathakine {

QString ValidationReport::verdictText() const
{
    return passed() ? tr("PASSED") : tr("FAILED");
}

} // namespace mathakine
