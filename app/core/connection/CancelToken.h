#pragma once

#include <atomic>
#include <mutex>

struct pg_cancel;

namespace mathakine {

class DatabaseSession;

// Cancel for long database work: a flag the loop checks between statements plus a
// server-side cancel (PQcancel) of the statement in flight on the armed session.
class CancelToken {
public:
    CancelToken() = default;
    ~CancelToken();
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    // From the working thread, before its statements: cancel() then interrupts this session.
    void arm(const DatabaseSession &session);
    void disarm();
    // Safe from any thread.
    void cancel();
    bool isCanceled() const { return m_canceled.load(); }

private:
    std::atomic_bool m_canceled{false};
    std::mutex m_mutex;
    pg_cancel *m_handle = nullptr;  // guarded by m_mutex
};

} // namespace mathakine
