#pragma once

#include "schema/SchemaDiff.h"

namespace mathakine {

// Appends differences about one owner (a table, view, sequence or enum type) to a list;
// shared by SchemaComparer and TableComparer so every difference is built the same way.
class DiffCollector {
public:
    DiffCollector(QList<SchemaDifference> &out, QString schema, QString owner)
        : m_out(out), m_schema(std::move(schema)), m_owner(std::move(owner))
    {}

    void missing(SchemaObjectType type, const QString &object, DiffSeverity severity,
                 QStringList fix = {})
    {
        add({DiffKind::Missing,
             type,
             m_schema,
             m_owner,
             object,
             {},
             {},
             {},
             severity,
             std::move(fix)});
    }
    void unexpected(SchemaObjectType type, const QString &object, DiffSeverity severity)
    {
        add({DiffKind::Unexpected, type, m_schema, m_owner, object, {}, {}, {}, severity, {}});
    }
    // An object the expected schema lacks, in a state worth naming (an INVALID index left by a
    // failed CREATE INDEX CONCURRENTLY), with the statement that removes it.
    void unexpectedState(SchemaObjectType type, const QString &object, const QString &attribute,
                         const QString &actual, DiffSeverity severity, QStringList fix)
    {
        add({DiffKind::Unexpected,
             type,
             m_schema,
             m_owner,
             object,
             attribute,
             {},
             actual,
             severity,
             std::move(fix)});
    }
    // Records a Changed difference when expected and actual differ; returns whether they did.
    bool changed(SchemaObjectType type, const QString &object, const QString &attribute,
                 const QString &expected, const QString &actual, DiffSeverity severity,
                 QStringList fix = {})
    {
        if (expected == actual)
            return false;
        add({DiffKind::Changed, type, m_schema, m_owner, object, attribute, expected, actual,
             severity, std::move(fix)});
        return true;
    }

private:
    void add(SchemaDifference difference)
    {
        difference.fixSql.removeAll(QString());  // a builder returns "" when it has nothing safe
        m_out.append(std::move(difference));
    }

    QList<SchemaDifference> &m_out;
    QString m_schema;
    QString m_owner;
};

}  // namespace mathakine
