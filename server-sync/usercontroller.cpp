#include "server-sync/usercontroller.h"

#include "core/api/types.h"
#include "server-sync/serverstore.h"

namespace ckx::server {

UserController::UserController(const ServerContext &context, ServerStore &store) : m_ctx(context), m_store(store) {}

void UserController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me"), [this](const ApiRequest &r) { return me(r); });
}

ApiResponse UserController::me(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    auto row = m_store.selectOne(QStringLiteral("SELECT id, email, display_name, created_at FROM users WHERE id = ?"), {*user});
    if (!row)
        return storeFailure(row.error(), request);
    if (!row->has_value())
        return ApiResponse::error(404, QStringLiteral("user.not_found"), QStringLiteral("the account of this token no longer exists"));
    const auto &r = **row;
    return ApiResponse::ok(api::UserProfile{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toLongLong()}.toJson());
}

} // namespace ckx::server
