#include "validate/ResultText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mathakine {

QString ResultText::measure(double value, const QString &unit)
{
    const QLocale locale;
    const int decimals = std::abs(value) >= 100 || unit == QLatin1String("rows")
        ? 0
        : (std::abs(value) >= 10 ? 1 : 2);
    const QString number = locale.toString(value, 'f', decimals);
    if (unit == QLatin1String("ms"))
        return tr("%1 ms").arg(number);
    if (unit == QLatin1String("s"))
        return tr("%1 s").arg(number);
    if (unit == QLatin1String("rows"))
        return tr("%Ln row(s)", nullptr, static_cast<int>(std::clamp(value, -2e9, 2e9)));
    return number;
}

QString ResultText::counts(const ValidationResult &result)
{
    return tr("%n passed", nullptr, result.count(CheckStatus::Pass))
        + tr(", %n warning(s)", nullptr, result.count(CheckStatus::Warning))
        + tr(", %n failed", nullptr, result.count(CheckStatus::Fail));
}

}  // namespace mathakine
