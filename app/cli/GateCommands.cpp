#include "Commands.h"
#include "OpsCli.h"

#include "connection/DatabaseSession.h"
#include "gate/MaintenanceMode.h"

#include <QJsonArray>
#include <QLocale>

namespace mathakine::cli {

namespace {
QString describe(const MaintenanceState &m)
{
    return CliContext::tr("since %1 by %2 (%3): %4")
        .arg(QLocale().toString(m.startedAt.toLocalTime(), QLocale::ShortFormat), m.operatorName,
             m.dbUser, m.reason);
}

int maintenanceStatus(CliContext &context, const DatabaseSession &session)
{
    if (context.options().json) {
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("maintenance"), maintenanceJson(session)},
                           {QStringLiteral("checkSql"), MaintenanceMode::checkSql()}});
        return 0;
    }
    context.out() << maintenanceText(session) << "\n"
                  << CliContext::tr("The backend checks it with:") << "\n  "
                  << MaintenanceMode::checkSql() << Qt::endl;
    return 0;
}
}  // namespace

std::optional<GuardOptions> guardOptions(CommandArgs &args, QString *error)
{
    GuardOptions options;
    options.confirmation = args.value(QStringLiteral("--confirm")).value_or(QString());
    options.maintenanceReason =
        args.value(QStringLiteral("--maintenance-reason")).value_or(QString());
    if (const auto reason = args.value(QStringLiteral("--override-gate"))) {
        if (reason->trimmed().isEmpty()) {
            *error = CliContext::tr(
                "--override-gate needs a reason, e.g. --override-gate \"incident 42: hotfix\".");
            return std::nullopt;
        }
        options.overrideReason = reason->trimmed();
    }
    return options;
}

void printGate(CliContext &context, const GateReport &report)
{
    if (context.options().json)
        return;
    QTextStream &err = context.err();
    err << CliContext::tr("Production gate for %1:").arg(report.database) << "\n";
    for (const GateCondition &c : report.conditions) {
        err << "  " << (c.satisfied ? CliContext::tr("[ok]     ") : CliContext::tr("[missing]"))
            << " " << c.title << " — " << c.detail << "\n";
    }
    if (report.overridden())
        err << CliContext::tr("  Gate OVERRIDDEN (recorded in the audit log): %1")
                   .arg(report.overrideReason)
            << "\n";
    err.flush();
}

QString maintenanceText(const DatabaseSession &session)
{
    auto active = MaintenanceMode(session).active();
    if (!active)
        return CliContext::tr("Maintenance mode: unknown (%1)").arg(active.error().detail);
    if (active->isEmpty())
        return CliContext::tr("Maintenance mode: off");
    QStringList lines;
    for (const MaintenanceState &m : active.value())
        lines << CliContext::tr("Maintenance mode: ON %1").arg(describe(m));
    return lines.join(QLatin1Char('\n'));
}

QJsonValue maintenanceJson(const DatabaseSession &session)
{
    auto active = MaintenanceMode(session).active();
    if (!active)
        return QJsonValue();
    QJsonArray periods;
    for (const MaintenanceState &m : active.value())
        periods.append(
            QJsonObject{{QStringLiteral("id"), m.id},
                        {QStringLiteral("reason"), m.reason},
                        {QStringLiteral("action"), m.action},
                        {QStringLiteral("operator"), m.operatorName},
                        {QStringLiteral("dbUser"), m.dbUser},
                        {QStringLiteral("since"), m.startedAt.toUTC().toString(Qt::ISODate)}});
    return QJsonObject{{QStringLiteral("active"), !periods.isEmpty()},
                       {QStringLiteral("periods"), periods}};
}

int runMaintenance(CliContext &context)
{
    CommandArgs args(context.options().commandArgs);
    const QString reason = args.value(QStringLiteral("--reason")).value_or(QString());
    const QString usage = CliContext::tr("Usage: maintenance status | on --reason TEXT | off");
    if (!args.finish(1, 1))
        return context.fail(usageError(args.error(), usage));
    const QString action = args.positionals().constFirst();
    if (action != QLatin1String("status") && action != QLatin1String("on")
        && action != QLatin1String("off"))
        return context.fail(
            usageError(CliContext::tr("Unknown maintenance action %1.").arg(action), usage));
    if (action == QLatin1String("on") && reason.trimmed().isEmpty())
        return context.fail(usageError(
            CliContext::tr("maintenance on needs --reason TEXT (the backend may show it)."),
            usage));
    auto spec = context.resolveConnection();
    if (!spec)
        return context.fail(spec.error());
    auto session = DatabaseSession::open(spec.value(), QStringLiteral("maintenance"));
    if (!session)
        return context.fail(session.error());
    const DatabaseSession &db = *session.value();
    if (action == QLatin1String("status"))
        return maintenanceStatus(context, db);

    const MaintenanceMode maintenance(db);
    if (action == QLatin1String("on")) {
        if (auto id = maintenance.switchOn(reason.trimmed()); !id)
            return context.fail(id.error());
    } else if (auto ended = maintenance.switchOff(); !ended) {
        return context.fail(ended.error());
    }
    return maintenanceStatus(context, db);
}

}  // namespace mathakine::cli
