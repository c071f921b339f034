#pragma once
// The JSON envelope every /api/v1 response uses: {success:true, data} or {success:false, error:{code, message}}.
// The server builds it, the desktop client reads it; both through this one class so they cannot drift apart.

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ckx {

class ApiEnvelope
{
public:
    /// {success:true, data:<data>}
    static QJsonObject success(const QJsonValue &data);
    /// {success:false, error:{code, message[, details]}}
    static QJsonObject failure(const QString &code, const QString &message, const QJsonObject &details = {});

    /// Client side: the `data` of a success envelope, or the server's error (code + message) for a failure.
    /// `httpStatus` is used in the message when the body is not an envelope at all (a proxy's HTML page, say).
    static Result<QJsonValue> parse(const QByteArray &body, int httpStatus);
};

} // namespace ckx
