#pragma once

// Every QSettings key of the application, in one place.
namespace mathakine::settings {

inline constexpr char profilesGroup[] = "profiles";
inline constexpr char language[] = "ui/language";  // "fr", "en" or empty for the system
inline constexpr char windowGeometry[] = "ui/windowGeometry";
inline constexpr char windowState[] = "ui/windowState";
inline constexpr char lastProfile[] = "ui/lastProfile";
inline constexpr char backupsFolder[] = "backups/folder";                  // default <data>/backups
inline constexpr char gateBackupMaxAgeHours[] = "gate/backupMaxAgeHours";  // default 24
inline constexpr char gateValidationMaxAgeHours[] = "gate/validationMaxAgeHours";  // default 24

namespace profile {
inline constexpr char environment[] = "environment";
inline constexpr char host[] = "host";
inline constexpr char port[] = "port";
inline constexpr char database[] = "database";
inline constexpr char user[] = "user";
inline constexpr char sslMode[] = "sslMode";
inline constexpr char options[] = "options";
inline constexpr char connectTimeout[] = "connectTimeout";
}  // namespace profile

}  // namespace mathakine::settings
