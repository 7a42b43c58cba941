#pragma once

#include <QString>

namespace mathakine::python {

// A Python 3 string literal holding text exactly: "…" with \\, \", \r, \t and other control
// characters escaped; line breaks kept as real line breaks inside """…""" when there are any,
// so a multi-line SQL statement reads as it does in its .sql file.
QString stringLiteral(const QString &text);
// A Python identifier from a table name: "user_sessions" -> "UserSession" (CamelCase of the
// singular: ies -> y, a final s dropped except after s, u, i and in -ics).
QString className(const QString &tableName);

}  // namespace mathakine::python
