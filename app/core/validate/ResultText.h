#pragma once

#include "validate/ValidationResult.h"

#include <QCoreApplication>

namespace mathakine {

// The figures of a validation as text in the current language. Core writes them into its own
// sentences (check messages, the gate's record, the log), so they live here and not in the
// front ends, which show the same figures through the same functions.
class ResultText {
    Q_DECLARE_TR_FUNCTIONS(ResultText)

public:
    // A figure in the current locale with its unit ("ms", "s", "rows", or none): "12.3 ms",
    // "1 234 rows" (French spacing). Decimals: none from 100 and for rows, one from 10, else two.
    static QString measure(double value, const QString &unit);
    // "74 passed, 3 warnings, 0 failed" with real plurals.
    static QString counts(const ValidationResult &result);
};

}  // namespace mathakine
