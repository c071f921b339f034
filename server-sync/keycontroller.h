#pragma once
// GET /api/v1/keys: the Ed25519 public key that verifies exam grants (core/api/grant.h).

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class KeyController
{
public:
    explicit KeyController(const ServerContext &context);
    void registerRoutes(ApiServer &server);

private:
    const ServerContext &m_ctx;
};

} // namespace ckx::server
