#include "server-sync/apiresponse.h"

#include "core/api/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ckx::server {

namespace {
ApiResponse withEnvelope(int status, QByteArray body)
{
    ApiResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}
} // namespace

ApiResponse ApiResponse::ok(const QJsonValue &data, int status)
{
    // Same bytes as ApiEnvelope::success(data), without copying data into a second object first.
    QByteArray json;
    if (data.isObject())
        json = QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    else if (data.isArray())
        json = QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact);
    else
        return withEnvelope(status, QJsonDocument(ApiEnvelope::success(data)).toJson(QJsonDocument::Compact));
    return withEnvelope(status, "{\"data\":" + json + ",\"success\":true}");
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
