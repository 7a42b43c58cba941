#pragma once

#include <QIcon>
#include <QString>

namespace mathakine {

// The window's icons: the desktop's icon theme first (QIcon::fromTheme), else the small
// set bundled under :/icons (GNOME Adwaita symbolic icons, see resources/icons/README.md).
namespace AppIcons {
// name: a freedesktop icon name that the bundle holds ("document-save", "go-up"…).
// Returns a null icon only for a name the bundle lacks and the theme does not know.
QIcon icon(const QString &name);
// The same icon painted in one colour (a status or a kind of difference), 32 px.
QIcon tinted(const QString &name, const QColor &colour);
}  // namespace AppIcons

}  // namespace mathakine
