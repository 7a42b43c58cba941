#include "ReportHtml.h"

#include "CheckText.h"
#include "validate/BenchmarkRunner.h"
#include "validate/ResultText.h"

#include <QLocale>

namespace mathakine {

namespace {
QString figure(const std::optional<double> &value, const QString &unit)
{
    return value ? ResultText::measure(*value, unit) : QString();
}

QString ms(double value)
{
    return ResultText::measure(value, QStringLiteral("ms"));
}

QString heading(int number, const QString &title)
{
    return ReportHtml::gap()
        + QStringLiteral("<h2>%1. %2</h2>").arg(number).arg(ReportHtml::escape(title));
}

QString tableStart(const QStringList &headers)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(ReportHtml::escape(h));
    return html + QStringLiteral("</tr>");
}
}  // namespace

QString ReportHtml::styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #1b1b1b; }"
        "h1 { font-size: 18pt; color: #1f3a5f; }"
        "h2 { font-size: 13pt; color: #1f3a5f; margin-top: 16px; margin-bottom: 6px; }"
        "h3 { font-size: 10pt; color: #1f3a5f; margin-top: 10px; margin-bottom: 4px; }"
        "table { border-color: #9aa5b4; border-style: solid; border-collapse: collapse; }"
        "th { background-color: #e3e9f1; text-align: left; font-weight: bold; }"
        "td.pass { background-color: #dcefd6; } td.warning { background-color: #fbefcf; } td.fail { background-color: #f6d2d2; }"
        "td.num { text-align: right; }"
        "pre { font-family: 'DejaVu Sans Mono'; font-size: 7pt; background-color: #f4f6f8; }"
        "p.note { color: #4a4a4a; }");
}

QString ReportHtml::gap()
{
    return QStringLiteral("<p style=\"font-size:6pt; margin:0;\">&nbsp;</p>");
}

QString ReportHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ReportHtml::statusCell(CheckStatus status)
{
    return QStringLiteral("<td class=\"%1\"><b>%2</b></td>")
        .arg(ValidationResult::statusId(status), escape(CheckText::statusName(status)));
}

QString ReportHtml::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ReportHtml::duration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return ResultText::measure(static_cast<double>(milliseconds), QStringLiteral("ms"));
    return ResultText::measure(static_cast<double>(milliseconds) / 1000.0, QStringLiteral("s"));
}

QString ReportHtml::checksTable(const QList<CheckResult> &checks, bool withFigures)
{
    QStringList headers{tr("Status"), tr("Check"), tr("Result")};
    if (withFigures)
        headers << tr("Measured") << tr("Threshold");
    QString html = tableStart(headers);
    for (const CheckResult &c : checks) {
        QString message = escape(c.message);
        if (!c.critical && c.status != CheckStatus::Pass)
            message += QStringLiteral(" <i>(%1)</i>").arg(escape(tr("not critical")));
        if (!c.detail.isEmpty() && c.status != CheckStatus::Pass
            && c.family != CheckFamily::Performance)
            message +=
                QStringLiteral(
                    "<br/><span style=\"font-family: 'DejaVu Sans Mono'; font-size: 7pt;\">%1</span>")
                    .arg(escape(c.detail.left(600))
                             .replace(QLatin1Char('\n'), QLatin1String("<br/>")));
        html += QStringLiteral("<tr>%1<td>%2</td><td>%3</td>")
                    .arg(statusCell(c.status), escape(c.subject), message);
        if (withFigures)
            html += QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td>")
                        .arg(figure(c.measured, c.unit), figure(c.threshold, c.unit));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::body(const ValidationReport &report)
{
    QString html = QStringLiteral("<html><body>");
    int number = 0;
    for (CheckFamily family : ValidationResult::families()) {
        const QList<CheckResult> checks = report.result.family(family);
        if (family == CheckFamily::Performance) {
            html += performanceSection(report, ++number);
            continue;
        }
        if (checks.isEmpty())
            continue;
        html += heading(++number, CheckText::familyName(family));
        if (family == CheckFamily::Data)
            html += rowCountSection(report, number);
        html += checksTable(checks, family == CheckFamily::Budget || family == CheckFamily::Data);
    }
    html += historySection(report, ++number);
    html += explainSection(report);
    return html + QStringLiteral("</body></html>");
}

QString ReportHtml::performanceSection(const ValidationReport &report, int number)
{
    const QList<QueryBenchmarkResult> &benchmarks = report.result.benchmarks;
    QString html = heading(number, CheckText::familyName(CheckFamily::Performance));
    if (benchmarks.isEmpty())
        return html
            + QStringLiteral("<p class=\"note\">%1</p>")
                  .arg(escape(tr("The benchmark was not run.")));
    const LatencyStats &first = benchmarks.constFirst().client;
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(escape(tr(
                "Each query ran %n time(s) after warm-up. Client side: the round trip seen by the tool (libpq extended protocol, "
                "as the application). Server side: planning plus execution reported by EXPLAIN ANALYZE.",
                nullptr, first.count)));
    html += tableStart({tr("Query"), tr("p50"), tr("p95"), tr("p99"), tr("max"), tr("mean"),
                        tr("server p50"), tr("server p95"), tr("budget"), tr("Status")});
    for (const QueryBenchmarkResult &b : benchmarks) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escape(b.title));
        for (double v : {b.client.p50, b.client.p95, b.client.p99, b.client.max, b.client.mean,
                         b.server.p50, b.server.p95, b.budgetMs})
            html += QStringLiteral("<td class=\"num\">%1</td>")
                        .arg(b.error.isEmpty() ? ms(v) : QString());
        html += statusCell(BenchmarkRunner::status(b)) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html + gap() + QStringLiteral("<h3>%1</h3>").arg(escape(tr("Verdicts")))
        + queryVerdicts(report);
}

// One row per query: its status (the worst of its checks) and every verdict about it.
QString ReportHtml::queryVerdicts(const ValidationReport &report)
{
    const QList<CheckResult> checks = report.result.family(CheckFamily::Performance);
    QString html =
        tableStart({tr("Status"), tr("Query"), tr("Result"), tr("Measured"), tr("Threshold")});
    QStringList done;
    for (const CheckResult &c : checks) {
        if (done.contains(c.subject))
            continue;
        done << c.subject;
        QList<CheckResult> about;
        for (const CheckResult &other : checks) {
            if (other.subject == c.subject)
                about << other;
        }
        QStringList messages;
        for (const CheckResult &a : about)
            messages << escape(a.message)
                    + (a.critical || a.status == CheckStatus::Pass
                           ? QString()
                           : QStringLiteral(" <i>(%1)</i>").arg(escape(tr("not critical"))));
        const CheckResult &timing =
            about.constFirst();  // p95 comes first (BenchmarkRunner::checks)
        html +=
            QStringLiteral(
                "<tr>%1<td>%2</td><td>%3</td><td class=\"num\">%4</td><td class=\"num\">%5</td></tr>")
                .arg(statusCell(ValidationResult::worst(about)), escape(c.subject),
                     messages.join(QLatin1String("<br/>")), figure(timing.measured, timing.unit),
                     figure(timing.threshold, timing.unit));
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::explainSection(const ValidationReport &report)
{
    if (report.result.benchmarks.isEmpty())
        return {};
    QString html = gap()
        + QStringLiteral("<h2>%1</h2>")
              .arg(escape(tr("Appendix: query plans (EXPLAIN ANALYZE excerpts)")));
    for (const QueryBenchmarkResult &b : report.result.benchmarks) {
        html += QStringLiteral("<h3>%1</h3>").arg(escape(b.title));
        if (!b.parameters.isEmpty())
            html +=
                QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(escape(tr("Parameters: %1").arg(b.parameters.join(QLatin1String(", ")))));
        const QString text = b.error.isEmpty() ? b.planExcerpt : b.error;
        html += QStringLiteral("<pre>%1</pre>").arg(escape(text));
    }
    return html;
}

QString ReportHtml::historySection(const ValidationReport &report, int number)
{
    QString html = heading(number, tr("Migration history"));
    if (report.migrations.isEmpty())
        return html
            + QStringLiteral("<p class=\"note\">%1</p>")
                  .arg(escape(tr("No migration has been applied to this database.")));
    html += tableStart(
        {tr("Version"), tr("Title"), tr("State"), tr("Applied"), tr("Duration"), tr("By")});
    qint64 total = 0;
    for (const ReportMigration &m : report.migrations) {
        const QString state = m.execution == QLatin1String("stamp")
            ? tr("stamped")
            : (m.state == QLatin1String("applied") ? tr("applied") : tr("failed"));
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"num\">%5</td><td>%6</td></tr>")
                .arg(escape(m.version), escape(m.title), escape(state),
                     escape(dateTime(m.appliedAt)), escape(duration(m.durationMs)),
                     escape(m.appliedBy));
        total += m.durationMs;
    }
    html +=
        QStringLiteral(
            "<tr><td></td><td><b>%1</b></td><td></td><td></td><td class=\"num\"><b>%2</b></td><td></td></tr>")
            .arg(escape(tr("Total")), escape(duration(total)));
    return html + QStringLiteral("</table>");
}

QString ReportHtml::rowCountSection(const ValidationReport &report, int)
{
    if (!report.result.rowCounts)
        return {};
    const RowCountRun &run = *report.result.rowCounts;
    const QLocale locale;
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(escape(
                tr("Exact row counts before and after the last migration run (%1, %2 → %3, %4).")
                    .arg(run.action,
                         run.fromVersion.isEmpty() ? QStringLiteral("base") : run.fromVersion,
                         run.toVersion.isEmpty() ? QStringLiteral("base") : run.toVersion,
                         dateTime(run.finishedAt))));
    html += tableStart({tr("Table"), tr("Before"), tr("After"), tr("Change")});
    for (const TableRowCount &t : run.tables) {
        const QString before = t.before < 0 ? tr("(absent)") : locale.toString(t.before);
        const QString after = t.after < 0 ? tr("(absent)") : locale.toString(t.after);
        const QString change = t.before < 0 || t.after < 0
            ? QString()
            : (t.after == t.before ? QStringLiteral("=") : locale.toString(t.after - t.before));
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td></tr>")
                .arg(escape(t.table), escape(before), escape(after), escape(change));
    }
    return html + QStringLiteral("</table><p></p>");
}

}  // namespace mathakine
