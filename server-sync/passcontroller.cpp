#include "server-sync/passcontroller.h"

#include "core/api/types.h"
#include "server-sync/accessstatusbatch.h"
#include "server-sync/serverstore.h"

#include <QJsonArray>

namespace ckx::server {

namespace {

api::AccessPass passFromRow(const ServerStore::Row &r, qint64 now)
{
    // id, pass_type_id, duration_seconds, status, purchased_at, activated_at, expires_at
    api::AccessPass p;
    p.id = r.at(0).toString();
    p.passTypeId = r.at(1).toString();
    p.durationSeconds = r.at(2).toLongLong();
    p.status = r.at(3).toString();
    p.purchasedAt = r.at(4).toLongLong();
    p.activatedAt = r.at(5).toLongLong();
    p.expiresAt = r.at(6).toLongLong();
    if (p.status == QStringLiteral("active") && p.expiresAt <= now)
        p.status = QStringLiteral("expired");
    p.remainingSeconds = p.status == QStringLiteral("active") ? p.expiresAt - now
                         : p.status == QStringLiteral("purchased") ? p.durationSeconds
                                                                   : 0;
    return p;
}

const QString kPassColumns = QStringLiteral("id, pass_type_id, duration_seconds, status, purchased_at, activated_at, expires_at");

} // namespace

PassController::PassController(const ServerContext &context, ServerStore &store) : m_ctx(context), m_store(store) {}

PassController::~PassController() = default;

void PassController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/pass-types"), [this](const ApiRequest &r) { return passTypes(r); });
    m_statusBatch = std::make_unique<AccessStatusBatch>(m_store, &server);
    server.routeAsync(QStringLiteral("GET"), QStringLiteral("/api/v1/access/status"),
                      [this](const ApiRequest &r, ApiResponder responder) { status(r, std::move(responder)); });
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/access/passes"), [this](const ApiRequest &r) { return passes(r); });
    server.route(QStringLiteral("POST"), QStringLiteral("/api/v1/access/passes/{id}/activate"),
                 [this](const ApiRequest &r) { return activate(r); });
}

Result<std::optional<std::pair<QString, qint64>>> PassController::activePass(ServerStore &store, const QString &userId,
                                                                             qint64 now)
{
    auto row = store.selectOne(QStringLiteral("SELECT id, expires_at FROM passes WHERE user_id = ? AND status = 'active' "
                                              "AND expires_at > ? ORDER BY expires_at DESC LIMIT 1"),
                               {userId, now});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<std::pair<QString, qint64>>();
    return std::optional<std::pair<QString, qint64>>(std::pair{(**row).at(0).toString(), (**row).at(1).toLongLong()});
}

ApiResponse PassController::passTypes(const ApiRequest &request)
{
    auto rows = m_store.select(QStringLiteral("SELECT id, name, duration_seconds, price_cents, currency FROM pass_types "
                                              "WHERE active = 1 ORDER BY duration_seconds"));
    if (!rows)
        return storeFailure(rows.error(), request);
    QJsonArray out;
    for (const auto &r : *rows)
        out.append(api::PassType{r.at(0).toString(), r.at(1).toString(), r.at(2).toLongLong(), r.at(3).toInt(),
                                 r.at(4).toString()}
                       .toJson());
    return ApiResponse::ok(out);
}

void PassController::status(const ApiRequest &request, ApiResponder responder)
{
    auto user = m_ctx.authenticate(request);
    if (!user) {
        responder.send(unauthorized(user.error()));
        return;
    }
    m_statusBatch->enqueue(*user, request.requestId, std::move(responder));
}

ApiResponse PassController::passes(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    const qint64 now = ServerContext::now();
    auto rows = m_store.select(QStringLiteral("SELECT %1 FROM passes WHERE user_id = ? ORDER BY purchased_at DESC").arg(kPassColumns),
                               {*user});
    if (!rows)
        return storeFailure(rows.error(), request);
    QJsonArray out;
    for (const auto &r : *rows)
        out.append(passFromRow(r, now).toJson());
    return ApiResponse::ok(out);
}

ApiResponse PassController::activate(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    const QString passId = request.param(QStringLiteral("id"));
    const qint64 now = ServerContext::now();
    auto row = m_store.selectOne(QStringLiteral("SELECT %1 FROM passes WHERE id = ? AND user_id = ?").arg(kPassColumns),
                                 {passId, *user});
    if (!row)
        return storeFailure(row.error(), request);
    if (!row->has_value())
        return ApiResponse::error(404, QStringLiteral("pass.not_found"), QStringLiteral("you have no pass with id %1").arg(passId));
    const api::AccessPass pass = passFromRow(**row, now);
    if (pass.status == QStringLiteral("active"))
        return ApiResponse::ok(pass.toJson()); // activating twice is harmless
    if (pass.status == QStringLiteral("expired"))
        return ApiResponse::error(409, QStringLiteral("pass.expired"), QStringLiteral("pass %1 has already been used up").arg(passId));
    auto other = activePass(m_store, *user, now);
    if (!other)
        return storeFailure(other.error(), request);
    if (other->has_value())
        return ApiResponse::error(409, QStringLiteral("pass.already_active"),
                                  QStringLiteral("another pass is active until %1; activate this one after it ends")
                                      .arg(QDateTime::fromSecsSinceEpoch((*other)->second, Qt::UTC).toString(Qt::ISODate)));
    auto updated = m_store.execute(QStringLiteral("UPDATE passes SET status = 'active', activated_at = ?, expires_at = ? + "
                                                  "duration_seconds WHERE id = ? AND status = 'purchased'"),
                                   {now, now, passId});
    if (!updated)
        return storeFailure(updated.error(), request);
    auto after = m_store.selectOne(QStringLiteral("SELECT %1 FROM passes WHERE id = ?").arg(kPassColumns), {passId});
    if (!after || !after->has_value())
        return storeFailure(after ? makeError(QStringLiteral("db"), QStringLiteral("pass vanished")) : after.error(), request);
    return ApiResponse::ok(passFromRow(**after, now).toJson());
}

} // namespace ckx::server
