#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace mathakine::cli {

// While alive, Ctrl-C (SIGINT) and SIGTERM ask the running job to cancel instead of killing
// the process: the migration in progress rolls back and the maintenance flag is cleared.
// A second signal is left to the default action. The job's cancel runs on a watcher thread
// (not in the signal handler, where only async-signal-safe calls are allowed).
class InterruptGuard {
public:
    explicit InterruptGuard(std::function<void()> cancel);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    static bool interrupted();

private:
    std::function<void()> m_cancel;
    std::atomic_bool m_stop{false};
    std::thread m_watcher;
};

}  // namespace mathakine::cli
