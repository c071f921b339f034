#include "server-sync/examsessioncontroller.h"

#include "core/api/grant.h"
#include "server-sync/cryptoprimitives.h"
#include "server-sync/passcontroller.h"
#include "server-sync/serverstore.h"

namespace ckx::server {

namespace {
const QString kColumns = QStringLiteral("id, lab_id, status, started_at, expires_at, ended_at");

api::ExamSessionInfo fromRow(const ServerStore::Row &r)
{
    api::ExamSessionInfo s;
    s.id = r.at(0).toString();
    s.labId = r.at(1).toString();
    s.status = r.at(2).toString();
    s.startedAt = r.at(3).toLongLong();
    s.expiresAt = r.at(4).toLongLong();
    s.endedAt = r.at(5).toLongLong();
    return s;
}
} // namespace

ExamSessionController::ExamSessionController(const ServerContext &context, ServerStore &store)
    : m_ctx(context), m_store(store)
{
}

void ExamSessionController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("POST"), QStringLiteral("/api/v1/exam-sessions"), [this](const ApiRequest &r) { return create(r); });
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/exam-sessions/current"), [this](const ApiRequest &r) { return current(r); });
    server.route(QStringLiteral("POST"), QStringLiteral("/api/v1/exam-sessions/{id}/complete"),
                 [this](const ApiRequest &r) { return complete(r); });
    server.route(QStringLiteral("DELETE"), QStringLiteral("/api/v1/exam-sessions/{id}"), [this](const ApiRequest &r) { return terminate(r); });
}

Result<int> ExamSessionController::expireOverdue(ServerStore &store, const QString &userId, qint64 now)
{
    if (userId.isEmpty())
        return store.execute(QStringLiteral("UPDATE exam_sessions SET active = 0, status = 'expired', ended_at = expires_at "
                                            "WHERE active = 1 AND expires_at <= ?"),
                             {now});
    return store.execute(QStringLiteral("UPDATE exam_sessions SET active = 0, status = 'expired', ended_at = expires_at "
                                        "WHERE user_id = ? AND active = 1 AND expires_at <= ?"),
                         {userId, now});
}

Result<std::optional<api::ExamSessionInfo>> ExamSessionController::load(const QString &sql, const QVariantList &binds)
{
    auto row = m_store.selectOne(sql, binds);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<api::ExamSessionInfo>();
    return std::optional<api::ExamSessionInfo>(fromRow(**row));
}

Result<QString> ExamSessionController::grantFor(const QString &userId, const api::ExamSessionInfo &session) const
{
    ExamGrant g{userId, session.id, session.labId, ServerContext::now(), session.expiresAt};
    return ExamGrant::sign(g, m_ctx.keys.grantSecretKey);
}

ApiResponse ExamSessionController::create(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    auto body = request.jsonObject();
    if (!body)
        return badRequest(body.error());
    auto labId = api::requireString(*body, QStringLiteral("labId"), 200);
    if (!labId)
        return badRequest(labId.error());
    const LabPack *lab = m_ctx.catalog.find(*labId);
    if (!lab)
        return ApiResponse::error(404, QStringLiteral("lab.not_found"), QStringLiteral("there is no lab with id \"%1\" (see GET /api/v1/labs)").arg(*labId));
    const qint64 now = ServerContext::now();
    const bool free = lab->info.type == QStringLiteral("mock") && lab->info.isFree;
    if (!free) {
        auto pass = PassController::activePass(m_store, *user, now);
        if (!pass)
            return storeFailure(pass.error(), request);
        if (!pass->has_value())
            return ApiResponse::error(403, QStringLiteral("access.pass_required"),
                                      QStringLiteral("lab \"%1\" needs an active access pass: activate one you bought "
                                                     "(POST /api/v1/access/passes/{id}/activate) or buy one")
                                          .arg(lab->info.name));
    }
    if (auto r = expireOverdue(m_store, *user, now); !r)
        return storeFailure(r.error(), request);

    api::ExamSessionInfo s;
    s.id = CryptoPrimitives::uuid();
    s.labId = lab->info.id;
    s.status = QStringLiteral("active");
    s.startedAt = now;
    qint64 length = qint64(qMax(lab->info.examDurationMinutes, 1) + m_ctx.config.examGraceMinutes) * 60;
    if (m_ctx.examMaxSeconds > 0)
        length = qMin(length, m_ctx.examMaxSeconds);
    s.expiresAt = now + length;
    auto inserted = m_store.select(QStringLiteral("INSERT INTO exam_sessions (id, user_id, lab_id, status, active, started_at, "
                                                  "expires_at) VALUES (?, ?, ?, 'active', 1, ?, ?) ON CONFLICT DO NOTHING "
                                                  "RETURNING id"),
                                   {s.id, *user, s.labId, s.startedAt, s.expiresAt});
    if (!inserted)
        return storeFailure(inserted.error(), request);
    if (inserted->isEmpty()) {
        auto active = load(QStringLiteral("SELECT %1 FROM exam_sessions WHERE user_id = ? AND active = 1").arg(kColumns), {*user});
        if (!active)
            return storeFailure(active.error(), request);
        QJsonObject details;
        if (active->has_value())
            details.insert(QStringLiteral("activeSession"), (*active)->toJson());
        return ApiResponse::error(409, QStringLiteral("exam.already_active"),
                                  QStringLiteral("you already have an active exam session; complete or end it first"),
                                  details);
    }
    auto grant = grantFor(*user, s);
    if (!grant)
        return ApiResponse::fromError(grant.error(), 500);
    s.grant = *grant;
    return ApiResponse::ok(s.toJson(), 201);
}

ApiResponse ExamSessionController::current(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    if (auto r = expireOverdue(m_store, *user, ServerContext::now()); !r)
        return storeFailure(r.error(), request);
    auto active = load(QStringLiteral("SELECT %1 FROM exam_sessions WHERE user_id = ? AND active = 1").arg(kColumns), {*user});
    if (!active)
        return storeFailure(active.error(), request);
    if (!active->has_value())
        return ApiResponse::ok(QJsonValue::Null);
    api::ExamSessionInfo s = **active;
    auto grant = grantFor(*user, s);
    if (!grant)
        return ApiResponse::fromError(grant.error(), 500);
    s.grant = *grant;
    return ApiResponse::ok(s.toJson());
}

ApiResponse ExamSessionController::complete(const ApiRequest &request)
{
    return end(request, QStringLiteral("completed"), true);
}

ApiResponse ExamSessionController::terminate(const ApiRequest &request)
{
    // Ending an ended session is a no-op that reports how it ended.
    return end(request, QStringLiteral("terminated"), false);
}

ApiResponse ExamSessionController::end(const ApiRequest &request, const QString &status, bool conflictIfEndedOtherwise)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    const QString id = request.param(QStringLiteral("id"));
    const qint64 now = ServerContext::now();
    if (auto r = expireOverdue(m_store, *user, now); !r)
        return storeFailure(r.error(), request);
    auto updated = m_store.execute(QStringLiteral("UPDATE exam_sessions SET active = 0, status = ?, ended_at = ? "
                                                  "WHERE id = ? AND user_id = ? AND active = 1"),
                                   {status, now, id, *user});
    if (!updated)
        return storeFailure(updated.error(), request);
    auto s = load(QStringLiteral("SELECT %1 FROM exam_sessions WHERE id = ? AND user_id = ?").arg(kColumns), {id, *user});
    if (!s)
        return storeFailure(s.error(), request);
    if (!s->has_value())
        return ApiResponse::error(404, QStringLiteral("exam.not_found"), QStringLiteral("you have no exam session with id %1").arg(id));
    if (conflictIfEndedOtherwise && (*s)->status != status)
        return ApiResponse::error(409, QStringLiteral("exam.already_ended"),
                                  QStringLiteral("exam session %1 already ended as \"%2\"; it cannot be %3").arg(id, (*s)->status, status),
                                  QJsonObject{{QStringLiteral("session"), (*s)->toJson()}});
    return ApiResponse::ok((*s)->toJson());
}

} // namespace ckx::server
