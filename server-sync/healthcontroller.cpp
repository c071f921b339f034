#include "server-sync/healthcontroller.h"

#include "core/version.h"
#include "server-sync/serverstore.h"

#include <QFile>
#include <QJsonObject>

namespace ckx::server {

HealthController::HealthController(const ServerContext &context, ServerStore &store, const std::atomic<bool> &draining)
    : m_ctx(context), m_store(store), m_draining(draining)
{
}

void HealthController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("GET"), QStringLiteral("/healthz"), [](const ApiRequest &) {
        return ApiResponse::ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("version"), ckx::version()}});
    });
    server.route(QStringLiteral("GET"), QStringLiteral("/readyz"), [this](const ApiRequest &) {
        if (m_draining.load())
            return ApiResponse::error(503, QStringLiteral("server.shutting_down"), QStringLiteral("the server is shutting down"));
        if (!m_store.ping())
            return ApiResponse::error(503, QStringLiteral("server.database"),
                                      QStringLiteral("the database (%1) does not answer").arg(m_store.describe()));
        return ApiResponse::ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                                           {QStringLiteral("labs"), m_ctx.catalog.labs().size()}});
    });
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/openapi.json"), [](const ApiRequest &) {
        static const QByteArray spec = [] {
            QFile f(QStringLiteral(":/ckx-server/openapi.yaml"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        if (spec.isEmpty())
            return ApiResponse::error(500, QStringLiteral("server.openapi"), QStringLiteral("the OpenAPI document is not built in"));
        return ApiResponse::raw(200, QByteArrayLiteral("application/json"), spec);
    });
}

} // namespace ckx::server
