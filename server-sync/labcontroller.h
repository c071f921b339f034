#pragma once
// GET /api/v1/labs: the catalog the server loaded from the same lab packs the app bundles (core/labcatalog.h).

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class LabController
{
public:
    explicit LabController(const ServerContext &context);
    void registerRoutes(ApiServer &server);

private:
    const ServerContext &m_ctx;
    QByteArray m_cached; ///< the catalog never changes while the server runs
};

} // namespace ckx::server
