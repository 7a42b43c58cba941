#pragma once

#include "connection/ConnectionProfile.h"

#include <QList>
#include <optional>

namespace mathakine {

// Saved connection profiles in QSettings (group "profiles"). Passwords never go here:
// SecretStore keeps them.
class ProfileStore {
public:
    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);
    // The settings file path, so tests and the GUI can show where profiles live.
    static QString settingsFile();
};

}  // namespace mathakine
