#include "tst_validation_fixture.h"

#include "MigrationFixtures.h"
#include "TestServer.h"

#include "run/MigrationRun.h"
#include "validate/ValidationPlanReader.h"

#include <QCoreApplication>
#include <QHash>

using namespace mathakine;

namespace validationfixture {

SeedOptions smallSeed()
{
    SeedOptions options;
    options.users = 2000;
    options.exercises = 400;
    options.attempts = 20000;
    options.achievements = 40;
    options.notifications = 10000;
    options.sessions = 4000;
    return options;
}

ValidationPlan realPlan(int runs)
{
    auto plan = ValidationPlanReader::load(testsupport::realMigrationsDir()
                                           + QStringLiteral("/validation-plan.json"));
    if (!plan)
        qFatal("validation plan: %s", qPrintable(plan.error().fullText()));
    plan->runs = runs;
    plan->warmupRuns = 2;
    return plan.value();
}

QString templateDatabase(bool seeded)
{
    static QHash<bool, QString> made;
    if (made.contains(seeded))
        return made.value(seeded);
    const QString name = testsupport::createDatabase(seeded ? QStringLiteral("tmpl_seeded")
                                                            : QStringLiteral("tmpl_head"));
    MigrationRun runner(testsupport::spec(name), {});
    auto upgraded = runner.upgrade(testsupport::loadCatalog(testsupport::realMigrationsDir()), {});
    if (!upgraded)
        qFatal("template upgrade: %s", qPrintable(upgraded.error().fullText()));
    if (seeded) {
        auto filled = DataSeeder(testsupport::spec(name), smallSeed()).run();
        if (!filled)
            qFatal("template seed: %s", qPrintable(filled.error().fullText()));
    }
    made.insert(seeded, name);
    return name;
}

QString copyOf(const QString &templateName, const QString &prefix)
{
    const QString name = testsupport::createDatabase(prefix);
    testsupport::dropDatabase(name);
    QString error;
    if (!testsupport::exec(QStringLiteral("postgres"),
                           QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName),
                           &error))
        qFatal("copy of %s: %s", qPrintable(templateName), qPrintable(error));
    return name;
}

}  // namespace validationfixture
