#pragma once

#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <optional>

namespace mathakine {

// Where a profile's password lives: the desktop keyring through QtKeychain when one
// answers, else libpq's ~/.pgpass (which libpq also reads by itself). Never QSettings.
class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Backend { Keyring, PgPass };

    // Saves the password; returns where it went, or nullopt when nothing could hold it.
    [[nodiscard]] static std::optional<Backend> store(const ConnectionProfile &profile,
                                                      const QString &password);
    static std::optional<QString> lookup(const ConnectionProfile &profile);
    static void remove(const ConnectionProfile &profile);
    // Set MATHAKINE_NO_KEYRING=1 to skip the keyring (servers, tests).
    static bool keyringAvailable();
};

}  // namespace mathakine
