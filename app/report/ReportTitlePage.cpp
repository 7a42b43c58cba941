#include "ReportTitlePage.h"

#include "ReportHtml.h"
#include "connection/ConnectionProfile.h"

#include <QLocale>

namespace mathakine {

QString ReportTitlePage::documentTitle(const ValidationReport &report)
{
    return tr("Validation report — %1").arg(report.database);
}

QString ReportTitlePage::html(const ValidationReport &r)
{
    const auto e = &ReportHtml::escape;
    const auto environment = environmentFromKey(r.environment);
    const QString version = r.migrationVersion.isEmpty() ? tr("none (base)") : r.migrationVersion;
    const QList<std::pair<QString, QString>> rows = {
        {tr("Database"), r.database},
        {tr("Server"), tr("%1 — PostgreSQL %2").arg(r.target, r.serverVersion)},
        {tr("Profile"), r.profileName.isEmpty() ? tr("(none: URL or PG variables)") : r.profileName},
        {tr("Environment"), environment ? environmentDisplayName(*environment) : r.environment},
        {tr("Migration version"), r.headVersion.isEmpty() ? version : tr("%1 (head of the migrations folder: %2)").arg(version, r.headVersion)},
        {tr("Operator"), r.operatorName},
        {tr("Date"), QLocale().toString(r.generatedAt.toLocalTime(), QLocale::LongFormat)},
        {tr("Duration of the validation"), ReportHtml::duration(r.result.durationMs)},
        {tr("Validation plan"), r.planFile},
        {tr("Tool"), tr("Mathakine Admin %1").arg(r.appVersion)},
    };
    const bool passed = r.passed();
    QString html = QStringLiteral("<html><body><p style=\"color:#4a4a4a;\">Mathakine Admin</p>");
    html += QStringLiteral("<h1>%1</h1>").arg(e(documentTitle(r)));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\" border=\"0\"><tr>"
                           "<td style=\"background-color:%1;\"><span style=\"font-size:22pt; font-weight:bold; color:#ffffff;\">%2</span>"
                           "<br/><span style=\"font-size:10pt; color:#ffffff;\">%3</span></td></tr></table>")
                .arg(passed ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                     e(tr("Verdict: %1").arg(r.verdictText())),
                     e(passed ? tr("Every critical check passed.") : tr("At least one critical check failed.")));
    html += QStringLiteral("<p>%1</p>").arg(e(tr("%1 passed, %2 warning(s), %3 failed.")
                                                .arg(QLocale().toString(r.result.count(CheckStatus::Pass)),
                                                     QLocale().toString(r.result.count(CheckStatus::Warning)),
                                                     QLocale().toString(r.result.count(CheckStatus::Fail)))));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>").arg(e(label), e(value));
    html += QStringLiteral("</table>");

    QString failures;
    int shown = 0;
    for (const CheckResult &c : r.result.checks) {
        if (c.status == CheckStatus::Fail && shown++ < 12)
            failures += QStringLiteral("<li>%1</li>").arg(e(c.message));
    }
    if (!failures.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(e(tr("Failures")), failures);
    return html + QStringLiteral("</body></html>");
}

} // namespace mathakine
