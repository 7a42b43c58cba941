#pragma once

#include "common/Outcome.h"
#include "generate/OrderedStatements.h"
#include "generate/ReconcileScript.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>

namespace mathakine {

class DatabaseSession;
class ExistingData;

struct ReconcileOptions {
    // A table holding at least this many rows is "big": its missing indexes are built
    // CREATE INDEX CONCURRENTLY after the transaction instead of inside it, so that writes
    // are not blocked while they build (PostgreSQL docs, "Building Indexes Concurrently").
    qint64 concurrentFromRows = 100000;
    int sampleRows = 5;  // blocking rows listed per conflict
};

// Expected snapshot + the live database -> the data-preserving ReconcileScript. Works from
// the SchemaDiff of the two (SchemaComparer) and builds each statement with SchemaFixSql;
// asks the data (ExistingData) before any statement the data could make fail, and lists a
// conflict instead. Read-only: sends only SELECTs.
class ReconcilePlanner {
    Q_DECLARE_TR_FUNCTIONS(ReconcilePlanner)

public:
    ReconcilePlanner(const DatabaseSession &session, ReconcileOptions options = {});

    // Errors: the server's (catalog read, a data check that cannot run is a conflict instead).
    Outcome<ReconcileScript> plan(const SchemaSnapshot &expected);
    // The same with an actual snapshot already read (on this session).
    Outcome<ReconcileScript> plan(const SchemaSnapshot &expected, const SchemaSnapshot &actual);

private:
    void take(const SchemaDifference &d);
    void table(const SchemaDifference &d, const SchemaTable *e, const SchemaTable *a);
    void column(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a);
    void key(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a);
    void foreignKey(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a);
    void check(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a);
    void index(const SchemaDifference &d, const SchemaTable &e, const SchemaTable &a);
    void createTable(const SchemaTable &e);
    void acceptColumnOrder(const SchemaTable &e, const SchemaTable &a);
    void unexpected(const SchemaDifference &d, const SchemaTable *a);

    // Adds a conflict when the rows are not empty or the check failed; returns whether clear.
    bool clear(const SchemaDifference &d, const Outcome<QStringList> &rows, const QString &message);
    bool nameFree(const SchemaDifference &d, const QString &schema, const QString &name);
    void conflict(const SchemaDifference &d, const QString &message,
                  const QStringList &blocking = {});
    void kept(const SchemaDifference &d);
    bool isBig(const SchemaTable &a);

    const DatabaseSession &m_session;
    ReconcileOptions m_options;
    const SchemaSnapshot *m_expected = nullptr;
    const SchemaSnapshot *m_actual = nullptr;
    ExistingData *m_data = nullptr;
    OrderedStatements m_statements;
    QStringList m_concurrent;
    ReconcileScript m_script;
};

}  // namespace mathakine
