#pragma once

#include <QByteArray>
#include <QStringList>

class QJsonObject;

namespace mathakine {

struct PlanSummary {
    bool valid = false;
    QStringList indexes;  // every index the plan scans, in plan order, once each
    QString outline;      // "Limit (rows=10, 0.04 ms)\n  -> Index Scan using …"
    double planningMs = 0;
    double executionMs = 0;
};

// Reads the output of EXPLAIN (FORMAT JSON), with or without ANALYZE: which indexes the
// plan uses and a short outline for the report, in the spirit of the text format.
class PlanInspector {
public:
    static PlanSummary inspect(const QByteArray &explainJson, int maxLines = 14);

private:
    static void walk(const QJsonObject &node, int depth, PlanSummary &summary, QStringList &lines);
    static QString describe(const QJsonObject &node);
};

}  // namespace mathakine
