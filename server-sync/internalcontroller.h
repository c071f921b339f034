#pragma once
// /internal/v1/*: service-to-service endpoints for the vendor's own tools (support, refunds), authenticated with
// InternalSignature. GET /internal/v1/users?email=, POST /internal/v1/passes {email, passTypeId, reason}.

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class ServerStore;

class InternalController
{
public:
    InternalController(const ServerContext &context, ServerStore &store);
    void registerRoutes(ApiServer &server);

private:
    /// Signature, window and nonce (recorded once in the database); an error response when any fails.
    std::optional<ApiResponse> refuse(const ApiRequest &request);
    ApiResponse findUser(const ApiRequest &request);
    ApiResponse grantPass(const ApiRequest &request);

    const ServerContext &m_ctx;
    ServerStore &m_store;
};

} // namespace ckx::server
