#pragma once

// Private to MigrationRun's sources (MigrationRun.cpp, MigrationRunStamp.cpp).
#include "connection/DatabaseSession.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"
#include "migrate/MigrationStatus.h"
#include "run/MigrationRun.h"
#include "run/RunRecorder.h"

#include <memory>

namespace mathakine {

// The session that holds the migration lock, and what was read under it.
struct MigrationRun::Locked {
    std::unique_ptr<DatabaseSession> session;
    History history;
    MigrationStatus status;
    std::unique_ptr<RunRecorder> recorder;
    ~Locked()
    {
        if (session && session->database().isOpen())
            MigrationLock::release(*session);
    }
};

}  // namespace mathakine
