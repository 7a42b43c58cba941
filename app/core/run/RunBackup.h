#pragma once

#include "common/Outcome.h"
#include "gate/ProductionGate.h"

#include <QCoreApplication>

#include <optional>

namespace mathakine {

// Which verified backup a run relies on, so that the history, the timeline and the report
// can show it and the window can offer to restore it (restore-production). A production
// run: the one the gate accepted; any run may name one (--backup FILE).
class RunBackup {
    Q_DECLARE_TR_FUNCTIONS(RunBackup)

public:
    // named: --backup FILE, else empty. catalogPath: the backup catalog (empty: the default).
    // profile: the database the run is on. Returns the backup's file as recorded, or empty
    // when there is none. Errors (exit 2): the named file is not a backup the catalog recorded
    // as verified, it changed since, or it is a backup of another database.
    static Outcome<QString> resolve(const QString &named, const QString &catalogPath,
                                    const std::optional<GateReport> &gate,
                                    const ConnectionProfile &profile);
};

}  // namespace mathakine
