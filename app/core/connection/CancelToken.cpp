#include "connection/CancelToken.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <libpq-fe.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace mathakine {

struct CancelToken::State {
    std::atomic_bool canceled{false};
    std::mutex mutex;
    // Shared with a helper thread in the middle of PQcancel: freed by the last owner.
    std::shared_ptr<pg_cancel> handle;  // guarded by mutex
};

CancelToken::CancelToken() : m_state(std::make_shared<State>())
{}

void CancelToken::arm(const DatabaseSession &session)
{
    auto *conn = static_cast<PGconn *>(session.nativeHandle());
    std::shared_ptr<pg_cancel> handle(conn ? PQgetCancel(conn) : nullptr, [](pg_cancel *h) {
        if (h)
            PQfreeCancel(h);
    });
    std::lock_guard lock(m_state->mutex);
    m_state->handle = std::move(handle);
}

void CancelToken::disarm()
{
    std::lock_guard lock(m_state->mutex);
    m_state->handle.reset();
}

void CancelToken::cancel()
{
    m_state->canceled = true;
    log::warn(QCoreApplication::translate("Journal", "cancel requested"));
    std::shared_ptr<pg_cancel> handle;
    {
        std::lock_guard lock(m_state->mutex);
        handle = m_state->handle;
    }
    if (!handle)
        return;
    // Detached: the thread owns its copy of the handle and ends when the server answered.
    std::thread([handle] {
        char message[256] = {};
        if (!PQcancel(handle.get(), message, sizeof(message)))
            log::warn(QCoreApplication::translate("Journal", "server-side cancel not sent: %1")
                          .arg(QString::fromUtf8(message)));
    }).detach();
}

bool CancelToken::isCanceled() const
{
    return m_state->canceled.load();
}

}  // namespace mathakine
