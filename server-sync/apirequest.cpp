#include "server-sync/apirequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ckx::server {

Result<QJsonObject> ApiRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        return makeError(QStringLiteral("request.body"), QStringLiteral("the request needs a JSON object body"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("request.json"),
                         QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return makeError(QStringLiteral("request.json"), QStringLiteral("the body must be a JSON object, not an array or value"));
    return doc.object();
}

} // namespace ckx::server
