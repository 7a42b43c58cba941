#pragma once

#include "schema/SchemaDiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace mathakine {

// Something reconcile cannot do without losing data or guessing, with the evidence.
struct ReconcileConflict {
    QString path;     // "public.users.jedi_rank"
    QString message;  // translated: what is in the way and what a person has to decide
    QStringList
        blocking;  // the rows or values that block it ("id=4", "code=gold (×2)"); may be empty
};

// The data-preserving script that brings a drifted database to the expected schema of one
// version, as the operator reviews it and as the run executes it: it adds, sets or drops
// defaults and NOT NULL where the data allows it, creates missing constraints and indexes;
// it renames nothing and drops nothing.
//
// Transactions: `statements` run in one transaction that also records the migrations up to
// `version` and writes the audit row. Index builds on big tables (`concurrent`, CREATE INDEX
// CONCURRENTLY) cannot run inside a transaction block; when there are any, the transaction
// commits the schema changes without recording anything, the builds run one by one (each
// checked valid), and a second short transaction records the migrations and the audit row.
// If a build fails, nothing is recorded: the changes already made only add, and running
// reconcile again computes the rest.
struct ReconcileScript {
    Q_DECLARE_TR_FUNCTIONS(ReconcileScript)

public:
    QString version;         // the target migration version
    QStringList schemas;     // the expected snapshot's schemas: the search path of the script
    QStringList statements;  // in the one transaction, in dependency order, ';'-terminated
    QStringList concurrent;  // after it, outside a transaction, one by one
    QList<ReconcileConflict> conflicts;  // what needs a person: the run refuses while any is left
    QStringList keptAsIs;  // translated lines: what differs and is left alone on purpose
    // Of those, what no statement can change (column order): recorded by the run as accepted
    // differences (AcceptedDifferences), so that diff no longer counts them.
    QList<SchemaDifference> accepted;

    bool canRun() const { return conflicts.isEmpty(); }
    bool hasChanges() const { return !statements.isEmpty() || !concurrent.isEmpty(); }
    QString searchPathStatement() const;  // "SET search_path = public;"
    // The script the operator reviews: search path, the transaction's statements, the
    // concurrent builds, then (commented out) what needs a person and what is kept as is.
    // The run executes exactly the statements of this text; it is stored in the audit row.
    QString text() const;
    QJsonObject toJson() const;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::ReconcileScript)
