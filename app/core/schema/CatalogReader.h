#pragma once

#include "schema/SchemaSnapshot.h"

#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace mathakine {

// Turns the rows of the CatalogQueries into a SchemaSnapshot: relations first (they map
// oids and column numbers to names for the queries after), then any order.
class CatalogReader {
public:
    explicit CatalogReader(QStringList excludedTables);
    ~CatalogReader();

    void read(const QString &query, QSqlQuery &rows);  // a name from CatalogQueries::all()
    // The "indexes" query's rows, fetched on another connection (see SchemaIntrospector).
    void readIndexRows(const QList<QVariantList> &rows);
    static QList<QVariantList> copyRows(QSqlQuery &query);

    SchemaSnapshot take(const QStringList &schemas);

private:
    struct Data;
    QStringList m_excluded;
    std::unique_ptr<Data> d;
};

}  // namespace mathakine
