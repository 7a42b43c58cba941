#pragma once

#include <QString>

namespace mathakine::appinfo {

// Identity used for QSettings, data locations, application_name and the keyring service.
inline constexpr char organization[] = "Mathakine";
inline constexpr char application[] = "mathakine-admin";
inline constexpr char version[] = MATHAKINE_VERSION;
inline constexpr char keyringService[] = "mathakine-admin";

// Where logs, backups, reports and the sandbox live (QStandardPaths::AppDataLocation).
QString dataLocation();
// The host name and OS user running the tool, as "user@host" (for audit rows).
QString osUserAtHost();

}  // namespace mathakine::appinfo
