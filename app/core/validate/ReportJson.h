#pragma once

#include "common/Outcome.h"
#include "validate/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mathakine {

// ValidationReport <-> JSON. Stable for scripts: keys in sorted order, ids instead of
// translated names for statuses and families, times in UTC ISO 8601 with milliseconds,
// an optional figure left out when unknown; fromJson(toJson(r)) == r.
class ReportJson {
    Q_DECLARE_TR_FUNCTIONS(ReportJson)

public:
    static constexpr int formatVersion = 1;
    static QString formatName() { return QStringLiteral("mathakine-admin/validation-report"); }

    static QJsonObject toJson(const ValidationReport &report);
    static QByteArray toBytes(const ValidationReport &report);
    static Outcome<ValidationReport> fromJson(const QJsonObject &json);
    static Outcome<ValidationReport> fromBytes(const QByteArray &bytes);
};

}  // namespace mathakine
