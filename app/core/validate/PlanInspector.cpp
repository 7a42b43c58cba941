#include "validate/PlanInspector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mathakine {

PlanSummary PlanInspector::inspect(const QByteArray &explainJson, int maxLines)
{
    PlanSummary summary;
    const QJsonDocument document = QJsonDocument::fromJson(explainJson);
    const QJsonObject top = document.array().first().toObject();
    if (!top.contains(QLatin1String("Plan")))
        return summary;
    summary.valid = true;
    summary.planningMs = top.value(QLatin1String("Planning Time")).toDouble();
    summary.executionMs = top.value(QLatin1String("Execution Time")).toDouble();
    QStringList lines;
    walk(top.value(QLatin1String("Plan")).toObject(), 0, summary, lines);
    if (lines.size() > maxLines) {
        const qsizetype hidden = lines.size() - maxLines;
        lines = lines.mid(0, maxLines);
        lines << QStringLiteral("   … (+%1)").arg(hidden);
    }
    summary.outline = lines.join(QLatin1Char('\n'));
    return summary;
}

void PlanInspector::walk(const QJsonObject &node, int depth, PlanSummary &summary,
                         QStringList &lines)
{
    const QString index = node.value(QLatin1String("Index Name")).toString();
    if (!index.isEmpty() && !summary.indexes.contains(index))
        summary.indexes << index;
    const QString indent =
        depth == 0 ? QString() : QString(depth * 2 - 2, QLatin1Char(' ')) + QStringLiteral("-> ");
    lines << indent + describe(node);
    for (const QJsonValue &child : node.value(QLatin1String("Plans")).toArray())
        walk(child.toObject(), depth + 1, summary, lines);
}

QString PlanInspector::describe(const QJsonObject &node)
{
    QString type = node.value(QLatin1String("Node Type")).toString();
    const QString strategy = node.value(QLatin1String("Strategy")).toString();
    if (type == QLatin1String("Aggregate")
        && (strategy == QLatin1String("Hashed") || strategy == QLatin1String("Sorted")))
        type = strategy == QLatin1String("Hashed") ? QStringLiteral("HashAggregate")
                                                   : QStringLiteral("GroupAggregate");
    const QString join = node.value(QLatin1String("Join Type")).toString();
    if (!join.isEmpty() && join != QLatin1String("Inner"))
        type = type.endsWith(QLatin1String(" Join"))
            ? type.chopped(5) + QLatin1Char(' ') + join + QStringLiteral(" Join")
            : type + QLatin1Char(' ') + join + QStringLiteral(" Join");
    if (node.value(QLatin1String("Scan Direction")).toString() == QLatin1String("Backward"))
        type += QStringLiteral(" Backward");
    QString text = type;
    const QString index = node.value(QLatin1String("Index Name")).toString();
    const QString relation = node.value(QLatin1String("Relation Name")).toString();
    if (!index.isEmpty())
        text += QStringLiteral(" using ") + index;
    if (!relation.isEmpty()) {
        text += QStringLiteral(" on ") + relation;
        const QString alias = node.value(QLatin1String("Alias")).toString();
        if (!alias.isEmpty() && alias != relation)
            text += QLatin1Char(' ') + alias;
    }
    if (node.contains(QLatin1String("Actual Rows"))) {
        text += QStringLiteral(" (rows=%1")
                    .arg(node.value(QLatin1String("Actual Rows")).toDouble(), 0, 'f', 0);
        if (node.contains(QLatin1String("Actual Total Time")))
            text += QStringLiteral(", %1 ms").arg(
                QLocale().toString(node.value(QLatin1String("Actual Total Time")).toDouble(), 'f',
                                   3));  // decimal comma in French
        text += QLatin1Char(')');
    } else if (node.contains(QLatin1String("Plan Rows"))) {
        text += QStringLiteral(" (est. rows=%1)")
                    .arg(node.value(QLatin1String("Plan Rows")).toDouble(), 0, 'f', 0);
    }
    return text;
}

}  // namespace mathakine
