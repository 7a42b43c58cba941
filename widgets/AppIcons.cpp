#include "AppIcons.h"

namespace mathakine {

QIcon AppIcons::icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace mathakine
