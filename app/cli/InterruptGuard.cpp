#include "InterruptGuard.h"

#include <chrono>
#include <csignal>

namespace mathakine::cli {

namespace {
volatile std::sig_atomic_t g_signal = 0;

extern "C" void onInterrupt(int signal)
{
    g_signal = signal;
    // The next one terminates as usual, should the cancel itself hang.
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
}  // namespace

InterruptGuard::InterruptGuard(std::function<void()> cancel) : m_cancel(std::move(cancel))
{
    g_signal = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_watcher = std::thread([this] {
        using namespace std::chrono_literals;
        while (!m_stop) {
            if (g_signal != 0) {
                m_cancel();
                return;
            }
            std::this_thread::sleep_for(50ms);
        }
    });
}

InterruptGuard::~InterruptGuard()
{
    m_stop = true;
    m_watcher.join();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool InterruptGuard::interrupted()
{
    return g_signal != 0;
}

}  // namespace mathakine::cli
