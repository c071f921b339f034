#include "server-sync/authcontroller.h"

#include "core/api/types.h"
#include "server-sync/cryptoprimitives.h"
#include "server-sync/jsonlog.h"
#include "server-sync/serverstore.h"

#include <QFuture>
#include <QRegularExpression>

namespace ckx::server {

namespace {

ApiResponse busy()
{
    return ApiResponse::error(503, QStringLiteral("auth.busy"),
                              QStringLiteral("too many sign-ins are being processed right now; retry in a few seconds"))
        .withHeader("Retry-After", "2");
}

Result<QString> normalisedEmail(const QJsonObject &body)
{
    auto email = api::requireString(body, QStringLiteral("email"), 254);
    if (!email)
        return email.error();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString e = email->trimmed().toLower();
    if (!shape.match(e).hasMatch())
        return makeError(QStringLiteral("api.field"), QStringLiteral("field \"email\": expected an email address"));
    return e;
}

Result<QString> password(const QJsonObject &body, bool forNewAccount)
{
    const QJsonValue v = body.value(QStringLiteral("password"));
    if (!v.isString())
        return makeError(QStringLiteral("api.field"), QStringLiteral("field \"password\": expected a string"));
    const QString pw = v.toString();
    if (pw.size() > 1024)
        return makeError(QStringLiteral("api.field"), QStringLiteral("field \"password\": at most 1024 characters"));
    if (forNewAccount && pw.size() < 8)
        return makeError(QStringLiteral("api.field"), QStringLiteral("field \"password\": at least 8 characters"));
    if (pw.isEmpty())
        return makeError(QStringLiteral("api.field"), QStringLiteral("field \"password\": must not be empty"));
    return pw;
}

} // namespace

AuthController::AuthController(const ServerContext &context, ServerStore &store, QObject *threadContext)
    : m_ctx(context), m_store(store), m_thread(threadContext)
{
}

void AuthController::registerRoutes(ApiServer &server)
{
    server.routeAsync(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/register"),
                      [this](const ApiRequest &r, ApiResponder a) { registerUser(r, std::move(a)); });
    server.routeAsync(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"),
                      [this](const ApiRequest &r, ApiResponder a) { login(r, std::move(a)); });
    server.route(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/refresh"), [this](const ApiRequest &r) { return refresh(r); });
    server.route(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), [this](const ApiRequest &r) { return logout(r); });
}

Result<api::AuthTokens> AuthController::issueTokens(const QString &userId, const QString &familyId)
{
    const qint64 now = ServerContext::now();
    api::AuthTokens t;
    t.refreshToken = CryptoPrimitives::randomToken(32);
    t.refreshExpiresAt = now + m_ctx.config.refreshTokenSecs;
    t.accessToken = m_ctx.tokens->issue(userId, familyId, now);
    t.accessExpiresAt = now + m_ctx.tokens->lifetimeSecs();
    auto r = m_store.execute(QStringLiteral("INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, created_at, "
                                            "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {CryptoPrimitives::uuid(), userId, familyId,
                              CryptoPrimitives::sha256Hex(t.refreshToken.toLatin1()), now, t.refreshExpiresAt});
    if (!r)
        return r.error();
    return t;
}

void AuthController::registerUser(const ApiRequest &request, ApiResponder responder)
{
    auto body = request.jsonObject();
    if (!body)
        return responder.send(badRequest(body.error()));
    auto email = normalisedEmail(*body);
    if (!email)
        return responder.send(badRequest(email.error()));
    auto pw = password(*body, true);
    if (!pw)
        return responder.send(badRequest(pw.error()));
    const QJsonValue nameValue = body->value(QStringLiteral("displayName"));
    if (!nameValue.isUndefined() && !nameValue.isNull() && (!nameValue.isString() || nameValue.toString().size() > 100))
        return responder.send(badRequest(makeError(QStringLiteral("api.field"),
                                                   QStringLiteral("field \"displayName\": expected a string of at most 100 characters"))));
    auto existing = m_store.selectOne(QStringLiteral("SELECT id FROM users WHERE email = ?"), {*email});
    if (!existing)
        return responder.send(storeFailure(existing.error(), request));
    if (existing->has_value())
        return responder.send(ApiResponse::error(409, QStringLiteral("auth.email_taken"),
                                                 QStringLiteral("an account with this email already exists; log in instead")));
    auto hashing = m_ctx.hasher->hash(*pw);
    if (!hashing)
        return responder.send(busy());
    const QString displayName = nameValue.toString();
    hashing->then(m_thread, [this, request, responder, email = *email, displayName](const QString &hash) {
        if (hash.isEmpty())
            return responder.send(ApiResponse::error(500, QStringLiteral("auth.hash"), QStringLiteral("password hashing failed")));
        const QString userId = CryptoPrimitives::uuid();
        const qint64 now = ServerContext::now();
        auto inserted = m_store.select(QStringLiteral("INSERT INTO users (id, email, display_name, password_hash, created_at) "
                                                      "VALUES (?, ?, COALESCE(?, ''), ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
                                       {userId, email, displayName, hash, now});
        if (!inserted)
            return responder.send(storeFailure(inserted.error(), request));
        if (inserted->isEmpty())
            return responder.send(ApiResponse::error(409, QStringLiteral("auth.email_taken"),
                                                     QStringLiteral("an account with this email already exists; log in instead")));
        auto tokens = issueTokens(userId, CryptoPrimitives::uuid());
        if (!tokens)
            return responder.send(storeFailure(tokens.error(), request));
        QJsonObject data = tokens->toJson();
        data.insert(QStringLiteral("user"), api::UserProfile{userId, email, displayName, now}.toJson());
        responder.send(ApiResponse::ok(data, 201));
    });
}

Result<qint64> AuthController::loginBlockedFor(const QString &email, const QString &address)
{
    const qint64 now = ServerContext::now();
    const qint64 since = now - m_ctx.config.loginFailureWindowSecs;
    qint64 wait = 0;
    for (const auto &[scope, subject] : {std::pair{QStringLiteral("account"), email}, std::pair{QStringLiteral("address"), address}}) {
        auto rows = m_store.selectOne(QStringLiteral("SELECT COUNT(*), MIN(at) FROM login_failures WHERE scope = ? AND "
                                                     "subject = ? AND at > ?"),
                                      {scope, subject, since});
        if (!rows)
            return rows.error();
        const auto &row = **rows;
        if (row.at(0).toLongLong() >= m_ctx.config.loginFailureLimit)
            wait = qMax(wait, row.at(1).toLongLong() + m_ctx.config.loginFailureWindowSecs - now + 1);
    }
    return wait;
}

void AuthController::recordLoginFailure(const QString &email, const QString &address)
{
    const qint64 now = ServerContext::now();
    for (const auto &[scope, subject] : {std::pair{QStringLiteral("account"), email}, std::pair{QStringLiteral("address"), address}}) {
        auto r = m_store.execute(QStringLiteral("INSERT INTO login_failures (scope, subject, at) VALUES (?, ?, ?)"),
                                 {scope, subject, now});
        if (!r)
            qCWarning(lcSecurity, "could not record a login failure: %s", qUtf8Printable(r.error().message));
    }
    auto purge = m_store.execute(QStringLiteral("DELETE FROM login_failures WHERE at < ?"),
                                 {now - 2 * m_ctx.config.loginFailureWindowSecs});
    Q_UNUSED(purge);
}

void AuthController::login(const ApiRequest &request, ApiResponder responder)
{
    auto body = request.jsonObject();
    if (!body)
        return responder.send(badRequest(body.error()));
    auto email = normalisedEmail(*body);
    if (!email)
        return responder.send(badRequest(email.error()));
    auto pw = password(*body, false);
    if (!pw)
        return responder.send(badRequest(pw.error()));
    auto blocked = loginBlockedFor(*email, request.remoteAddress);
    if (!blocked)
        return responder.send(storeFailure(blocked.error(), request));
    if (*blocked > 0) {
        JsonLog::event("ckx.server.security", "warning", QStringLiteral("login rate limit"),
                       {{QStringLiteral("remote"), request.remoteAddress}, {QStringLiteral("requestId"), request.requestId}});
        return responder.send(ApiResponse::error(429, QStringLiteral("auth.rate_limited"),
                                                 QStringLiteral("too many failed logins for this account or address; "
                                                                "try again in %1 seconds")
                                                     .arg(*blocked))
                                  .withHeader("Retry-After", QByteArray::number(*blocked)));
    }
    auto user = m_store.selectOne(QStringLiteral("SELECT id, password_hash, display_name, created_at FROM users WHERE email = ?"),
                                  {*email});
    if (!user)
        return responder.send(storeFailure(user.error(), request));
    const bool known = user->has_value();
    const QString hash = known ? (**user).at(1).toString() : m_ctx.dummyPasswordHash;
    auto verifying = m_ctx.hasher->verify(hash, *pw);
    if (!verifying)
        return responder.send(busy());
    const auto row = known ? **user : ServerStore::Row{};
    verifying->then(m_thread, [this, request, responder, email = *email, known, row](bool match) {
        if (!match || !known) {
            recordLoginFailure(email, request.remoteAddress);
            return responder.send(ApiResponse::error(401, QStringLiteral("auth.invalid_credentials"),
                                                     QStringLiteral("the email or password is wrong")));
        }
        const QString userId = row.at(0).toString();
        auto tokens = issueTokens(userId, CryptoPrimitives::uuid());
        if (!tokens)
            return responder.send(storeFailure(tokens.error(), request));
        QJsonObject data = tokens->toJson();
        data.insert(QStringLiteral("user"),
                    api::UserProfile{userId, email, row.at(2).toString(), row.at(3).toLongLong()}.toJson());
        responder.send(ApiResponse::ok(data));
    });
}

ApiResponse AuthController::refresh(const ApiRequest &request)
{
    auto body = request.jsonObject();
    if (!body)
        return badRequest(body.error());
    auto token = api::requireString(*body, QStringLiteral("refreshToken"), 256);
    if (!token)
        return badRequest(token.error());
    const QString tokenHash = CryptoPrimitives::sha256Hex(token->toLatin1());
    auto row = m_store.selectOne(QStringLiteral("SELECT id, user_id, family_id, expires_at, rotated_at, revoked_at FROM "
                                                "refresh_tokens WHERE token_hash = ?"),
                                 {tokenHash});
    if (!row)
        return storeFailure(row.error(), request);
    const auto invalid = [] {
        return ApiResponse::error(401, QStringLiteral("auth.refresh_invalid"),
                                  QStringLiteral("the refresh token is not valid; log in again"));
    };
    if (!row->has_value())
        return invalid();
    const auto &r = **row;
    const QString id = r.at(0).toString();
    const QString userId = r.at(1).toString();
    const QString family = r.at(2).toString();
    const qint64 now = ServerContext::now();
    if (!r.at(5).isNull())
        return invalid();
    auto revokeFamily = [&] {
        auto revoked = m_store.execute(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND "
                                                      "revoked_at IS NULL"),
                                       {now, family});
        JsonLog::event("ckx.server.security", "warning", QStringLiteral("refresh token reuse: family revoked"),
                       {{QStringLiteral("user"), userId}, {QStringLiteral("family"), family},
                        {QStringLiteral("remote"), request.remoteAddress}});
        if (!revoked)
            return storeFailure(revoked.error(), request);
        m_ctx.revoked->add(family, now);
        return ApiResponse::error(401, QStringLiteral("auth.refresh_reused"),
                                  QStringLiteral("this refresh token was already used; every session of this login has "
                                                 "been signed out for safety, log in again"));
    };
    if (!r.at(4).isNull())
        return revokeFamily();
    if (r.at(3).toLongLong() <= now)
        return ApiResponse::error(401, QStringLiteral("auth.refresh_expired"),
                                  QStringLiteral("the refresh token has expired; log in again"));
    // Only one presenter of a token can win the rotation; a concurrent second one is treated as reuse.
    auto rotated = m_store.execute(QStringLiteral("UPDATE refresh_tokens SET rotated_at = ? WHERE id = ? AND rotated_at "
                                                  "IS NULL AND revoked_at IS NULL"),
                                   {now, id});
    if (!rotated)
        return storeFailure(rotated.error(), request);
    if (*rotated != 1)
        return revokeFamily();
    auto tokens = issueTokens(userId, family);
    if (!tokens)
        return storeFailure(tokens.error(), request);
    return ApiResponse::ok(tokens->toJson());
}

ApiResponse AuthController::logout(const ApiRequest &request)
{
    auto body = request.jsonObject();
    if (!body)
        return badRequest(body.error());
    auto token = api::requireString(*body, QStringLiteral("refreshToken"), 256);
    if (!token)
        return badRequest(token.error());
    auto row = m_store.selectOne(QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ?"),
                                 {CryptoPrimitives::sha256Hex(token->toLatin1())});
    if (!row)
        return storeFailure(row.error(), request);
    if (!row->has_value())
        return ApiResponse::ok(QJsonObject{{QStringLiteral("signedOut"), false}});
    const qint64 now = ServerContext::now();
    const QString family = (**row).at(0).toString();
    auto revoked = m_store.execute(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
                                   {now, family});
    if (!revoked)
        return storeFailure(revoked.error(), request);
    // The login's access tokens end now too, here at once and on the other instances at their next reload.
    m_ctx.revoked->add(family, now);
    return ApiResponse::ok(QJsonObject{{QStringLiteral("signedOut"), true}});
}

} // namespace ckx::server
