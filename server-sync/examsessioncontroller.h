#pragma once
// POST /api/v1/exam-sessions, GET exam-sessions/current, POST exam-sessions/{id}/complete, DELETE exam-sessions/{id}.
// "One active exam per user" is the partial unique index exam_sessions_one_active: the INSERT either creates the
// session or does nothing (ON CONFLICT DO NOTHING), and then the caller gets 409 with the session that won.

#include "core/api/types.h"
#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class ServerStore;

class ExamSessionController
{
public:
    ExamSessionController(const ServerContext &context, ServerStore &store);
    void registerRoutes(ApiServer &server);

    /// Ends every session whose time is up (all users when userId is empty). Returns how many ended.
    static Result<int> expireOverdue(ServerStore &store, const QString &userId, qint64 now);

private:
    ApiResponse create(const ApiRequest &request);
    ApiResponse current(const ApiRequest &request);
    ApiResponse complete(const ApiRequest &request);
    ApiResponse terminate(const ApiRequest &request);
    /// Ends the caller's active session {id} as `status` ("completed" | "terminated"); idempotent. With
    /// `conflictIfEndedOtherwise`, a session that already ended another way is a 409 instead of a no-op.
    ApiResponse end(const ApiRequest &request, const QString &status, bool conflictIfEndedOtherwise);

    Result<std::optional<api::ExamSessionInfo>> load(const QString &sql, const QVariantList &binds);
    Result<QString> grantFor(const QString &userId, const api::ExamSessionInfo &session) const;

    const ServerContext &m_ctx;
    ServerStore &m_store;
};

} // namespace ckx::server
