#pragma once
// What every worker thread shares, read-only after start-up (the hasher is thread-safe): configuration, keys,
// the lab catalog, the Argon2 pool and the access-token codec.

#include "core/labcatalog.h"
#include "server-sync/accesstokencodec.h"
#include "server-sync/apirequest.h"
#include "server-sync/apiresponse.h"
#include "server-sync/passwordhasher.h"
#include "server-sync/revokedsessions.h"
#include "server-sync/serverconfig.h"
#include "server-sync/serverkeys.h"

#include <memory>

namespace ckx::server {

class ServerStore;

struct ServerContext
{
    ServerConfig config;
    ServerKeys keys;
    LabCatalog catalog;
    std::unique_ptr<PasswordHasher> hasher;
    std::unique_ptr<AccessTokenCodec> tokens;
    std::unique_ptr<RevokedSessions> revoked; ///< thread-safe; checked by authenticate()
    QString dummyPasswordHash; ///< verified against when an email is unknown, so timing does not reveal accounts
    qint64 examMaxSeconds = 0; ///< CKX_EXAM_MAX_SECONDS: upper bound of a session's length (0 = none)

    static qint64 now();

    /// The user id of the request's valid Bearer access token whose login has not been signed out.
    Result<QString> authenticate(const ApiRequest &request) const;
};

/// 401 with WWW-Authenticate for a failed authenticate().
ApiResponse unauthorized(const Error &error);
/// 500 for a database failure: the detail goes to the log, the client gets a plain message and the request id.
ApiResponse storeFailure(const Error &error, const ApiRequest &request);
/// 400 for a body that failed validation (bad JSON, wrong type, missing field), naming the field.
ApiResponse badRequest(const Error &error);

} // namespace ckx::server
