#include "core/api/envelope.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ckx {

QJsonObject ApiEnvelope::success(const QJsonValue &data)
{
    return QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}};
}

QJsonObject ApiEnvelope::failure(const QString &code, const QString &message, const QJsonObject &details)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
}

Result<QJsonValue> ApiEnvelope::parse(const QByteArray &body, int httpStatus)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(QStringLiteral("api.envelope"),
                         QStringLiteral("the server answered HTTP %1 with a body that is not a JSON envelope "
                                        "(expected {success, data} or {success:false, error})")
                             .arg(httpStatus));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("success")).toBool())
        return root.value(QStringLiteral("data"));
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    QString code = error.value(QStringLiteral("code")).toString();
    QString message = error.value(QStringLiteral("message")).toString();
    if (code.isEmpty())
        code = QStringLiteral("api.http%1").arg(httpStatus);
    if (message.isEmpty())
        message = QStringLiteral("the server refused the request (HTTP %1) without saying why").arg(httpStatus);
    return makeError(code, message);
}

} // namespace ckx
