#include "ReportTitlePage.h"

#include "CheckText.h"
#include "EnumNames.h"
#include "ReportHtml.h"
#include "connection/ConnectionProfile.h"
#include "validate/ResultText.h"

#include <QLocale>

namespace mathakine {

namespace {
constexpr int kFailuresShown = 5;  // the rest is in the body; the first page must stay one page

QString verdictColour(const ValidationReport &r)
{
    if (!r.passed())
        return QStringLiteral("#c62828");
    return r.result.queriesWithoutData().isEmpty() ? QStringLiteral("#2e7d32")
                                                   : QStringLiteral("#b26a00");
}
}  // namespace

QString ReportTitlePage::documentTitle(const ValidationReport &report)
{
    return tr("Validation report — %1").arg(report.database);
}

QString ReportTitlePage::keyFigures(const ValidationReport &r)
{
    const auto e = &ReportHtml::escape;
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(e(ResultText::counts(r.result)));
    const QueryBenchmarkResult *slowest = nullptr;
    for (const QueryBenchmarkResult &b : r.result.benchmarks) {
        if (b.error.isEmpty() && (!slowest || b.client.p95 > slowest->client.p95))
            slowest = &b;
    }
    if (slowest)
        html += QStringLiteral("<p>%1</p>")
                    .arg(e(tr("Slowest query: %1, p95 %2 (budget %3).")
                               .arg(slowest->title,
                                    ResultText::measure(slowest->client.p95, QStringLiteral("ms")),
                                    ResultText::measure(slowest->budgetMs, QStringLiteral("ms")))));
    html += QStringLiteral("<p>%1</p>")
                .arg(e(tr("Validation took %1.").arg(ReportHtml::duration(r.result.durationMs))));
    return html;
}

QString ReportTitlePage::signatureBlock()
{
    const auto e = &ReportHtml::escape;
    return QStringLiteral(
               "<h3>%1</h3><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\">"
               "<tr><th width=\"34%\">%2</th><th width=\"22%\">%3</th><th>%4</th></tr>"
               "<tr><td height=\"60\">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>")
        .arg(e(tr("Approval")), e(tr("Approved by")), e(tr("On (date)")), e(tr("Signature")));
}

QString ReportTitlePage::html(const ValidationReport &r)
{
    const auto e = &ReportHtml::escape;
    const auto environment = environmentFromKey(r.environment);
    const QString version = r.migrationVersion.isEmpty() ? tr("none (base)") : r.migrationVersion;
    // Two label/value pairs a row: what was validated, where, when and by whom, at a glance.
    const QList<std::pair<QString, QString>> rows = {
        {tr("Database"), r.database},
        {tr("PostgreSQL"), r.serverVersion},
        {tr("Migration version"),
         r.headVersion.isEmpty() || r.headVersion == r.migrationVersion
             ? version
             : tr("%1 (newest available: %2)").arg(version, r.headVersion)},
        {tr("Environment"), environment ? EnumNames::environment(*environment) : r.environment},
        {tr("Date"), QLocale().toString(r.generatedAt.toLocalTime(), QLocale::LongFormat)},
        {tr("Operator"), r.operatorName},
        {tr("Server"), r.target},
        {tr("Profile"),
         r.profileName.isEmpty() ? tr("(none: URL or PG variables)") : r.profileName},
        {tr("Validation plan"), r.planFile},
        {tr("Tool"), tr("Mathakine Admin %1").arg(r.appVersion)},
    };
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(e(documentTitle(r)));
    html +=
        QStringLiteral(
            "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" border=\"0\"><tr>"
            "<td style=\"background-color:%1;\"><span style=\"font-size:20pt; font-weight:bold; color:#ffffff;\">%2</span>"
            "<br/><span style=\"font-size:10pt; color:#ffffff;\">%3</span></td></tr></table>")
            .arg(verdictColour(r), e(tr("Verdict: %1").arg(CheckText::verdict(r))),
                 e(CheckText::verdictExplanation(r)));
    html += keyFigures(r);
    html +=
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (qsizetype i = 0; i < rows.size(); i += 2) {
        html +=
            QStringLiteral(
                "<tr><th width=\"16%\">%1</th><td width=\"34%\">%2</td><th width=\"16%\">%3</th><td width=\"34%\">%4</td></tr>")
                .arg(e(rows[i].first), e(rows[i].second), e(rows[i + 1].first),
                     e(rows[i + 1].second));
    }
    html += QStringLiteral("</table>");

    QString failures;
    int shown = 0;
    for (const CheckResult &c : r.result.checks) {
        if (c.status == CheckStatus::Fail && shown++ < kFailuresShown)
            failures += QStringLiteral("<li>%1</li>").arg(e(c.message));
    }
    if (!failures.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(e(tr("Failures")), failures);
    if (!r.result.benchmarks.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(ReportHtml::chartMarker());
    html += signatureBlock();
    return html + QStringLiteral("</body></html>");
}

}  // namespace mathakine
