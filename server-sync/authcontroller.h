#pragma once
// POST /api/v1/auth/register | login | refresh | logout.
// Passwords: Argon2id off the HTTP thread (PasswordHasher). Refresh tokens: opaque, stored hashed, rotated on each
// use; a rotated token presented again revokes its whole family. Login failures are counted per account and per
// address in the database (so the limit holds across instances): at most 10 per 5 minutes, then 429.

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class ServerStore;

class AuthController
{
public:
    AuthController(const ServerContext &context, ServerStore &store, QObject *threadContext);
    void registerRoutes(ApiServer &server);

private:
    void registerUser(const ApiRequest &request, ApiResponder responder);
    void login(const ApiRequest &request, ApiResponder responder);
    ApiResponse refresh(const ApiRequest &request);
    ApiResponse logout(const ApiRequest &request);

    /// A new refresh token in `familyId` plus an access token.
    Result<api::AuthTokens> issueTokens(const QString &userId, const QString &familyId);
    /// Seconds until the caller may try again, or 0 when under the limit.
    Result<qint64> loginBlockedFor(const QString &email, const QString &address);
    void recordLoginFailure(const QString &email, const QString &address);

    const ServerContext &m_ctx;
    ServerStore &m_store;
    QObject *m_thread;
};

} // namespace ckx::server
