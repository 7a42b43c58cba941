#pragma once

#include <memory>

namespace mathakine {

class DatabaseSession;

// The one cancel of a piece of long work: a flag the loops check between statements plus a
// server-side cancel (PQcancel) of the statement in flight on the session that armed it.
// Created with the task (BackgroundTask, a CLI command) and handed to every job it runs;
// a copy shares the same flag and session, so a nested job given its caller's token is
// canceled with it (a clone's backup and restore, a validation's validator).
class CancelToken {
public:
    CancelToken();

    // From the working thread, before its statements: cancel() then interrupts this session
    // (the last session armed; disarm() when it closes). Armed after cancel(), the flag stands.
    void arm(const DatabaseSession &session);
    void disarm();
    // Safe from any thread, returns at once: sets the flag, then sends the server-side cancel
    // from a helper thread (PQcancel opens a network connection: never on the UI thread).
    void cancel();
    bool isCanceled() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

}  // namespace mathakine
