#include "server-sync/keycontroller.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ckx::server {

KeyController::KeyController(const ServerContext &context) : m_ctx(context) {}

void KeyController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/keys"), [this](const ApiRequest &) {
        const QJsonObject key{{QStringLiteral("use"), QStringLiteral("exam-grant")},
                              {QStringLiteral("alg"), QStringLiteral("Ed25519")},
                              {QStringLiteral("keyId"), m_ctx.keys.grantKeyId},
                              {QStringLiteral("publicKey"), QString::fromLatin1(m_ctx.keys.grantPublicKey.toBase64())}};
        return ApiResponse::ok(QJsonObject{{QStringLiteral("keys"), QJsonArray{key}}});
    });
}

} // namespace ckx::server
