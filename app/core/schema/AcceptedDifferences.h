#pragma once

#include "common/Outcome.h"
#include "schema/SchemaDiff.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;

// Differences kept on purpose, in <tool schema>.accepted_differences: what reconcile cannot
// change without rewriting a table (the order of columns: PostgreSQL has no way to move a
// column). An accepted difference stops counting only while both its expected and its actual
// value are the recorded ones; any further change is reported again.
class AcceptedDifferences {
    Q_DECLARE_TR_FUNCTIONS(AcceptedDifferences)

public:
    AcceptedDifferences(const DatabaseSession &session, QString schema);

    // Records (or replaces) the acceptance of one Changed difference. Needs ToolSchema 6.
    Status accept(const SchemaDifference &difference, const QString &reason) const;
    // Every accepted difference; empty when the tool schema or its table does not exist yet.
    Outcome<QList<SchemaDifference>> load() const;
    // Moves out of diff the differences that match an accepted one exactly; returns them.
    static QList<SchemaDifference> takeAccepted(SchemaDiff &diff,
                                                const QList<SchemaDifference> &accepted);

private:
    const DatabaseSession &m_session;
    QString m_schema;
};

}  // namespace mathakine
