#pragma once
// GET /api/v1/users/me. (History and stats come from ResultController, which owns the results table.)

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class ServerStore;

class UserController
{
public:
    UserController(const ServerContext &context, ServerStore &store);
    void registerRoutes(ApiServer &server);

private:
    ApiResponse me(const ApiRequest &request);

    const ServerContext &m_ctx;
    ServerStore &m_store;
};

} // namespace ckx::server
