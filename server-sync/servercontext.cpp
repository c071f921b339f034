#include "server-sync/servercontext.h"

#include "server-sync/jsonlog.h"

#include <QDateTime>

namespace ckx::server {

qint64 ServerContext::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

Result<QString> ServerContext::authenticate(const ApiRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (header.isEmpty())
        return makeError(QStringLiteral("auth.missing"),
                         QStringLiteral("this endpoint needs \"Authorization: Bearer <access token>\" (log in first)"));
    if (!header.startsWith("Bearer ") || header.size() < 8)
        return makeError(QStringLiteral("auth.scheme"), QStringLiteral("the Authorization header must use the Bearer scheme"));
    auto claims = tokens->verify(header.mid(7).trimmed(), now());
    if (!claims)
        return claims.error();
    if (!claims->sessionId.isEmpty() && revoked && revoked->contains(claims->sessionId))
        return makeError(QStringLiteral("auth.revoked"),
                         QStringLiteral("this login was signed out (logout, or its refresh token was used twice); log in again"));
    return claims->userId;
}

ApiResponse unauthorized(const Error &error)
{
    return ApiResponse::error(401, error.code, error.message).withHeader("WWW-Authenticate", "Bearer realm=\"ckx\"");
}

ApiResponse storeFailure(const Error &error, const ApiRequest &request)
{
    qCCritical(lcServer, "request %s %s failed in the database: %s", qUtf8Printable(request.requestId),
               qUtf8Printable(request.path), qUtf8Printable(error.message));
    return ApiResponse::error(500, QStringLiteral("server.database"),
                              QStringLiteral("the database could not complete this request; retry later "
                                             "(request id %1)")
                                  .arg(request.requestId));
}

ApiResponse badRequest(const Error &error)
{
    return ApiResponse::error(400, error.code.isEmpty() ? QStringLiteral("request.invalid") : error.code, error.message);
}

} // namespace ckx::server
