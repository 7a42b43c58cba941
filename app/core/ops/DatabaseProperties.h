#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// What belongs to a database itself rather than to its contents, and so is not in a dump
// restored without --create: its owner (who also owns the schema public since PostgreSQL 15,
// through pg_database_owner), its grants (CONNECT, CREATE, TEMPORARY) and its connection
// limit. restore-production gives them to the copy before it takes the live one's place.
// Settings made with ALTER DATABASE … SET are not copied (their list values would need
// pg_dumpall's quoting rules); the README says so.
class DatabaseProperties {
    Q_DECLARE_TR_FUNCTIONS(DatabaseProperties)

public:
    // admin: a session on a third database, under timeouts. The user must be a superuser or
    // a member of the owner role (ALTER DATABASE … OWNER).
    static Status copy(const DatabaseSession &admin, const QString &from, const QString &to);
};

}  // namespace mathakine
