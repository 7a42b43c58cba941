#include "validate/ValidationPlan.h"

namespace mathakine {

namespace {
QString pick(const QString &french, const QString &english, const QString &language)
{
    return language == QLatin1String("en") && !english.isEmpty() ? english : french;
}
}  // namespace

QString SmokeTest::displayTitle(const QString &language) const
{
    return pick(title, titleEn, language);
}

QString BenchmarkQuery::displayTitle(const QString &language) const
{
    return pick(title, titleEn, language);
}

bool ValidationPlan::allowsRowChange(const QString &version, const QString &table) const
{
    for (const AllowedRowChange &allowed : allowedRowChanges) {
        if (allowed.version.toLongLong() == version.toLongLong() && allowed.tables.contains(table))
            return true;
    }
    return false;
}

}  // namespace mathakine
