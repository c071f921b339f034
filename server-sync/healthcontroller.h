#pragma once
// GET /healthz (the process answers), GET /readyz (the database answers and the server is not draining),
// GET /api/v1/openapi.json (docs/api/openapi.yaml, which is written in YAML's JSON-compatible flow style so the
// same file is served as JSON).

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

#include <atomic>

namespace ckx::server {

class ServerStore;

class HealthController
{
public:
    HealthController(const ServerContext &context, ServerStore &store, const std::atomic<bool> &draining);
    void registerRoutes(ApiServer &server);

private:
    const ServerContext &m_ctx;
    ServerStore &m_store;
    const std::atomic<bool> &m_draining;
};

} // namespace ckx::server
