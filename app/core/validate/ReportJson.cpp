#include "validate/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mathakine {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}
qint64 int64(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QDateTime timeOf(const QJsonObject &o, const char *key)
{
    const QString text = str(o, key);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
QStringList stringsOf(const QJsonObject &o, const char *key)
{
    QStringList list;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        list << v.toString();
    return list;
}

QJsonObject statsJson(const LatencyStats &s)
{
    return {{QStringLiteral("count"), s.count}, {QStringLiteral("min"), s.min},
            {QStringLiteral("p50"), s.p50},     {QStringLiteral("p95"), s.p95},
            {QStringLiteral("p99"), s.p99},     {QStringLiteral("max"), s.max},
            {QStringLiteral("mean"), s.mean}};
}

LatencyStats statsOf(const QJsonObject &o)
{
    return {o.value(QLatin1String("count")).toInt(),
            num(o, "min"),
            num(o, "p50"),
            num(o, "p95"),
            num(o, "p99"),
            num(o, "max"),
            num(o, "mean")};
}

QJsonObject checkJson(const CheckResult &c)
{
    QJsonObject o{{QStringLiteral("family"), ValidationResult::familyId(c.family)},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("subject"), c.subject},
                  {QStringLiteral("status"), ValidationResult::statusId(c.status)},
                  {QStringLiteral("critical"), c.critical},
                  {QStringLiteral("message"), c.message},
                  {QStringLiteral("unit"), c.unit},
                  {QStringLiteral("detail"), c.detail}};
    if (c.measured)
        o.insert(QStringLiteral("measured"), *c.measured);
    if (c.threshold)
        o.insert(QStringLiteral("threshold"), *c.threshold);
    return o;
}

std::optional<CheckResult> checkOf(const QJsonObject &o)
{
    const auto family = ValidationResult::familyFromId(str(o, "family"));
    const auto status = ValidationResult::statusFromId(str(o, "status"));
    if (!family || !status)
        return std::nullopt;
    CheckResult c{*family,
                  str(o, "id"),
                  str(o, "subject"),
                  *status,
                  o.value(QLatin1String("critical")).toBool(),
                  str(o, "message"),
                  std::nullopt,
                  std::nullopt,
                  str(o, "unit"),
                  str(o, "detail")};
    if (o.contains(QLatin1String("measured")))
        c.measured = num(o, "measured");
    if (o.contains(QLatin1String("threshold")))
        c.threshold = num(o, "threshold");
    return c;
}

QJsonObject benchmarkJson(const QueryBenchmarkResult &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("title"), b.title},
            {QStringLiteral("sql"), b.sql},
            {QStringLiteral("parameters"), strings(b.parameters)},
            {QStringLiteral("clientMs"), statsJson(b.client)},
            {QStringLiteral("serverMs"), statsJson(b.server)},
            {QStringLiteral("budgetMs"), b.budgetMs},
            {QStringLiteral("critical"), b.critical},
            {QStringLiteral("expectedIndexes"), strings(b.expectedIndexes)},
            {QStringLiteral("usedIndexes"), strings(b.usedIndexes)},
            {QStringLiteral("plan"), b.planExcerpt},
            {QStringLiteral("error"), b.error},
            {QStringLiteral("emptyParameters"), strings(b.emptyParameters)}};
}

QueryBenchmarkResult benchmarkOf(const QJsonObject &o)
{
    return {str(o, "id"),
            str(o, "title"),
            str(o, "sql"),
            stringsOf(o, "parameters"),
            statsOf(o.value(QLatin1String("clientMs")).toObject()),
            statsOf(o.value(QLatin1String("serverMs")).toObject()),
            num(o, "budgetMs"),
            o.value(QLatin1String("critical")).toBool(),
            stringsOf(o, "expectedIndexes"),
            stringsOf(o, "usedIndexes"),
            str(o, "plan"),
            str(o, "error"),
            stringsOf(o, "emptyParameters")};
}

QJsonObject rowCountsJson(const RowCountRun &r)
{
    QJsonArray tables;
    for (const TableRowCount &t : r.tables)
        tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                  {QStringLiteral("before"), t.before},
                                  {QStringLiteral("after"), t.after}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("fromVersion"), r.fromVersion},
            {QStringLiteral("toVersion"), r.toVersion},
            {QStringLiteral("startedAt"), time(r.startedAt)},
            {QStringLiteral("finishedAt"), time(r.finishedAt)},
            {QStringLiteral("success"), r.success},
            {QStringLiteral("operator"), r.operatorName},
            {QStringLiteral("tables"), tables}};
}

RowCountRun rowCountsOf(const QJsonObject &o)
{
    RowCountRun r{int64(o, "id"),
                  str(o, "action"),
                  str(o, "fromVersion"),
                  str(o, "toVersion"),
                  timeOf(o, "startedAt"),
                  timeOf(o, "finishedAt"),
                  o.value(QLatin1String("success")).toBool(),
                  str(o, "operator"),
                  {}};
    for (const QJsonValue &v : o.value(QLatin1String("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        r.tables << TableRowCount{str(t, "table"), int64(t, "before"), int64(t, "after")};
    }
    return r;
}

QJsonObject migrationJson(const ReportMigration &m)
{
    return {{QStringLiteral("version"), m.version},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("execution"), m.execution},
            {QStringLiteral("appliedAt"), time(m.appliedAt)},
            {QStringLiteral("durationMs"), m.durationMs},
            {QStringLiteral("appliedBy"), m.appliedBy}};
}

ReportMigration migrationOf(const QJsonObject &o)
{
    return {str(o, "version"),      str(o, "title"),        str(o, "state"),    str(o, "execution"),
            timeOf(o, "appliedAt"), int64(o, "durationMs"), str(o, "appliedBy")};
}

}  // namespace

QJsonObject ReportJson::toJson(const ValidationReport &r)
{
    QJsonArray checks, benchmarks, migrations;
    for (const CheckResult &c : r.result.checks)
        checks.append(checkJson(c));
    for (const QueryBenchmarkResult &b : r.result.benchmarks)
        benchmarks.append(benchmarkJson(b));
    for (const ReportMigration &m : r.migrations)
        migrations.append(migrationJson(m));
    QJsonObject json{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("language"), r.language},
        {QStringLiteral("generatedAt"), time(r.generatedAt)},
        {QStringLiteral("database"), r.database},
        {QStringLiteral("target"), r.target},
        {QStringLiteral("serverVersion"), r.serverVersion},
        {QStringLiteral("profile"), r.profileName},
        {QStringLiteral("environment"), r.environment},
        {QStringLiteral("migrationVersion"), r.migrationVersion},
        {QStringLiteral("headVersion"), r.headVersion},
        {QStringLiteral("operator"), r.operatorName},
        {QStringLiteral("appVersion"), r.appVersion},
        {QStringLiteral("planFile"), r.planFile},
        {QStringLiteral("verdict"), r.passed() ? QStringLiteral("pass") : QStringLiteral("fail")},
        {QStringLiteral("startedAt"), time(r.result.startedAt)},
        {QStringLiteral("durationMs"), r.result.durationMs},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("pass"), r.result.count(CheckStatus::Pass)},
                     {QStringLiteral("warning"), r.result.count(CheckStatus::Warning)},
                     {QStringLiteral("fail"), r.result.count(CheckStatus::Fail)}}},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("benchmarks"), benchmarks},
        {QStringLiteral("migrations"), migrations}};
    if (r.result.rowCounts)
        json.insert(QStringLiteral("rowCounts"), rowCountsJson(*r.result.rowCounts));
    return json;
}

QByteArray ReportJson::toBytes(const ValidationReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

Outcome<ValidationReport> ReportJson::fromJson(const QJsonObject &o)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    if (str(o, "format") != formatName()
        || o.value(QLatin1String("formatVersion")).toInt() != formatVersion) {
        error.message =
            tr("This is not a validation report of format version %1.").arg(formatVersion);
        return error;
    }
    ValidationReport r;
    r.language = str(o, "language");
    r.generatedAt = timeOf(o, "generatedAt");
    r.database = str(o, "database");
    r.target = str(o, "target");
    r.serverVersion = str(o, "serverVersion");
    r.profileName = str(o, "profile");
    r.environment = str(o, "environment");
    r.migrationVersion = str(o, "migrationVersion");
    r.headVersion = str(o, "headVersion");
    r.operatorName = str(o, "operator");
    r.appVersion = str(o, "appVersion");
    r.planFile = str(o, "planFile");
    r.result.startedAt = timeOf(o, "startedAt");
    r.result.durationMs = int64(o, "durationMs");
    for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray()) {
        const auto check = checkOf(v.toObject());
        if (!check) {
            error.message = tr("The report has a check with an unknown family or status: %1.")
                                .arg(str(v.toObject(), "id"));
            return error;
        }
        r.result.checks << *check;
    }
    for (const QJsonValue &v : o.value(QLatin1String("benchmarks")).toArray())
        r.result.benchmarks << benchmarkOf(v.toObject());
    if (o.contains(QLatin1String("rowCounts")))
        r.result.rowCounts = rowCountsOf(o.value(QLatin1String("rowCounts")).toObject());
    for (const QJsonValue &v : o.value(QLatin1String("migrations")).toArray())
        r.migrations << migrationOf(v.toObject());
    return r;
}

Outcome<ValidationReport> ReportJson::fromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = tr("The report is not valid JSON: %1.").arg(parseError.errorString());
        return error;
    }
    return fromJson(document.object());
}

}  // namespace mathakine
