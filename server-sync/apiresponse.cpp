#include "server-sync/apiresponse.h"

#include "core/api/envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ckx::server {

ApiResponse ApiResponse::ok(const QJsonValue &data, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(ApiEnvelope::success(data)).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(ApiEnvelope::failure(code, message, details)).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::fromError(const Error &e, int status)
{
    return error(status, e.code, e.message);
}

ApiResponse ApiResponse::raw(int status, QByteArray contentType, QByteArray body)
{
    ApiResponse r;
    r.status = status;
    r.contentType = std::move(contentType);
    r.body = std::move(body);
    return r;
}

ApiResponse &ApiResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace ckx::server
