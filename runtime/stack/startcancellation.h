#pragma once
// Cancel for one exam start, pressed on the UI thread while the start blocks a worker thread. Cancelling aborts
// the Docker calls in flight (DockerClient::cancelTransfers on the start's own client) and the readiness waits, so
// the start returns within about a second; the runtime then removes what had been created.

#include "runtime/docker/dockerclient.h"

#include <atomic>
#include <mutex>
#include <optional>

namespace ckx {

class StartCancellation
{
public:
    /// Thread-safe; idempotent.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    /// The client whose transfers cancel() aborts. A cancelled client refuses every later call, so the start
    /// watches a client of its own, never the one it tears down with.
    void watch(const DockerClient &client);

private:
    std::atomic_bool m_cancelled{false};
    std::mutex m_mutex;
    std::optional<DockerClient> m_client;
};

} // namespace ckx
