#pragma once
// GET /api/v1/pass-types, GET access/status, GET access/passes, POST access/passes/{id}/activate.
// GET access/status is batched per event-loop turn (accessstatusbatch.h).
// A pass's time starts at activation; expiry is enforced by every read (expires_at > now), not by a sweeper.

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

#include <memory>

namespace ckx::server {

class AccessStatusBatch;
class ServerStore;

class PassController
{
public:
    PassController(const ServerContext &context, ServerStore &store);
    ~PassController();
    void registerRoutes(ApiServer &server);

    /// The user's active, unexpired pass (id, expires_at), if any. Used by exam sessions too.
    static Result<std::optional<std::pair<QString, qint64>>> activePass(ServerStore &store, const QString &userId,
                                                                       qint64 now);

private:
    ApiResponse passTypes(const ApiRequest &request);
    /// Answered by the batch (see accessstatusbatch.h), after the worker's current event-loop turn.
    void status(const ApiRequest &request, ApiResponder responder);
    ApiResponse passes(const ApiRequest &request);
    ApiResponse activate(const ApiRequest &request);

    const ServerContext &m_ctx;
    ServerStore &m_store;
    std::unique_ptr<AccessStatusBatch> m_statusBatch;
};

} // namespace ckx::server
