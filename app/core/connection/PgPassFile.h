#pragma once

#include "connection/ConnectionProfile.h"

#include <optional>

namespace mathakine {

// Reads and writes libpq's password file (~/.pgpass or $PGPASSFILE) with its escaping
// rules (\: and \\) and the 0600 mode libpq insists on.
class PgPassFile {
public:
    explicit PgPassFile(QString path = defaultPath());
    static QString defaultPath();

    std::optional<QString> lookup(const ConnectionProfile &profile) const;
    bool store(const ConnectionProfile &profile, const QString &password);
    bool remove(const ConnectionProfile &profile);
    QString path() const { return m_path; }

private:
    QStringList readLines() const;
    bool writeLines(const QStringList &lines);

    QString m_path;
};

} // namespace mathakine
