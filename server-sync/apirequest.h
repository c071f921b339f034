#pragma once
// One HTTP request as the controllers see it: a value copied out of QHttpServerRequest, so an answer that comes
// later (after an Argon2 hash or a Stripe call) never reads a request object Qt has already reused or freed.

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace ckx::server {

struct ApiRequest
{
    QString method; ///< "GET", "POST", ...
    QString path;   ///< decoded path, no query
    QString rawPathAndQuery;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QString remoteAddress;
    QString requestId;
    QHash<QString, QString> params; ///< {name} captures of the matched route
    qint64 receivedAtMs = 0;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString param(const QString &name) const { return params.value(name); }

    /// The body as a JSON object, or an error that says what is wrong with it (empty, not JSON and where, not an
    /// object).
    Result<QJsonObject> jsonObject() const;
};

} // namespace ckx::server
