#pragma once

#include <QColor>
#include <QString>

namespace mathakine {

// The three colours every view uses for good / needs a look / wrong (and for the
// development / test / production environments): one place, so they stay the same everywhere.
namespace StatusColors {
inline QColor good()
{
    return QColor(0x2E, 0x7D, 0x32);
}
inline QColor warning()
{
    return QColor(0xEF, 0x8F, 0x00);
}
inline QColor bad()
{
    return QColor(0xC6, 0x28, 0x28);
}
// Rich text in that colour; html is inserted as it is (escape it first when it is plain text).
inline QString span(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), html);
}
}  // namespace StatusColors

}  // namespace mathakine
