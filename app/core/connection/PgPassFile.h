#pragma once

#include "connection/ConnectionProfile.h"

#include <optional>

namespace mathakine {

// Reads and writes libpq's password file (~/.pgpass or $PGPASSFILE) with libpq's rules
// (libpq docs §34.16): \: and \\ escapes, '*' wildcards, the first matching line wins, no host
// or the default socket directory matches "localhost", and a file with group or world
// access is ignored (we write it 0600).
class PgPassFile {
public:
    explicit PgPassFile(QString path = defaultPath());
    static QString defaultPath();

    // The password of the first line matching the profile; nullopt when none matches, the
    // file is missing, or it has group/world access.
    std::optional<QString> lookup(const ConnectionProfile &profile) const;
    bool store(const ConnectionProfile &profile, const QString &password);
    bool remove(const ConnectionProfile &profile);
    QString path() const { return m_path; }

private:
    QStringList readLines() const;
    bool writeLines(const QStringList &lines);

    QString m_path;
};

}  // namespace mathakine
