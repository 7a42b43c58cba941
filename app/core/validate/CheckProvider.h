#pragma once

#include "common/Outcome.h"
#include "validate/ValidationResult.h"

namespace mathakine {

class DatabaseSession;

// A family of checks the Validator runs through this one interface, so a family that lives
// elsewhere (the schema diff of app/core/schema) plugs in without the validator knowing its
// internals. Called on the validator's thread with its session; must not keep the session.
class CheckProvider {
public:
    virtual ~CheckProvider() = default;
    virtual CheckFamily family() const = 0;
    virtual QString progressLabel() const = 0;  // translated: "Comparing the schema…"
    virtual Outcome<QList<CheckResult>> check(const DatabaseSession &session) = 0;
};

}  // namespace mathakine
