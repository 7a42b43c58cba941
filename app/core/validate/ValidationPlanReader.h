#pragma once

#include "common/Outcome.h"
#include "validate/ValidationPlan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mathakine {

// Reads the validation plan (JSON, hand-edited by the staff). Strict: an unknown key, a
// missing field or a wrong type is an error naming its place ("queries[2].sql"), so a typo
// never silently drops a check.
class ValidationPlanReader {
    Q_DECLARE_TR_FUNCTIONS(ValidationPlanReader)

public:
    static constexpr int formatVersion = 1;
    static QString defaultFileName() { return QStringLiteral("validation-plan.json"); }

    static Outcome<ValidationPlan> load(const QString &path);
    static Outcome<ValidationPlan> parse(const QByteArray &json, const QString &path);

private:
    explicit ValidationPlanReader(QString path) : m_path(std::move(path)) {}
    void readRoot(const QJsonObject &root, ValidationPlan &plan);
    void readBudgets(const QJsonObject &object, ValidationBudgets &budgets);
    void readRequired(const QJsonObject &object, const QString &where, ValidationPlan &plan);
    SmokeTest readSmokeTest(const QJsonObject &object, const QString &where);
    BenchmarkQuery readQuery(const QJsonObject &object, const QString &where);
    void checkKeys(const QJsonObject &object, const QString &where, const QStringList &known);
    QString text(const QJsonObject &object, const QString &key, const QString &where,
                 bool required);
    QString sqlText(const QJsonObject &object, const QString &where);
    QStringList names(const QJsonObject &object, const QString &key, const QString &where);
    Severity severity(const QJsonObject &object, const QString &where, Severity fallback);
    double number(const QJsonObject &object, const QString &key, const QString &where,
                  double fallback);
    void fail(const QString &where, const QString &message);

    QString m_path;
    QStringList m_errors;
};

}  // namespace mathakine
