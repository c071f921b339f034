#pragma once
// PUT /api/v1/results/{attemptId} (idempotent upsert of an attempt, e.g. one graded offline), and the per-user
// history and stats built from the same table (GET users/me/history, users/me/stats).

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class ServerStore;

class ResultController
{
public:
    ResultController(const ServerContext &context, ServerStore &store);
    void registerRoutes(ApiServer &server);

private:
    ApiResponse put(const ApiRequest &request);
    ApiResponse history(const ApiRequest &request);
    ApiResponse stats(const ApiRequest &request);

    const ServerContext &m_ctx;
    ServerStore &m_store;
};

} // namespace ckx::server
