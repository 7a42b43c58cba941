#pragma once

#include "CliContext.h"

#include "run/StallGuard.h"

namespace mathakine::cli {

// What the CLI shows of the stall guard's samples (called from the guard's thread, so it
// writes whole lines to stderr under its own lock): with --json, one JSON object per line
// ({"event": "waiting", …}) so that stdout keeps its single document; with -v, the waiting
// sessions in text; otherwise nothing (the failure says who was blocked).
StallGuard::SampleHandler stallPrinter(const CliContext &context);

// The sample as JSON: version, migrationPid, sessions [{pid, user, application, since,
// waitedMs, lockMode, relation, query}].
QJsonObject stallSampleJson(const StallSample &sample);

}  // namespace mathakine::cli
