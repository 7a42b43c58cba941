#include "connection/CancelToken.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"

#include <libpq-fe.h>
#include <QCoreApplication>

namespace mathakine {

CancelToken::~CancelToken()
{
    disarm();
}

void CancelToken::arm(const DatabaseSession &session)
{
    auto *conn = static_cast<PGconn *>(session.nativeHandle());
    std::lock_guard lock(m_mutex);
    if (m_handle)
        PQfreeCancel(m_handle);
    m_handle = conn ? PQgetCancel(conn) : nullptr;
}

void CancelToken::disarm()
{
    std::lock_guard lock(m_mutex);
    if (m_handle)
        PQfreeCancel(m_handle);
    m_handle = nullptr;
}

void CancelToken::cancel()
{
    m_canceled = true;
    std::lock_guard lock(m_mutex);
    if (m_handle) {
        char message[256] = {};
        // PQcancel is made to be called from another thread than the connection's.
        PQcancel(m_handle, message, sizeof(message));
    }
    log::warn(QCoreApplication::translate("Journal", "cancel requested"));
}

} // namespace mathakine
