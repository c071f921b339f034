#include "server-sync/labcontroller.h"

#include "core/api/types.h"

#include <QJsonArray>

namespace ckx::server {

LabController::LabController(const ServerContext &context) : m_ctx(context)
{
    QJsonArray labs;
    for (const LabPack &pack : m_ctx.catalog.labs()) {
        labs.append(api::LabSummary{pack.info.id, pack.info.name, pack.info.track, pack.info.type, pack.info.isFree,
                                    pack.info.examDurationMinutes}
                        .toJson());
    }
    m_cached = ApiResponse::ok(labs).body;
}

void LabController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/labs"),
                 [this](const ApiRequest &) { return ApiResponse::raw(200, QByteArrayLiteral("application/json"), m_cached); });
}

} // namespace ckx::server
