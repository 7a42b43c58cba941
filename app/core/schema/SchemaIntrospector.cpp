#include "schema/SchemaIntrospector.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "schema/CatalogQueries.h"
#include "schema/CatalogReader.h"
#include "schema/SqlQuote.h"

#include <QSqlError>

#include <QCoreApplication>
#include <future>

namespace mathakine {

namespace {
const QString kBegin = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
// The schemas asked become the search path, so types and expressions print unqualified
// exactly as in the migrations, whatever the role's own search_path is. JIT off: on big
// catalogs the planner's estimates trigger a compilation that costs more than the queries.
const QString kSettings =
    QStringLiteral("SELECT set_config('search_path', ?, true), set_config('jit', 'off', true)");

struct Statements {
    const DatabaseSession &session;
    int count = 0;

    Outcome<QSqlQuery> run(const QString &sql, const QVariantList &values = {})
    {
        ++count;
        if (!values.isEmpty())
            return session.run(sql, values);
        // Not forward-only: QPSQL then takes the whole result at once instead of one
        // PGresult per row (single-row mode), a third of the client's time on big catalogs.
        QSqlQuery query(session.database());
        query.setForwardOnly(false);
        if (!query.exec(sql)) {
            AppError error;
            error.message = SchemaIntrospector::tr("The database refused a statement.");
            error.detail = query.lastError().databaseText().isEmpty()
                ? query.lastError().text()
                : query.lastError().databaseText();
            return error;
        }
        return query;
    }

    // Ends the read-only transaction (COMMIT, or ROLLBACK after a failed read): a failure loses
    // nothing that was read, and the session closes with it, so it is only logged.
    void end(bool commit)
    {
        if (auto ended = run(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
            !ended)
            log::warn(
                QStringLiteral("end of a catalog read failed: %1").arg(ended.error().fullText()));
    }
};

struct IndexFetch {
    Outcome<QList<QVariantList>> rows = AppError{};
    int statements = 0;
};

// The "indexes" query, the most expensive (it deparses expressions and predicates), on a
// second connection that imports the first one's snapshot: both see the same catalog,
// as pg_dump -j does. Runs in its own thread with its own QSqlDatabase.
IndexFetch fetchIndexes(const ConnectionSpec &spec, const QString &snapshotId,
                        const QString &searchPath)
{
    IndexFetch fetch;
    auto session = DatabaseSession::open(spec, QStringLiteral("introspect-indexes"));
    if (!session) {
        fetch.rows = session.error();
        return fetch;
    }
    Statements statements{*session.value()};
    auto step = [&](const QString &sql, const QVariantList &values = {}) {
        return statements.run(sql, values);
    };
    if (auto r = step(kBegin); !r)
        fetch.rows = r.error();
    else if (r = step(QStringLiteral("SET TRANSACTION SNAPSHOT ") + SqlQuote::literal(snapshotId));
             !r)
        fetch.rows = r.error();
    else if (r = step(kSettings, {searchPath}); !r)
        fetch.rows = r.error();
    else if (r = step(CatalogQueries::indexes()); !r)
        fetch.rows = r.error();
    else
        fetch.rows = CatalogReader::copyRows(r.value());
    statements.end(true);
    fetch.statements = statements.count;
    return fetch;
}
Status readAll(const SchemaIntrospector::Options &options, Statements &statements,
               CatalogReader &reader, int &helperStatements)
{
    QStringList path;
    for (const QString &schema : options.schemas)
        path << DatabaseSession::quoteIdentifier(schema);
    const QString searchPath = path.join(QLatin1Char(','));
    if (auto set = statements.run(kSettings, {searchPath}); !set)
        return set.error();

    std::future<IndexFetch> indexes;
    if (options.parallel) {
        // A standby cannot export a snapshot: ask only on a primary, so the transaction stays
        // usable.
        auto id = statements.run(QStringLiteral(
            "SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_export_snapshot() END"));
        if (!id)
            return id.error();
        if (id->next() && !id->value(0).isNull())
            indexes = std::async(std::launch::async, fetchIndexes, statements.session.spec(),
                                 id->value(0).toString(), searchPath);
    }
    for (const auto &[name, sql] : CatalogQueries::all()) {
        if (name == QLatin1String("indexes") && indexes.valid())
            continue;
        auto query = statements.run(sql);
        if (!query)
            return query.error();
        reader.read(name, query.value());
    }
    if (indexes.valid()) {
        IndexFetch fetched = indexes.get();
        helperStatements = fetched.statements;
        if (fetched.rows) {
            reader.readIndexRows(fetched.rows.value());
        } else {  // e.g. no connection slot left: read them here, in the same snapshot
            log::debug(QCoreApplication::translate(
                           "Journal",
                           "second catalog connection failed (%1); reading indexes on the first")
                           .arg(fetched.rows.error().fullText()));
            auto query = statements.run(CatalogQueries::indexes());
            if (!query)
                return query.error();
            reader.read(QStringLiteral("indexes"), query.value());
        }
    }
    return {};
}

}  // namespace

SchemaIntrospector::SchemaIntrospector(const DatabaseSession &session)
    : SchemaIntrospector(session, Options())
{}

SchemaIntrospector::SchemaIntrospector(const DatabaseSession &session, Options options)
    : m_session(session), m_options(std::move(options))
{
    m_options.schemas.removeAll(toolSchema());
    m_options.schemas.removeDuplicates();
}

Outcome<SchemaSnapshot> SchemaIntrospector::snapshot()
{
    Statements statements{m_session};
    if (auto begun = statements.run(kBegin); !begun)
        return begun.error();
    CatalogReader reader(m_options.excludedTables);
    int helperStatements = 0;
    const Status read = readAll(m_options, statements, reader, helperStatements);
    statements.end(read.ok());
    m_statementCount = statements.count + helperStatements;
    if (!read) {
        AppError error = read.error();
        error.message = tr("Cannot read the schema from the database catalog.");
        return error;
    }
    return reader.take(m_options.schemas);
}

}  // namespace mathakine
