#include "server-sync/internalcontroller.h"

#include "core/api/types.h"
#include "server-sync/cryptoprimitives.h"
#include "server-sync/internalsignature.h"
#include "server-sync/jsonlog.h"
#include "server-sync/serverstore.h"

#include <QJsonArray>

namespace ckx::server {

InternalController::InternalController(const ServerContext &context, ServerStore &store) : m_ctx(context), m_store(store) {}

void InternalController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("GET"), QStringLiteral("/internal/v1/users"), [this](const ApiRequest &r) {
        if (auto no = refuse(r))
            return std::move(*no);
        return findUser(r);
    });
    server.route(QStringLiteral("POST"), QStringLiteral("/internal/v1/passes"), [this](const ApiRequest &r) {
        if (auto no = refuse(r))
            return std::move(*no);
        return grantPass(r);
    });
}

std::optional<ApiResponse> InternalController::refuse(const ApiRequest &request)
{
    if (m_ctx.config.hmacKeys.isEmpty())
        return ApiResponse::error(503, QStringLiteral("internal.not_configured"),
                                  QStringLiteral("the internal API is off on this server (CKX_HMAC_KEYS is not set)"));
    const qint64 now = ServerContext::now();
    auto verified = InternalSignature::verify(request, m_ctx.config.hmacKeys, now);
    auto logRefusal = [&](const QString &reason) {
        // Never the signature, the key or the body: only who, what and why.
        JsonLog::event("ckx.server.security", "warning", QStringLiteral("internal request refused"),
                       {{QStringLiteral("keyId"), QString::fromUtf8(request.header("x-ckx-key-id").left(64))},
                        {QStringLiteral("path"), request.path},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("remote"), request.remoteAddress},
                        {QStringLiteral("requestId"), request.requestId}});
    };
    if (!verified) {
        logRefusal(verified.error().message);
        return ApiResponse::error(401, verified.error().code, verified.error().message);
    }
    auto fresh = m_store.select(QStringLiteral("INSERT INTO hmac_nonces (key_id, nonce, seen_at) VALUES (?, ?, ?) "
                                               "ON CONFLICT DO NOTHING RETURNING nonce"),
                                {verified->keyId, verified->nonce, now});
    if (!fresh)
        return storeFailure(fresh.error(), request);
    if (fresh->isEmpty()) {
        logRefusal(QStringLiteral("nonce replayed"));
        return ApiResponse::error(401, QStringLiteral("internal.replay"),
                                  QStringLiteral("this nonce was already used: the request is a replay"));
    }
    return std::nullopt;
}

ApiResponse InternalController::findUser(const ApiRequest &request)
{
    const QString email = request.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed().toLower();
    if (email.isEmpty())
        return ApiResponse::error(400, QStringLiteral("request.query"), QStringLiteral("query parameter \"email\" is required"));
    auto row = m_store.selectOne(QStringLiteral("SELECT id, email, display_name, created_at FROM users WHERE email = ?"), {email});
    if (!row)
        return storeFailure(row.error(), request);
    if (!row->has_value())
        return ApiResponse::error(404, QStringLiteral("user.not_found"), QStringLiteral("no account with email %1").arg(email));
    const auto &r = **row;
    auto passes = m_store.select(QStringLiteral("SELECT id, pass_type_id, status, source FROM passes WHERE user_id = ?"), {r.at(0)});
    if (!passes)
        return storeFailure(passes.error(), request);
    QJsonArray list;
    for (const auto &p : *passes)
        list.append(QJsonObject{{QStringLiteral("id"), p.at(0).toString()},
                                {QStringLiteral("passTypeId"), p.at(1).toString()},
                                {QStringLiteral("status"), p.at(2).toString()},
                                {QStringLiteral("source"), p.at(3).toString()}});
    QJsonObject user = api::UserProfile{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toLongLong()}.toJson();
    user.insert(QStringLiteral("passes"), list);
    return ApiResponse::ok(user);
}

ApiResponse InternalController::grantPass(const ApiRequest &request)
{
    auto body = request.jsonObject();
    if (!body)
        return badRequest(body.error());
    auto email = api::requireString(*body, QStringLiteral("email"), 254);
    if (!email)
        return badRequest(email.error());
    auto passTypeId = api::requireString(*body, QStringLiteral("passTypeId"), 64);
    if (!passTypeId)
        return badRequest(passTypeId.error());
    auto reason = api::requireString(*body, QStringLiteral("reason"), 500);
    if (!reason)
        return badRequest(reason.error());
    auto user = m_store.selectOne(QStringLiteral("SELECT id FROM users WHERE email = ?"), {email->trimmed().toLower()});
    if (!user)
        return storeFailure(user.error(), request);
    if (!user->has_value())
        return ApiResponse::error(404, QStringLiteral("user.not_found"), QStringLiteral("no account with email %1").arg(*email));
    auto type = m_store.selectOne(QStringLiteral("SELECT duration_seconds FROM pass_types WHERE id = ?"), {*passTypeId});
    if (!type)
        return storeFailure(type.error(), request);
    if (!type->has_value())
        return ApiResponse::error(404, QStringLiteral("pass.type_not_found"), QStringLiteral("there is no pass type \"%1\"").arg(*passTypeId));
    const QString passId = CryptoPrimitives::uuid();
    const qint64 now = ServerContext::now();
    auto r = m_store.execute(QStringLiteral("INSERT INTO passes (id, user_id, pass_type_id, duration_seconds, status, purchased_at, "
                                            "source) VALUES (?, ?, ?, ?, 'purchased', ?, 'internal')"),
                             {passId, (**user).at(0), *passTypeId, (**type).at(0), now});
    if (!r)
        return storeFailure(r.error(), request);
    qCInfo(lcServer, "internal pass %s (%s) granted: %s", qUtf8Printable(passId), qUtf8Printable(*passTypeId), qUtf8Printable(*reason));
    return ApiResponse::ok(QJsonObject{{QStringLiteral("passId"), passId}, {QStringLiteral("passTypeId"), *passTypeId}}, 201);
}

} // namespace ckx::server
