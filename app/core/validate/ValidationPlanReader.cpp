#include "validate/ValidationPlanReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mathakine {

namespace {
QString at(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

QString indexed(const QString &where, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(where).arg(i);
}
}  // namespace

Outcome<ValidationPlan> ValidationPlanReader::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.file = path;
        error.message = tr("Cannot read the validation plan %1.").arg(path);
        error.detail = file.errorString();
        error.hint = tr("Give another plan with --plan FILE, or restore migrations/%1.")
                         .arg(defaultFileName());
        return error;
    }
    return parse(file.readAll(), path);
}

Outcome<ValidationPlan> ValidationPlanReader::parse(const QByteArray &json, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.file = path;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        error.message =
            tr("The validation plan is not valid JSON: %1.").arg(parseError.errorString());
        return error;
    }
    ValidationPlanReader reader(path);
    ValidationPlan plan;
    plan.filePath = path;
    reader.readRoot(document.object(), plan);
    if (reader.m_errors.isEmpty())
        return plan;
    error.message = tr("The validation plan has %n error(s).", nullptr,
                       static_cast<int>(reader.m_errors.size()));
    error.detail = reader.m_errors.join(QLatin1Char('\n'));
    return error;
}

void ValidationPlanReader::readRoot(const QJsonObject &root, ValidationPlan &plan)
{
    checkKeys(root, {},
              {QStringLiteral("formatVersion"), QStringLiteral("description"),
               QStringLiteral("schema"), QStringLiteral("budgets"), QStringLiteral("benchmark"),
               QStringLiteral("required"), QStringLiteral("smokeTests"), QStringLiteral("queries"),
               QStringLiteral("rowCountChanges")});
    if (root.value(QLatin1String("formatVersion")).toInt() != formatVersion)
        fail(QStringLiteral("formatVersion"), tr("must be %1").arg(formatVersion));
    if (root.contains(QLatin1String("schema")))
        plan.schema = text(root, QStringLiteral("schema"), {}, true);
    readBudgets(root.value(QLatin1String("budgets")).toObject(), plan.budgets);

    const QJsonObject benchmark = root.value(QLatin1String("benchmark")).toObject();
    checkKeys(benchmark, QStringLiteral("benchmark"),
              {QStringLiteral("warmupRuns"), QStringLiteral("runs")});
    plan.warmupRuns = static_cast<int>(number(benchmark, QStringLiteral("warmupRuns"),
                                              QStringLiteral("benchmark"), plan.warmupRuns));
    plan.runs = static_cast<int>(
        number(benchmark, QStringLiteral("runs"), QStringLiteral("benchmark"), plan.runs));
    if (plan.runs < 1 || plan.warmupRuns < 0)
        fail(QStringLiteral("benchmark"), tr("runs must be at least 1 and warmupRuns at least 0"));

    const QJsonArray required = root.value(QLatin1String("required")).toArray();
    for (qsizetype i = 0; i < required.size(); ++i)
        readRequired(required.at(i).toObject(), indexed(QStringLiteral("required"), i), plan);

    QSet<QString> ids;
    const QJsonArray smoke = root.value(QLatin1String("smokeTests")).toArray();
    for (qsizetype i = 0; i < smoke.size(); ++i) {
        plan.smokeTests << readSmokeTest(smoke.at(i).toObject(),
                                         indexed(QStringLiteral("smokeTests"), i));
        if (ids.contains(plan.smokeTests.constLast().id))
            fail(indexed(QStringLiteral("smokeTests"), i),
                 tr("the id \"%1\" is used twice").arg(plan.smokeTests.constLast().id));
        ids.insert(plan.smokeTests.constLast().id);
    }
    const QJsonArray queries = root.value(QLatin1String("queries")).toArray();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        plan.queries << readQuery(queries.at(i).toObject(), indexed(QStringLiteral("queries"), i));
        if (ids.contains(plan.queries.constLast().id))
            fail(indexed(QStringLiteral("queries"), i),
                 tr("the id \"%1\" is used twice").arg(plan.queries.constLast().id));
        ids.insert(plan.queries.constLast().id);
    }
    const QJsonArray changes = root.value(QLatin1String("rowCountChanges")).toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString where = indexed(QStringLiteral("rowCountChanges"), i);
        const QJsonObject change = changes.at(i).toObject();
        checkKeys(change, where, {QStringLiteral("version"), QStringLiteral("tables")});
        plan.allowedRowChanges << AllowedRowChange{
            text(change, QStringLiteral("version"), where, true),
            names(change, QStringLiteral("tables"), where)};
    }
}

void ValidationPlanReader::readBudgets(const QJsonObject &object, ValidationBudgets &budgets)
{
    const QString where = QStringLiteral("budgets");
    checkKeys(object, where,
              {QStringLiteral("p95Ms"), QStringLiteral("validationSeconds"),
               QStringLiteral("validationSeverity"), QStringLiteral("migrationSeconds"),
               QStringLiteral("migrationSeverity"), QStringLiteral("migrationVersions"),
               QStringLiteral("migrationLabel")});
    budgets.p95Ms = number(object, QStringLiteral("p95Ms"), where, budgets.p95Ms);
    budgets.validationSeconds =
        number(object, QStringLiteral("validationSeconds"), where, budgets.validationSeconds);
    budgets.migrationSeconds =
        number(object, QStringLiteral("migrationSeconds"), where, budgets.migrationSeconds);
    QJsonObject validation{
        {QStringLiteral("severity"), object.value(QLatin1String("validationSeverity"))}};
    QJsonObject migration{
        {QStringLiteral("severity"), object.value(QLatin1String("migrationSeverity"))}};
    budgets.validationSeverity =
        severity(validation, at(where, QStringLiteral("validationSeverity")), Severity::Warning);
    budgets.migrationSeverity =
        severity(migration, at(where, QStringLiteral("migrationSeverity")), Severity::Critical);
    budgets.migrationVersions = names(object, QStringLiteral("migrationVersions"), where);
    budgets.migrationLabel = object.value(QLatin1String("migrationLabel")).toString();
}

void ValidationPlanReader::readRequired(const QJsonObject &object, const QString &where,
                                        ValidationPlan &plan)
{
    checkKeys(object, where,
              {QStringLiteral("table"), QStringLiteral("severity"), QStringLiteral("columns"),
               QStringLiteral("indexes")});
    const QString table = text(object, QStringLiteral("table"), where, true);
    const QStringList columns = names(object, QStringLiteral("columns"), where);
    const QStringList indexes = names(object, QStringLiteral("indexes"), where);
    const Severity level =
        severity(object, where, indexes.isEmpty() ? Severity::Critical : Severity::Warning);
    if (columns.isEmpty() && indexes.isEmpty())
        plan.tables << RequiredTable{table, level};
    for (const QString &column : columns)
        plan.columns << RequiredColumn{table, column, level};
    for (const QString &index : indexes)
        plan.indexes << RequiredIndex{table, index, level};
}

SmokeTest ValidationPlanReader::readSmokeTest(const QJsonObject &object, const QString &where)
{
    checkKeys(object, where,
              {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_en"),
               QStringLiteral("severity"), QStringLiteral("steps"), QStringLiteral("version")});
    SmokeTest test;
    test.version = text(object, QStringLiteral("version"), where, false);
    test.id = text(object, QStringLiteral("id"), where, true);
    test.title = text(object, QStringLiteral("title"), where, true);
    test.titleEn = text(object, QStringLiteral("title_en"), where, false);
    test.severity = severity(object, where, Severity::Critical);
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        fail(at(where, QStringLiteral("steps")), tr("needs at least one step"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString stepWhere = indexed(at(where, QStringLiteral("steps")), i);
        const QJsonObject step = steps.at(i).toObject();
        checkKeys(step, stepWhere,
                  {QStringLiteral("sql"), QStringLiteral("capture"), QStringLiteral("expectError"),
                   QStringLiteral("expectValue")});
        SmokeStep s{sqlText(step, stepWhere),
                    text(step, QStringLiteral("capture"), stepWhere, false),
                    text(step, QStringLiteral("expectError"), stepWhere, false), std::nullopt};
        const QJsonValue expected = step.value(QLatin1String("expectValue"));
        if (expected.isString())
            s.expectValue = expected.toString();
        else if (expected.isDouble())
            s.expectValue = QString::number(expected.toDouble(), 'g', 17);
        else if (expected.isBool())
            s.expectValue = expected.toBool() ? QStringLiteral("t") : QStringLiteral("f");
        else if (!expected.isUndefined())
            fail(at(stepWhere, QStringLiteral("expectValue")),
                 tr("must be a string, a number or a boolean"));
        test.steps << s;
    }
    return test;
}

BenchmarkQuery ValidationPlanReader::readQuery(const QJsonObject &object, const QString &where)
{
    checkKeys(object, where,
              {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_en"),
               QStringLiteral("sql"), QStringLiteral("parameters"),
               QStringLiteral("expectedIndexes"), QStringLiteral("p95Ms"),
               QStringLiteral("severity")});
    BenchmarkQuery query;
    query.id = text(object, QStringLiteral("id"), where, true);
    query.title = text(object, QStringLiteral("title"), where, true);
    query.titleEn = text(object, QStringLiteral("title_en"), where, false);
    query.sql = sqlText(object, where);
    const QJsonObject parameters = object.value(QLatin1String("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        QJsonObject holder{{QStringLiteral("sql"), it.value()}};
        query.parameters.append(
            {it.key(), sqlText(holder, at(at(where, QStringLiteral("parameters")), it.key()))});
    }
    query.expectedIndexes = names(object, QStringLiteral("expectedIndexes"), where);
    query.p95BudgetMs = number(object, QStringLiteral("p95Ms"), where, 0);
    query.severity = severity(object, where, Severity::Critical);
    return query;
}

void ValidationPlanReader::checkKeys(const QJsonObject &object, const QString &where,
                                     const QStringList &known)
{
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            fail(at(where, key),
                 tr("unknown key (known: %1)").arg(known.join(QLatin1String(", "))));
    }
}

QString ValidationPlanReader::text(const QJsonObject &object, const QString &key,
                                   const QString &where, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isString() && !value.toString().trimmed().isEmpty())
        return value.toString();
    if (required || !value.isUndefined())
        fail(at(where, key), tr("must be a non-empty string"));
    return {};
}

QString ValidationPlanReader::sqlText(const QJsonObject &object, const QString &where)
{
    // A long statement may be written as an array of lines.
    const QJsonValue value = object.value(QLatin1String("sql"));
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &line : value.toArray())
            lines << line.toString();
        if (!lines.join(QString()).trimmed().isEmpty())
            return lines.join(QLatin1Char('\n'));
    } else if (value.isString() && !value.toString().trimmed().isEmpty()) {
        return value.toString();
    }
    fail(at(where, QStringLiteral("sql")),
         tr("must be a statement (a string or an array of lines)"));
    return {};
}

QStringList ValidationPlanReader::names(const QJsonObject &object, const QString &key,
                                        const QString &where)
{
    const QJsonValue value = object.value(key);
    QStringList list;
    if (value.isUndefined())
        return list;
    if (!value.isArray())
        fail(at(where, key), tr("must be an array of names"));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            fail(at(where, key), tr("must be an array of names"));
        else
            list << item.toString();
    }
    return list;
}

Severity ValidationPlanReader::severity(const QJsonObject &object, const QString &where,
                                        Severity fallback)
{
    const QJsonValue value = object.value(QLatin1String("severity"));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.toString() == QLatin1String("critical"))
        return Severity::Critical;
    if (value.toString() == QLatin1String("warning"))
        return Severity::Warning;
    fail(where.endsWith(QLatin1String("Severity")) ? where : at(where, QStringLiteral("severity")),
         tr("must be \"critical\" or \"warning\""));
    return fallback;
}

double ValidationPlanReader::number(const QJsonObject &object, const QString &key,
                                    const QString &where, double fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() < 0) {
        fail(at(where, key), tr("must be a positive number"));
        return fallback;
    }
    return value.toDouble();
}

void ValidationPlanReader::fail(const QString &where, const QString &message)
{
    m_errors << QStringLiteral("%1: %2").arg(where, message);
}

}  // namespace mathakine
