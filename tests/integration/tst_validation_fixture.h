#pragma once

#include "validate/DataSeeder.h"
#include "validate/ValidationPlan.h"

#include <QString>

// Shared by the validation, report and seed tests: a database migrated to head and seeded
// with a small data set, built once per test process and copied (CREATE DATABASE … TEMPLATE)
// for each test, so a test may break its copy freely.
namespace validationfixture {

// CI-sized volumes: enough rows for the planner to prefer the indexes, seconds to build.
mathakine::SeedOptions smallSeed();
// The real migrations/validation-plan.json with fewer timed runs.
mathakine::ValidationPlan realPlan(int runs = 10);
// A migrated (and, when seeded, seeded) template database; made on first use.
QString templateDatabase(bool seeded);
// A fresh copy of a template; returns its name.
QString copyOf(const QString &templateName, const QString &prefix);

}  // namespace validationfixture
