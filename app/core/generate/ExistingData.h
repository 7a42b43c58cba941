#pragma once

#include "common/Outcome.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// Read-only questions reconcile asks the data before it proposes a statement that the data
// could make fail: NULLs under a NOT NULL, duplicates under a unique key, orphans under a
// foreign key, rows a check rejects. Each answer is at most `sample` rows, named by their
// primary key ("id=4") or, without one, their ctid; every query is bounded by LIMIT and runs
// under the session's statement_timeout.
class ExistingData {
    Q_DECLARE_TR_FUNCTIONS(ExistingData)

public:
    explicit ExistingData(const DatabaseSession &session, int sample = 5)
        : m_session(session), m_sample(sample)
    {}

    Outcome<QStringList> nulls(const SchemaTable &table, const QString &column) const;
    // Groups of equal keys (expressions as in CREATE INDEX: quoted names or "(expr)"), with
    // their count: "code=gold (×2)". Rows with a NULL key are distinct unless nullsNotDistinct.
    Outcome<QStringList> duplicates(const SchemaTable &table, const QStringList &keys,
                                    bool nullsNotDistinct) const;
    // Rows whose non-NULL key has no referenced row (MATCH SIMPLE). referenced: the actual
    // referenced table, or null when it does not exist yet (then every non-NULL key is one).
    Outcome<QStringList> orphans(const SchemaTable &table, const SchemaForeignKey &foreignKey,
                                 const SchemaTable *referenced) const;
    // Rows a CHECK definition ("CHECK ((priority >= 1))") rejects.
    Outcome<QStringList> violating(const SchemaTable &table, const QString &checkDefinition) const;
    // Whether the table holds at least `rows` rows (reads at most that many).
    Outcome<bool> holdsAtLeast(const SchemaTable &table, qint64 rows) const;
    // The kind of relation ("table", "index"…) already named `name` in the schema, else empty.
    Outcome<QString> relationNamed(const QString &schema, const QString &name) const;
    // Whether the table already has a constraint with this name.
    Outcome<bool> constraintNamed(const SchemaTable &table, const QString &name) const;

private:
    Outcome<QStringList> rowsWhere(const SchemaTable &table, const QString &condition) const;

    const DatabaseSession &m_session;
    int m_sample;
};

}  // namespace mathakine
