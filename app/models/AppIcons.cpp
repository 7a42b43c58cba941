#include "AppIcons.h"

#include <QPainter>
#include <QPixmap>

namespace mathakine {

QIcon AppIcons::icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon AppIcons::tinted(const QString &name, const QColor &colour)
{
    QPixmap pixmap = icon(name).pixmap(32, 32);
    if (pixmap.isNull())
        return {};
    QPainter painter(&pixmap);
    painter.setCompositionMode(
        QPainter::CompositionMode_SourceIn);  // keep the shape, take the colour
    painter.fillRect(pixmap.rect(), colour);
    painter.end();
    return QIcon(pixmap);
}

}  // namespace mathakine
