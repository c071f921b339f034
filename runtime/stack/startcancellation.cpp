#include "runtime/stack/startcancellation.h"

namespace ckx {

void StartCancellation::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_client)
        m_client->cancelTransfers();
}

void StartCancellation::watch(const DockerClient &client)
{
    std::lock_guard lock(m_mutex);
    m_client = client;
    if (m_cancelled)
        m_client->cancelTransfers(); // cancelled before the client existed: it starts out refusing
}

} // namespace ckx
