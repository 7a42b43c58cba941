#pragma once

#include "connection/CancelToken.h"

class QThread;

namespace mathakine {

// The worker threads of the window's background tasks, so that quitting never leaves one
// running behind the application: when QCoreApplication is destroyed (a post routine, run
// before Qt SQL's own closes the connections those threads use), each running task is canceled —
// its statement canceled on the server — and its thread joined. Without it a task still
// reading a schema crashed inside the PostgreSQL driver at exit, and a canceled window left
// its statement running on the server.
namespace RunningWork {

// From the UI thread, once the thread is started: tracked until it finishes.
void add(QThread *thread, const CancelToken &cancel);
// Cancels every tracked task and waits up to timeoutMs in all for their threads.
// Returns how many were still running when the time ran out (0 when all ended).
int cancelAndWaitAll(int timeoutMs);

}  // namespace RunningWork

}  // namespace mathakine
